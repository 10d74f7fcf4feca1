"""Ukraine's codifier of administrative-territorial units (КАТОТТГ, "KATOTTH").

Published by the Ministry for Communities and Territories Development as XLSX and
re-published as CSV on data.gov.ua. Seven columns: the codes of the first
(oblast), second (raion), third (hromada), fourth (settlement) and additional
(city district) levels, the category letter and the Ukrainian name. A row carries
its parents' codes, so the hierarchy needs no second pass. There are no
coordinates: the compiler joins settlements to the other sources by name within
oblast, raion and hromada.
"""
from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree

from ..records import KatotthRow

__all__ = ["read_katotth_csv", "read_katotth_xlsx", "looks_like_katotth"]

_CODE = re.compile(r"^UA\d{17}$")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def looks_like_katotth(cells: Sequence[str]) -> bool:
    return len(cells) >= 7 and bool(_CODE.match(cells[0].strip()))


def _row(cells: Sequence[str]) -> KatotthRow | None:
    cells = [c.strip() for c in cells[:7]]
    if len(cells) < 7 or not _CODE.match(cells[0]) or not cells[6]:
        return None
    return KatotthRow(oblast=cells[0], raion=cells[1], hromada=cells[2], settlement=cells[3],
                      district=cells[4], category=cells[5].upper(), name=cells[6])


def read_katotth_csv(lines: Iterable[str]) -> Iterator[KatotthRow]:
    """The CSV export; ``;`` is the separator data.gov.ua uses, ``,`` is accepted too."""
    lines = iter(lines)
    first = next(lines, "")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    for cells in csv.reader([first], delimiter=delimiter):
        if (row := _row(cells)) is not None:
            yield row
    for cells in csv.reader(lines, delimiter=delimiter):
        if (row := _row(cells)) is not None:
            yield row


def read_katotth_xlsx(path: Path) -> Iterator[KatotthRow]:
    """The ministry's XLSX, read with the standard library (an XLSX is zipped XML)."""
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        sheet = _first_sheet(archive)
        with archive.open(sheet) as stream:
            for _event, element in ElementTree.iterparse(stream):
                if element.tag == f"{_NS}row":
                    if (row := _row(_cells(element, strings))) is not None:
                        yield row
                    element.clear()


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(f"{_NS}t")) for si in root.iter(f"{_NS}si")]


def _first_sheet(archive: zipfile.ZipFile) -> str:
    sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"))
    if not sheets:
        raise ValueError("no worksheet in the workbook")
    return sheets[0]


def _cells(row: ElementTree.Element, strings: list[str]) -> list[str]:
    """The row's first seven cells by column letter; empty cells are omitted in XLSX."""
    out = [""] * 7
    for cell in row.iter(f"{_NS}c"):
        column = ord(cell.get("r", "A")[0]) - ord("A")
        if not 0 <= column < 7:
            continue
        if cell.get("t") == "inlineStr":
            out[column] = "".join(t.text or "" for t in cell.iter(f"{_NS}t"))
            continue
        value = cell.find(f"{_NS}v")
        if value is not None and value.text is not None:
            out[column] = strings[int(value.text)] if cell.get("t") == "s" else value.text
    return out
