"""Which reader a file needs, told from its content (not its name: GeoNames calls
both its country dump and its postal dump ``UA.txt``, inside ``UA.zip``)."""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceFormatError
from ..records import Admin1Row, GeonameRow, KatotthRow, PostalRow
from .geonames import GEONAME_COLUMNS, read_admin1, read_geonames
from .katotth import looks_like_katotth, read_katotth_csv, read_katotth_xlsx
from .postal import POSTAL_COLUMNS, read_postal

__all__ = ["SourceFile", "detect", "read_records", "SourceRecord"]

SourceRecord = GeonameRow | PostalRow | KatotthRow | Admin1Row
KINDS = ("geonames", "postal", "katotth", "admin1")


@dataclass(frozen=True)
class SourceFile:
    """A readable table: a file, or one member of a zip archive."""

    path: Path
    kind: str
    member: str | None = None

    @property
    def label(self) -> str:
        return f"{self.path.name}:{self.member}" if self.member else self.path.name


def detect(path: Path) -> list[SourceFile]:
    """The tables in ``path`` (several for a zip); SourceFormatError if none is known."""
    if not path.is_file():
        raise SourceFormatError(f"{path}: no such file")
    if path.suffix.lower() == ".xlsx":
        return [SourceFile(path, "katotth")]
    if zipfile.is_zipfile(path):
        return _detect_zip(path)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
        kind = _kind_of(_first_data_line(stream))
    if kind is None:
        raise SourceFormatError(f"{path}: not a GeoNames geoname, postal-code or admin1 table, nor a KATOTTH codifier")
    return [SourceFile(path, kind)]


def _detect_zip(path: Path) -> list[SourceFile]:
    found = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.endswith("/") or "readme" in member.lower():
                continue
            with archive.open(member) as raw:
                kind = _kind_of(_first_data_line(io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")))
            if kind:
                found.append(SourceFile(path, kind, member))
    if not found:
        raise SourceFormatError(f"{path}: the archive holds no table in a known format")
    return found


def _first_data_line(stream: io.TextIOBase) -> str:
    for number, line in enumerate(stream):
        if line.strip() and not line.startswith("#"):
            # The KATOTTH CSV opens with a header row in Ukrainian; look past it.
            if "рівень" in line.lower() and number < 3:
                continue
            return line.rstrip("\r\n")
        if number > 50:
            break
    return ""


def _kind_of(line: str) -> str | None:
    cols = line.split("\t")
    if len(cols) == GEONAME_COLUMNS and cols[0].isdigit():
        return "geonames"
    if len(cols) == POSTAL_COLUMNS and len(cols[0]) == 2 and cols[0].isalpha():
        return "postal"
    if len(cols) == 4 and "." in cols[0] and cols[3].strip().isdigit():
        return "admin1"
    for delimiter in (";", ","):
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if looks_like_katotth(cells):
            return "katotth"
    return None


def read_records(source: SourceFile) -> Iterator[SourceRecord]:
    if source.kind == "katotth" and source.path.suffix.lower() == ".xlsx":
        yield from read_katotth_xlsx(source.path)
        return
    readers: dict[str, Callable[[Iterable[str]], Iterator[SourceRecord]]] = {
        "geonames": read_geonames, "postal": read_postal, "katotth": read_katotth_csv, "admin1": read_admin1}
    with _open_text(source) as stream:
        yield from readers[source.kind](stream)


def _open_text(source: SourceFile) -> io.TextIOBase:
    if source.member is None:
        return source.path.open(encoding="utf-8-sig", errors="replace", newline="")
    archive = zipfile.ZipFile(source.path)
    # The wrapper closes the member stream; the archive object is closed with it by refcount.
    return io.TextIOWrapper(archive.open(source.member), encoding="utf-8-sig", errors="replace", newline="")
