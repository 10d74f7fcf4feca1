"""The GeoNames postal-code dump (https://download.geonames.org/export/zip/).

Twelve tab-separated columns. For Ukraine the place name is Ukrainian, admin
name1 the oblast ("Dnipropetrovska"), admin name2 the raion as it was before the
2020 reform ("Pokrovskyi"). The admin codes are not GeoNames admin1 codes (Kyiv
City and Kyiv Oblast are swapped), so the compiler maps admin1 by name.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import PostalRow

__all__ = ["read_postal", "POSTAL_COLUMNS"]

POSTAL_COLUMNS = 12


def read_postal(lines: Iterable[str]) -> Iterator[PostalRow]:
    for line in lines:
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != POSTAL_COLUMNS or not cols[9] or not cols[10]:
            continue
        yield PostalRow(
            country=cols[0], postal_code=cols[1], place_name=cols[2].strip(),
            admin1_name=cols[3], admin1_code=cols[4], admin2_name=cols[5], admin3_name=cols[7],
            lat=float(cols[9]), lon=float(cols[10]), accuracy=int(cols[11] or 0),
        )
