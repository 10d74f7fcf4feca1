"""Gazetteers for the tests, built from the real shared files (never copied into the repo).

``slice_db()`` is built once per test session from slices cut here from
../shared/data/gazetteer: all of Dnipropetrovsk and Donetsk oblasts, every homonym
of the seed's villages, the cities of Ukraine, Russia and Belarus and the largest
of the world, the regions. It takes a few seconds. ``shared_db()`` is built from
the whole files (about half a minute) for the slow tests. Both are cached here,
not in fixtures, so every test module shares one build.
"""
from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import pytest

from frontwatch.gazetteer import import_files

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "gazetteer"
SEED = SHARED / "eval" / "seed" / "article.txt"
DEV = SHARED / "eval" / "dev"
UCDP = SHARED / "data" / "ucdp" / "ucdp_ged_ukraine_2014-2023.csv"
POSTAL = DATA / "geonames_postalcodes_UA.txt"
KATOTTH = DATA / "katotth_kodifikator_2025-05-16.csv"
CITIES = DATA / "geonames_cities15000.txt"
ADMIN1 = DATA / "geonames_admin1CodesASCII.txt"
SHARED_FILES = (POSTAL, KATOTTH, CITIES, ADMIN1)

SLICE_POSTAL_OBLASTS = ("Dnipropetrovska", "Donetska")
SLICE_KATOTTH_OBLASTS = ("UA12", "UA14")
HOMONYMS = ("Запорізьке", "Новогеоргіївка", "Піски")
SLICE_COUNTRIES = ("UA", "RU", "BY")


def require_shared() -> None:
    if not DATA.is_dir():
        pytest.skip(f"../shared is not beside the project ({SHARED}): it holds the real data the tests read")


@functools.cache
def workdir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="frontwatch-gazetteer-tests-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return stream.readlines()


def cut_postal(target: Path) -> Path:
    keep = [line for line in lines(POSTAL) if line.split("\t")[3] in SLICE_POSTAL_OBLASTS
            or line.split("\t")[2].split(" (")[0] in HOMONYMS]
    target.write_text("".join(keep), encoding="utf-8")
    return target


def cut_katotth(target: Path) -> Path:
    rows = lines(KATOTTH)
    keep = [rows[0]] + [row for row in rows[1:] if row.startswith(SLICE_KATOTTH_OBLASTS)
                        or row.split(";")[5] in ("O", "K", "P", "H")
                        or row.rstrip("\r\n").split(";")[6].strip() in HOMONYMS]
    target.write_text("".join(keep), encoding="utf-8")
    return target


def cut_cities(target: Path) -> Path:
    keep = [line for line in lines(CITIES) if line.split("\t")[8] in SLICE_COUNTRIES
            or int(line.split("\t")[14] or 0) > 2_000_000]
    target.write_text("".join(keep), encoding="utf-8")
    return target


def cut_admin1(target: Path) -> Path:
    keep = [line for line in lines(ADMIN1) if line[:2] in SLICE_COUNTRIES + ("US", "SA")]
    target.write_text("".join(keep), encoding="utf-8")
    return target


@functools.cache
def slice_files() -> tuple[Path, ...]:
    require_shared()
    folder = workdir() / "slices"
    folder.mkdir(exist_ok=True)
    return (cut_postal(folder / "postal_UA.txt"), cut_katotth(folder / "katotth.csv"),
            cut_cities(folder / "cities.txt"), cut_admin1(folder / "admin1.txt"))


@functools.cache
def slice_db() -> Path:
    path = workdir() / "slice.sqlite"
    import_files(list(slice_files()), path)
    return path


@functools.cache
def shared_db() -> Path:
    require_shared()
    path = workdir() / "shared.sqlite"
    import_files(list(SHARED_FILES), path)
    return path


def body(path: Path) -> str:
    """A gold document's body: the text after the header block, if it has one."""
    text = path.read_text(encoding="utf-8")
    head, sep, rest = text.partition("\n---\n")
    return rest if sep else text
