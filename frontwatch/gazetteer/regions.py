"""The project's own data about countries and first-level regions.

Read from ``resources/gazetteer/`` (countries.toml, oblasts.toml, regions.toml):
the names of countries in the five languages, and the table that joins the
three numberings of Ukraine's oblasts (GeoNames admin1 codes, KATOTTH codes and
the postal dump's names). Loaded once per process, on first use.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from ..errors import ResourceError
from ..languages import RESOURCE_ROOT
from .inflect import case_forms
from .names import fold, latin_forms

__all__ = ["Country", "Region", "RegionTable", "region_table", "region_spellings", "has_area_word",
           "GAZETTEER_RESOURCES", "load_toml"]

GAZETTEER_RESOURCES = RESOURCE_ROOT / "gazetteer"
LANGUAGES = ("en", "es", "it", "uk", "ru")


@dataclass(frozen=True)
class Country:
    code: str
    geonames: int
    name: str
    names: dict[str, tuple[str, ...]]  # language -> names


@dataclass(frozen=True)
class Region:
    """A first-level region: a Ukrainian oblast or a region listed in regions.toml."""

    country: str
    code: str
    geonames: int
    name: str
    uk: str
    ru: str
    variants: tuple[str, ...] = ()
    short_uk: str | None = None
    katotth: str | None = None
    postal: str | None = None
    area: str = "oblast"  # oblast | krai | none

    @property
    def key(self) -> tuple[str, str]:
        return (self.country, self.code)


class RegionTable:
    """Countries and regions, indexed by code and by every spelling."""

    def __init__(self, countries: tuple[Country, ...], regions: tuple[Region, ...]):
        self.countries = countries
        self.regions = regions
        self._by_postal = {r.postal: r for r in regions if r.postal}
        self._by_katotth = {r.katotth: r for r in regions if r.katotth}

    def by_postal(self, name: str) -> Region | None:
        """The oblast of the postal dump's admin name1 ("Dnipropetrovska")."""
        return self._by_postal.get(name)

    def by_katotth(self, code: str) -> Region | None:
        """The oblast (or special city) of a KATOTTH first-level code."""
        return self._by_katotth.get(code)

    def resolve_admin1(self, text: str, country: str | None = "UA") -> Region | None:
        """A region from any of its spellings: "Dnipropetrovsk oblast", "Дніпропетровська",
        "Dnipropetrovska", "región de Dnipropetrovsk", "UA.04", "04"."""
        return self._spellings.get((country or "", _strip_area_words(fold(text))))

    @functools.cached_property
    def _spellings(self) -> dict[tuple[str, str], Region]:
        index: dict[tuple[str, str], Region] = {}
        for region in self.regions:
            for spelling in region_spellings(region) | {region.code, f"{region.country}.{region.code}"}:
                index.setdefault((region.country, _strip_area_words(fold(spelling))), region)
        return index


def region_spellings(region: Region) -> set[str]:
    """Every name of a region: English, press variants, Ukrainian and Russian with their
    case forms and transliterations (Dnipropetrovska, Dnepropetrovskaya)."""
    spellings = {region.name, region.uk, region.ru, *region.variants,
                 *(filter(None, [region.postal, region.short_uk]))}
    spellings |= set(latin_forms(region.uk, "uk")) | set(latin_forms(region.ru, "ru"))
    for name, lang in ((region.uk, "uk"), (region.ru, "ru"), (region.short_uk, "uk")):
        if name:
            spellings |= set(case_forms(name, lang))
    return spellings


def load_toml(name: str) -> dict:
    path = GAZETTEER_RESOURCES / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ResourceError(f"{path}: {err}") from None


@functools.cache
def region_table() -> RegionTable:
    countries = tuple(_country(entry) for entry in load_toml("countries.toml")["country"])
    regions = [_region(entry, "UA") for entry in load_toml("oblasts.toml")["oblast"]]
    regions += [_region(entry, entry["country"]) for entry in load_toml("regions.toml")["region"]]
    return RegionTable(countries, tuple(regions))


def _country(entry: dict) -> Country:
    names = {lang: tuple(entry.get(lang, ())) for lang in LANGUAGES}
    return Country(code=entry["code"], geonames=entry["geonames"], name=entry["name"], names=names)


def _region(entry: dict, country: str) -> Region:
    area = "none" if entry.get("area_noun") is False else entry.get("area", "oblast")
    return Region(country=country, code=entry["code"], geonames=entry["geonames"], name=entry["name"],
                  uk=entry["uk"], ru=entry["ru"], variants=tuple(entry.get("variants", ())),
                  short_uk=entry.get("short_uk"), katotth=entry.get("katotth"), postal=entry.get("postal"),
                  area=area)


_AREA_WORDS = ("oblast", "obl", "region", "province", "raion", "krai", "kray", "область", "обл", "край",
               "city", "special", "republican", "municipality",
               "región", "region de", "regione di", "provincia de", "provincia di", "oblast de", "oblast di")


_AREA_FOLDED = {fold(a) for a in _AREA_WORDS} | {"области", "областi", "області", "областю", "областью", "краю", "края"}


def _strip_area_words(folded: str) -> str:
    words = [w for w in folded.split() if w not in {"de", "di", "of", "the", "la", "del"}]
    words = [w for w in words if w not in _AREA_FOLDED]
    return " ".join(words)


def has_area_word(name: str) -> bool:
    """Whether a region's name says it is a region ("Donetsk Oblast", "Донецька область")."""
    return any(word in _AREA_FOLDED for word in fold(name).split())
