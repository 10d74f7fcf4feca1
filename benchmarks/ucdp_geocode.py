"""Geocoding accuracy on real UCDP events: where_description + adm_1 in, coordinates out.

Reads ../shared/data/ucdp/ucdp_ged_ukraine_2014-2023.csv (UCDP GED, CC BY 4.0), keeps
the rows located to a place (where_prec 1, the exact place, or 2, within 25 km of
one) and counts an answer right when the first candidate lies within 25 km of the
coded point. A first candidate without coordinates counts as wrong.

    python benchmarks/ucdp_geocode.py [--db GAZETTEER | --sources shared|default|both] [--show-misses N]

Without --db, a gazetteer is built into a temporary folder first: from the shared
files (postal codes, KATOTTH, cities15000, admin1 codes; the default), from the
embedded default (installed packages), or from both (the default, then the shared
files imported into it, as a user would).
"""
from __future__ import annotations

import argparse
import collections
import csv
import sys
import tempfile
import time
from pathlib import Path

from frontwatch.gazetteer import Gazetteer, build_default, geocode, import_files
from frontwatch.gazetteer.geo import distance_km

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
UCDP = SHARED / "ucdp" / "ucdp_ged_ukraine_2014-2023.csv"
SHARED_SOURCES = ("geonames_postalcodes_UA.txt", "katotth_kodifikator_2025-05-16.csv",
                  "geonames_cities15000.txt", "geonames_admin1CodesASCII.txt")
WITHIN_KM = 25.0


def build(folder: Path, sources: str) -> Path:
    path = folder / "gazetteer.sqlite"
    if sources in ("default", "both"):
        report = build_default(path)
        print(f"built the embedded default: {report.places} places in {report.seconds:.1f} s")
    if sources in ("shared", "both"):
        report = import_files([SHARED / "gazetteer" / name for name in SHARED_SOURCES], path)
        print(f"imported the shared files: {report.places} places in {report.seconds:.1f} s")
    return path


def events() -> list[dict[str, str]]:
    with UCDP.open(encoding="utf-8", newline="") as stream:
        return [row for row in csv.DictReader(stream) if row["where_prec"] in ("1", "2")]


def evaluate(gaz: Gazetteer, rows: list[dict[str, str]]) -> tuple[collections.Counter, list[tuple]]:
    outcome: collections.Counter = collections.Counter()
    misses = []
    for row in rows:
        found = geocode(gaz, row["where_description"], admin1=row["adm_1"] or None, limit=1)
        truth = (float(row["latitude"]), float(row["longitude"]))
        if not found:
            outcome["no candidate"] += 1
        elif not found[0].has_coordinates:
            outcome["first candidate has no coordinates"] += 1
        elif distance_km(truth, (found[0].lat, found[0].lon)) <= WITHIN_KM:
            outcome["right"] += 1
            continue
        else:
            outcome["over 25 km"] += 1
        misses.append((row["where_description"].replace("\n", " "), row["adm_1"], truth,
                       found[0].name if found else None, found[0].lat if found else None,
                       found[0].lon if found else None))
    return outcome, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="gazetteer to use (default: build one)")
    parser.add_argument("--sources", choices=("shared", "default", "both"), default="shared",
                        help="what to build the gazetteer from when no --db is given (default: shared)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if not UCDP.exists():
        print(f"missing {UCDP}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or build(Path(tmp), args.sources)
        rows = events()
        with Gazetteer.open(path) as gaz:
            started = time.perf_counter()
            outcome, misses = evaluate(gaz, rows)
            seconds = time.perf_counter() - started
    total = sum(outcome.values())
    print(f"UCDP GED Ukraine 2014-2023, where_prec 1-2: {total} events")
    print(f"accuracy within {WITHIN_KM:.0f} km: {outcome['right'] / total:.3f} ({outcome['right']}/{total})")
    for key, count in outcome.most_common():
        print(f"  {key}: {count}")
    print(f"geocoding time: {1000 * seconds / total:.2f} ms per description")
    for miss in misses[:args.show_misses]:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
