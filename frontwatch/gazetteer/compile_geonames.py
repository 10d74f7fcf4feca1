"""GeoNames rows into drafts: new places, or names and coordinates for known ones.

A populated place in Ukraine is joined to the KATOTTH/postal draft of the same
name in the same oblast when they lie within 15 km of each other. A KATOTTH
place that had no coordinates (the postal dump has none for the areas occupied
since 2014) takes the GeoNames point when that point falls in its own hromada's
area and no homonym's, when it is the only place of that name in the oblast
without a point, or when it is the only city of that name and GeoNames counts a
town's population; the only place of the name in the oblast also takes a GeoNames
point up to 60 km from its postal one (the postal point was the estimate). Everything
else becomes a place of its own. Alternate names are filtered (GeoNames lists IATA
codes, romanised Chinese and lower-case transcriptions such as "kiu" that would fire
on text).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .compile_ua import centroid_by
from .drafts import PlaceDraft, Weight
from .geo import distance_km
from .names import fold, is_cyrillic
from .records import GeonameRow

__all__ = ["merge_geonames", "usable_alternate"]

JOIN_KM = 15.0
UNIQUE_JOIN_KM = 60.0
HROMADA_KM = 20.0
CITY_POPULATION = 10_000
CITY_CATEGORIES = {"KATOTTH:M", "KATOTTH:K"}
_LATIN_OR_CYRILLIC = re.compile(
    r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff' .’ʼ-]+$")
_SLAVIC_COUNTRIES = {"UA", "RU", "BY"}


def usable_alternate(name: str) -> bool:
    """Whether an alternate name may become a key: capitalised, Latin or Cyrillic,
    not an all-capitals code, at least three letters."""
    if len(name) < 3 or not _LATIN_OR_CYRILLIC.match(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 4)


class _Index:
    """Ukrainian drafts by (admin1 code, folded official or transliterated name)."""

    def __init__(self, drafts: list[PlaceDraft]):
        self.by_key: dict[tuple[str | None, str], list[PlaceDraft]] = defaultdict(list)
        for draft in drafts:
            if draft.kind != "settlement":
                continue
            for key, weight, _cue in draft.key_rows():
                if weight >= Weight.TRANSLIT:
                    self.by_key[(draft.admin1_code, key)].append(draft)
        self.hromada_centres = centroid_by(drafts, lambda d: d.hromada)

    def candidates(self, row: GeonameRow) -> list[PlaceDraft]:
        keys = {fold(row.name), fold(row.asciiname)} | {fold(a) for a in row.alternatenames if is_cyrillic(a)}
        found: dict[int, PlaceDraft] = {}
        for key in keys:
            for draft in self.by_key.get((row.admin1, key), []):
                found[id(draft)] = draft
        return list(found.values())

    def match(self, row: GeonameRow) -> PlaceDraft | None:
        candidates = [c for c in self.candidates(row) if c.geonames_id is None]
        point = (row.lat, row.lon)
        located = sorted((distance_km(point, c.point), i, c) for i, c in enumerate(candidates) if c.point)
        if located and located[0][0] <= JOIN_KM:
            return located[0][2]
        if len(candidates) == 1 and located and located[0][0] <= UNIQUE_JOIN_KM:
            return candidates[0]  # the only place of the name in the oblast: the postal point was off
        unlocated = [c for c in candidates if not c.has_coordinates]
        if found := self._by_hromada(point, unlocated):
            return found
        if len(unlocated) == 1:
            return unlocated[0]  # the only place of that name in the oblast still without a point
        cities = [c for c in unlocated if c.feature_code in CITY_CATEGORIES]
        return cities[0] if len(cities) == 1 and row.population >= CITY_POPULATION else None

    def _by_hromada(self, point: tuple[float, float], candidates: list[PlaceDraft]) -> PlaceDraft | None:
        ranked = sorted((distance_km(point, self.hromada_centres[c.hromada]), i, c)
                        for i, c in enumerate(candidates) if c.hromada in self.hromada_centres)
        if not ranked or ranked[0][0] > HROMADA_KM:
            return None
        if len(ranked) > 1 and ranked[1][0] < 2 * ranked[0][0]:
            return None  # two homonyms' hromadas are about as close: no evidence for either
        return ranked[0][2]


def merge_geonames(rows: Iterable[GeonameRow], drafts: list[PlaceDraft],
                   admin_drafts: dict[tuple[str, str], PlaceDraft]) -> list[PlaceDraft]:
    """Merge the rows into ``drafts`` (and the country/admin1 drafts); return the new drafts.

    ``admin_drafts`` maps ("UA", "04") to the admin1 draft and ("UA", "") to the country.
    """
    index = _Index(drafts)
    new: list[PlaceDraft] = []
    seen: set[int] = set()
    for row in rows:
        if row.geonameid in seen:
            continue
        seen.add(row.geonameid)
        if row.feature_class == "A":
            _merge_admin(row, admin_drafts)
            continue
        target = index.match(row) if row.country == "UA" else None
        if target is None:
            target = PlaceDraft(kind="settlement" if row.feature_class == "P" else "feature", name=row.name,
                                country=row.country, admin1_code=row.admin1 or None)
            new.append(target)
        _take(target, row)
    return new


def _merge_admin(row: GeonameRow, admin_drafts: dict[tuple[str, str], PlaceDraft]) -> None:
    code = "" if row.feature_code.startswith("PCL") else row.admin1 if row.feature_code == "ADM1" else None
    draft = admin_drafts.get((row.country, code)) if code is not None else None
    if draft is None:
        return
    if not draft.has_coordinates:
        draft.lat, draft.lon = row.lat, row.lon
    draft.population = draft.population or row.population or None
    _add_names(draft, row)


def _take(draft: PlaceDraft, row: GeonameRow) -> None:
    draft.geonames_id = row.geonameid
    draft.lat, draft.lon = row.lat, row.lon  # the gazetteer's own point beats a postal estimate
    draft.note = None
    draft.precision = None
    draft.population = row.population or draft.population
    draft.feature_code = row.feature_code
    draft.name = row.name
    draft.sources.add("geonames")
    _add_names(draft, row)


def _add_names(draft: PlaceDraft, row: GeonameRow) -> None:
    """Cyrillic names of places outside the Slavic countries are only declined (for Ukrainian
    and Russian texts: "у Берліні"), not transliterated: their Latin names are listed anyway."""
    slavic = row.country in _SLAVIC_COUNTRIES
    inflect = slavic or row.population >= 50_000
    names = [(row.name, Weight.OFFICIAL), (row.asciiname, Weight.TRANSLIT)]
    names += [(a, Weight.ALTERNATE) for a in row.alternatenames if usable_alternate(a)]
    for name, weight in names:
        draft.add_name(name, weight, inflect=inflect, transliterate=slavic)
