"""GeoNames dumps: the ``geoname`` table and ``admin1CodesASCII.txt``.

The geoname table (cities15000.txt, a country file such as UA.txt, allCountries.txt)
has 19 tab-separated columns; see https://download.geonames.org/export/dump/readme.txt.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..records import Admin1Row, GeonameRow

__all__ = ["read_geonames", "read_admin1", "GEONAME_COLUMNS"]

GEONAME_COLUMNS = 19
# Only populated places, administrative areas and a few point features are kept:
# a war report does not name GeoNames' hotels, streams or hills as event places
# often enough to pay for their alternate names.
_KEPT_CLASSES = {"P", "A"}
_KEPT_FEATURES = {"AIRP", "AIRB", "AIRF", "PWRN", "DAM", "BDG", "MN", "MNC", "RSTN"}


def read_geonames(lines: Iterable[str]) -> Iterator[GeonameRow]:
    for line in lines:
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < GEONAME_COLUMNS - 1 or not cols[0].isdigit():
            continue
        if cols[6] not in _KEPT_CLASSES and cols[7] not in _KEPT_FEATURES:
            continue
        yield GeonameRow(
            geonameid=int(cols[0]), name=cols[1], asciiname=cols[2],
            alternatenames=tuple(a for a in cols[3].split(",") if a),
            lat=float(cols[4]), lon=float(cols[5]), feature_class=cols[6], feature_code=cols[7],
            country=cols[8], admin1=cols[10], admin2=cols[11],
            population=int(cols[14] or 0),
        )


def read_admin1(lines: Iterable[str]) -> Iterator[Admin1Row]:
    for line in lines:
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != 4 or "." not in cols[0] or not cols[3].isdigit():
            continue
        country, _, code = cols[0].partition(".")
        yield Admin1Row(country=country, code=code, name=cols[1], geonameid=int(cols[3]))
