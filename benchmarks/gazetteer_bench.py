"""Gazetteer figures: build time, open time, lookups and geocodes per second, resident memory.

    python benchmarks/gazetteer_bench.py [--db GAZETTEER] [--default]

Without --db, builds a gazetteer from the shared files (../shared/data/gazetteer:
postal codes, KATOTTH, cities15000, admin1 codes) into a temporary folder and
times it; --default also times the embedded default build (installed packages).
Memory: the peak resident set of the build, and the peak of a fresh process that only
opens the gazetteer and answers lookups (what an analysis pays).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from frontwatch.gazetteer import Gazetteer, build_default, geocode, import_files

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "gazetteer"
SHARED_SOURCES = ("geonames_postalcodes_UA.txt", "katotth_kodifikator_2025-05-16.csv",
                  "geonames_cities15000.txt", "geonames_admin1CodesASCII.txt")
NAMES = ("Novoheorhiivka", "Novogeorgievka", "Новогеоргіївку", "Запорожское", "Kyiv", "Kharkov", "Moscú",
         "Дніпропетровській області", "Gorlovka", "Pisky", "Ucrania", "Avdiivka", "Vuhledar", "Bakhmut")
DESCRIPTIONS = ("near the village of Peski (Yasinovatsky district) near Donetsk", "Zaporizke, Dnipropetrovsk oblast",
                "in the city of Artemivsk (Donetsk region)", "Avdiivka town", "near Debaltseve")
# A fresh process: what a CLI run pays to open the gazetteer and answer.
# (VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child started by a
# process that has just built a gazetteer would report the parent's peak.)
_COLD = """
import sys, time
t = time.perf_counter()
from frontwatch.gazetteer import Gazetteer, geocode
gaz = Gazetteer.open(__import__("pathlib").Path(sys.argv[1]))
opened = time.perf_counter() - t
gaz.lookup("Novoheorhiivka", admin1="Dnipropetrovsk oblast")
answered = time.perf_counter() - t
for name in sys.argv[2:]:
    gaz.lookup(name)
    geocode(gaz, name)
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(f"{opened:.3f} {answered:.3f} {int(hwm) / 1024:.0f}")
"""


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1]) / 1024


def rate(function, items, seconds: float = 3.0) -> float:  # noqa: ANN001 - any callable
    """Calls per second, cycling through ``items`` for about ``seconds``."""
    calls, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for item in items:
            function(item)
        calls += len(items)
    return calls / (time.perf_counter() - started)


def build_shared(folder: Path) -> Path:
    path = folder / "shared.sqlite"
    report = import_files([SHARED / name for name in SHARED_SOURCES], path)
    print(f"build from the shared files: {report.seconds:.1f} s, {report.places} places, "
          f"{path.stat().st_size / 1e6:.0f} MB on disk, peak RSS {peak_mb():.0f} MB")
    return path


def build_embedded(folder: Path) -> None:
    path = folder / "default.sqlite"
    report = build_default(path)
    sources = ", ".join(label for label, _kind, _rows in report.sources)
    print(f"build of the embedded default: {report.seconds:.1f} s, {report.places} places, "
          f"{path.stat().st_size / 1e6:.0f} MB on disk ({sources})")


def measure(path: Path) -> None:
    cold = subprocess.run([sys.executable, "-c", _COLD, str(path), *NAMES, *DESCRIPTIONS],
                          capture_output=True, text=True, check=True)
    opened, answered, rss = cold.stdout.split()
    print(f"fresh process: import + open {float(opened) * 1000:.0f} ms, first lookup answered at "
          f"{float(answered) * 1000:.0f} ms; peak RSS after {len(NAMES) + len(DESCRIPTIONS)} lookups "
          f"and geocodes {rss} MB")
    with Gazetteer.open(path) as gaz:
        lookups = rate(lambda name: gaz.lookup(name), NAMES)
        in_region = rate(lambda name: gaz.lookup(name, admin1="Donetsk Oblast"), NAMES)
        geocodes = rate(lambda text: geocode(gaz, text, admin1="Donetsk oblast"), DESCRIPTIONS)
    print(f"lookups: {lookups:,.0f}/s (no region), {in_region:,.0f}/s (within a region, fuzzy fallbacks)")
    print(f"geocode: {geocodes:,.0f} descriptions/s; RSS after the runs {current_mb():.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="measure this gazetteer instead of building one")
    parser.add_argument("--default", action="store_true", help="also time the embedded default build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or build_shared(Path(tmp))
        if args.default:
            build_embedded(Path(tmp))
        measure(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
