"""Compile the staged source rows into the places and keys of a gazetteer.

The order is the order of trust: the project's own country and region tables,
then Ukraine's codifier (which places exist, and where they belong), the postal
dump (where they are), then the GeoNames tables (English names, alternate
spellings, populations, better points, and everything outside Ukraine).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from .compile_geonames import merge_geonames
from .compile_ua import (centroid_by, check_coordinates, estimate_coordinates, hromada_names, join_postal,
                         katotth_drafts, postal_drafts)
from .drafts import PlaceDraft, Weight
from .names import fold
from .records import Admin1Row, GeonameRow, KatotthRow, PostalRow
from .regions import Region, RegionTable, has_area_word

__all__ = ["Sources", "compile_places", "place_id", "importance", "COMPILER_VERSION"]

# The rules that turn sources into places and keys; bump when they change, so that the
# default gazetteer is rebuilt and ``gazetteer info`` shows which rules built a file.
COMPILER_VERSION = "1"

AREA_NOUNS = {"oblast": ("область", "область"), "krai": ("край", "край")}
_CATEGORY_SIZE = {"KATOTTH:K": 1_000_000, "KATOTTH:M": 10_000, "KATOTTH:X": 1_500, "KATOTTH:T": 1_500,
                  "KATOTTH:C": 300}


@dataclass
class Sources:
    """The staged rows of each kind."""

    geonames: list[GeonameRow] = field(default_factory=list)
    postal: list[PostalRow] = field(default_factory=list)
    katotth: list[KatotthRow] = field(default_factory=list)
    admin1: list[Admin1Row] = field(default_factory=list)


def compile_places(sources: Sources, regions: RegionTable) -> list[PlaceDraft]:
    countries = {c.code: _country_draft(c) for c in regions.countries}
    admin1 = _admin1_drafts(regions, sources.admin1)
    settlements, raions = katotth_drafts(sources.katotth, regions)
    postal = postal_drafts(sources.postal, regions)
    leftovers = join_postal(settlements, postal) if settlements else postal
    check_coordinates(settlements, leftovers)
    ukraine = settlements + leftovers
    admin_drafts = {**{(code, ""): d for code, d in countries.items()}, **admin1}
    abroad = merge_geonames(sources.geonames, ukraine, admin_drafts)
    estimate_coordinates(settlements, hromada_names(sources.katotth))
    old_raions = _old_raion_drafts(ukraine, regions)
    _set_area_points(raions, old_raions, list(admin1.values()), ukraine)
    _cue_shared_names(list(admin1.values()), ukraine + abroad)
    return [*countries.values(), *admin1.values(), *raions, *old_raions, *ukraine, *abroad]


def _cue_shared_names(regions: list[PlaceDraft], settlements: list[PlaceDraft]) -> None:
    """A region's name that is also a town's ("Donetsk", "Kyiv", "Запоріжжя") is read as the
    region only next to a cue word; one that is not ("Crimea", "Донеччина") needs none."""
    town_keys = {(s.country, key) for s in settlements for key, weight, _cue in s.key_rows()
                 if weight >= Weight.ALTERNATE}
    for region in regions:
        region.forms = [replace(f, needs_cue=True) if (region.country, fold(f.text)) in town_keys
                        and not has_area_word(f.text) else f for f in region.forms]


def _country_draft(country) -> PlaceDraft:  # noqa: ANN001 - regions.Country
    draft = PlaceDraft(kind="country", name=country.name, country=country.code, geonames_id=country.geonames)
    draft.add_name(country.name, Weight.OFFICIAL)
    for language, names in country.names.items():
        for name in names:
            draft.add_name(name, Weight.ALTERNATE, language=language if language in ("uk", "ru") else None)
    draft.sources.add("frontwatch")
    return draft


def _admin1_drafts(regions: RegionTable, rows: list[Admin1Row]) -> dict[tuple[str, str], PlaceDraft]:
    drafts = {region.key: _region_draft(region) for region in regions.regions}
    for row in rows:
        if (row.country, row.code) not in drafts:
            draft = PlaceDraft(kind="admin1", name=row.name, country=row.country, admin1_code=row.code,
                               geonames_id=row.geonameid)
            draft.add_name(row.name, Weight.OFFICIAL)
            draft.sources.add("geonames")
            drafts[(row.country, row.code)] = draft
    return drafts


def _region_draft(region: Region) -> PlaceDraft:
    """A region with every spelling (which ones need a cue is decided once towns are known)."""
    draft = PlaceDraft(kind="admin1", name=region.name, country=region.country, admin1_code=region.code,
                       geonames_id=region.geonames, katotth=region.katotth, name_local=region.uk)
    draft.add_name(region.name, Weight.OFFICIAL)
    for variant in region.variants:
        draft.add_name(variant, Weight.ALTERNATE)
        if not has_area_word(variant):
            for noun in ("oblast", "region", "province"):
                draft.add_name(f"{variant} {noun}", Weight.ALTERNATE)
    for name, language in ((region.uk, "uk"), (region.ru, "ru")):
        # The adjective alone ("Донецька") is an oblast only before "область".
        draft.add_name(name, Weight.ALTERNATE, language=language, needs_cue=region.area != "none")
        if region.area in AREA_NOUNS:
            noun = AREA_NOUNS[region.area][0 if language == "uk" else 1]
            draft.add_name(f"{name} {noun}", Weight.OFFICIAL, language=language)
    if region.short_uk:
        draft.add_name(region.short_uk, Weight.INFLECTED, language="uk")
    draft.sources.add("frontwatch")
    return draft


def _old_raion_drafts(ukraine: list[PlaceDraft], regions: RegionTable) -> list[PlaceDraft]:
    """The raions of before 2020, which most reports of 2014-2020 name ("Yasynuvata district")."""
    raions = {(d.admin1_code, d.admin2_old) for d in ukraine if d.admin2_old}
    drafts = []
    for admin1, name in sorted(raions, key=lambda key: (key[0] or "", key[1] or "")):
        draft = PlaceDraft(kind="admin2", name=f"{name} Raion", country="UA", admin1_code=admin1,
                           admin2_old=name, feature_code="raion-1966",
                           source_id=f"raion-old:UA.{admin1}:{fold(name).replace(' ', '-')}")
        draft.add_name(f"{name} Raion", Weight.OFFICIAL)
        draft.add_name(f"{name} district", Weight.ALTERNATE)
        draft.add_name(name, Weight.ALTERNATE, needs_cue=True)
        draft.note = "raion as it was before the 2020 reform"
        draft.sources.add("postal")
        drafts.append(draft)
    return drafts


def _set_area_points(raions: list[PlaceDraft], old_raions: list[PlaceDraft], admin1: list[PlaceDraft],
                     ukraine: list[PlaceDraft]) -> None:
    """An area's point is the median of its settlements (GeoNames' own point if it has one)."""
    by_raion = centroid_by(ukraine, lambda d: d.raion)
    by_old = centroid_by(ukraine, lambda d: (d.admin1_code, d.admin2_old))
    by_admin1 = centroid_by(ukraine, lambda d: d.admin1_code)
    for draft in raions:
        draft.lat, draft.lon = by_raion.get(draft.raion) or (None, None)
    for draft in old_raions:
        draft.lat, draft.lon = by_old.get((draft.admin1_code, draft.admin2_old)) or (None, None)
    for draft in admin1:
        if draft.country == "UA" and not draft.point:
            draft.lat, draft.lon = by_admin1.get(draft.admin1_code) or (None, None)


def place_id(draft: PlaceDraft) -> str:
    """Stable across builds from the same sources: the publisher's own identifier."""
    if draft.geonames_id:
        return f"geonames:{draft.geonames_id}"
    if draft.katotth:
        return f"katotth:{draft.katotth}"
    if draft.source_id:
        return draft.source_id
    return f"place:{draft.country}:{draft.admin1_code or ''}:{fold(draft.name).replace(' ', '-')}"


def importance(draft: PlaceDraft) -> float:
    """log10 of the population, or of an estimate from the KATOTTH category and postal codes."""
    estimate = max(draft.population or 0, _CATEGORY_SIZE.get(draft.feature_code or "", 0),
                   300 * draft.postal_codes, 1)
    if draft.kind in ("country", "admin1"):
        estimate = max(estimate, 1_000_000)
    return math.log10(estimate)
