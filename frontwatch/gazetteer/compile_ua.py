"""Ukraine: the KATOTTH hierarchy joined to the postal dump's coordinates.

KATOTTH knows every settlement and its raion and hromada, but not where it is;
the postal dump knows where most settlements are, under the raions of before
2020. They are joined by name within the oblast. A name that occurs once in the
oblast on both sides joins directly; those pairs also teach which old raion
overlaps which hromada (a crosswalk), and where each hromada lies. Homonyms are
then paired by that crosswalk and by distance to the hromada.

The postal dump sometimes gives a village the coordinates of a homonym in
another raion (see docs/gazetteer.md). ``check_coordinates`` drops coordinates
that lie far from the rest of the place's hromada (or old raion): a place with
no coordinates is better than one 80 km off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable

from .drafts import PlaceDraft, Weight
from .geo import Point, distance_km, median_point, spread_km
from .names import area_stems, fold, latin_forms, skeleton
from .records import KatotthRow, PostalRow
from .regions import RegionTable

__all__ = ["katotth_drafts", "postal_drafts", "join_postal", "check_coordinates", "centroid_by",
           "estimate_coordinates", "hromada_names", "area_centre"]

# KATOTTH categories that are settlements: city, urban-type settlement (until 2024),
# settlement, village, and the two cities with special status (Kyiv, Sevastopol).
SETTLEMENT_CATEGORIES = {"M", "T", "X", "C", "K"}
_COUNCIL = re.compile(r"^(.*?)\s*\((.*)\)\s*$")


def kmu(name: str) -> str:
    return latin_forms(name, "uk")[0]


def hromada_names(rows: Iterable[KatotthRow]) -> dict[str, str]:
    return {row.code: row.name.strip() for row in rows if row.category == "H"}


def katotth_drafts(rows: Iterable[KatotthRow], regions: RegionTable) -> tuple[list[PlaceDraft], list[PlaceDraft]]:
    """Settlement drafts and raion drafts from the codifier rows."""
    rows = list(rows)
    names = {row.code: row.name.strip() for row in rows}
    settlements = [s for row in rows if row.category in SETTLEMENT_CATEGORIES
                   if (s := _settlement(row, names, regions)) is not None]
    members: dict[str | None, list[PlaceDraft]] = defaultdict(list)
    for settlement in settlements:
        members[settlement.raion].append(settlement)
    raions = [r for r in (_raion(row, regions, members[row.code]) for row in rows if row.category == "P") if r]
    display = {r.raion: r.name for r in raions}
    for settlement in settlements:
        settlement.admin2 = display.get(settlement.raion)
    return settlements, raions


def _settlement(row: KatotthRow, names: dict[str, str], regions: RegionTable) -> PlaceDraft | None:
    region = regions.by_katotth(row.oblast)
    if region is None:
        return None
    name = row.name.strip()
    draft = PlaceDraft(kind="settlement", name=kmu(name), country="UA", admin1_code=region.code,
                       name_local=name, katotth=row.code, raion=row.raion or None,
                       hromada=row.hromada or None, feature_code=f"KATOTTH:{row.category}")
    if row.hromada and row.hromada in names and row.hromada != row.code:
        draft.hromada_name = f"{kmu(names[row.hromada])} hromada"
    draft.add_name(name, Weight.OFFICIAL, language="uk")
    draft.sources.add("katotth")
    return draft


def _raion(row: KatotthRow, regions: RegionTable, members: list[PlaceDraft]) -> PlaceDraft | None:
    """A raion, named in English after its centre when one is found ("Synelnykove Raion")."""
    region = regions.by_katotth(row.oblast)
    if region is None:
        return None
    adjective = row.name.strip()
    centre = _raion_centre(adjective, members)
    display = f"{centre.name} Raion" if centre else f"{kmu(adjective)} Raion"
    draft = PlaceDraft(kind="admin2", name=display, country="UA", admin1_code=region.code,
                       name_local=f"{adjective} район", katotth=row.code, raion=row.code,
                       feature_code="KATOTTH:P")
    draft.add_name(display, Weight.OFFICIAL)
    draft.add_name(f"{adjective} район", Weight.OFFICIAL, language="uk")
    draft.add_name(adjective, Weight.ALTERNATE, language="uk", needs_cue=True)
    if centre:
        draft.add_name(f"{centre.name} district", Weight.ALTERNATE)
        draft.add_name(centre.name, Weight.ALTERNATE, needs_cue=True)
    draft.sources.add("katotth")
    return draft


def _raion_centre(adjective: str, members: list[PlaceDraft]) -> PlaceDraft | None:
    """The town a raion is named after: Синельниківський -> Синельникове."""
    towns = [m for m in members if m.feature_code in ("KATOTTH:M", "KATOTTH:X", "KATOTTH:T")]
    return area_centre(adjective, towns)


def area_centre(adjective: str, members: list[PlaceDraft]) -> PlaceDraft | None:
    """The member an area is named after: Великомихайлівська (hromada) -> Великомихайлівка,
    Старобешівська -> Старобешеве, Покровський -> Покровськ. Compared on consonant frames
    with the adjective and noun suffixes taken off."""
    frames = area_stems(skeleton(adjective))
    return next((m for m in members if area_stems(skeleton(m.name_local or m.name)) & frames), None)


def postal_drafts(rows: Iterable[PostalRow], regions: RegionTable) -> list[PlaceDraft]:
    """One draft per place of the dump; a city with 90 postal codes is one place."""
    groups: dict[tuple[str, str, str, str], list[PostalRow]] = defaultdict(list)
    for row in rows:
        region = regions.by_postal(row.admin1_name) if row.country == "UA" else None
        if region is None:
            continue
        match = _COUNCIL.match(row.place_name)
        name, council = (match.group(1), match.group(2)) if match else (row.place_name, "")
        groups[(region.code, row.admin2_name, name.strip(), council)].append(row)
    return [_postal_draft(key, members) for key, members in groups.items()]


def _postal_draft(key: tuple[str, str, str, str], rows: list[PostalRow]) -> PlaceDraft:
    admin1, old_raion, name, council = key
    (lat, lon), _count = Counter((r.lat, r.lon) for r in rows).most_common(1)[0]
    code = min(r.postal_code for r in rows)
    draft = PlaceDraft(kind="settlement", name=kmu(name), country="UA", admin1_code=admin1, lat=lat, lon=lon,
                       name_local=name, admin2_old=old_raion or None, postal_codes=len(rows),
                       council=council or None, source_id=f"postal:UA:{code}:{fold(kmu(name)).replace(' ', '-')}")
    draft.add_name(name, Weight.OFFICIAL, language="uk")
    draft.sources.add("postal")
    return draft


def join_postal(settlements: list[PlaceDraft], postal: list[PlaceDraft]) -> list[PlaceDraft]:
    """Give KATOTTH settlements the postal coordinates; return the postal drafts left over."""
    by_name_k = _index(settlements)
    by_name_p = _index(postal)
    crosswalk = _Crosswalk()
    joined: set[int] = set()
    for key, ps in by_name_p.items():
        ks = by_name_k.get(key, [])
        if len(ps) == 1 and len(ks) == 1:
            _merge(ks[0], ps[0])
            crosswalk.learn(ps[0], ks[0])
            joined.add(id(ps[0]))
    hromada_centres = centroid_by(settlements, lambda d: d.hromada)
    for key, ps in by_name_p.items():
        ks = by_name_k.get(key, [])
        if len(ps) > 1 or len(ks) > 1:
            for p, k in crosswalk.pair(ps, ks, hromada_centres):
                _merge(k, p)
                joined.add(id(p))
    return [p for p in postal if id(p) not in joined]


def _index(drafts: list[PlaceDraft]) -> dict[tuple[str | None, str], list[PlaceDraft]]:
    index: dict[tuple[str | None, str], list[PlaceDraft]] = defaultdict(list)
    for draft in drafts:
        index[(draft.admin1_code, fold(draft.name_local or draft.name))].append(draft)
    return index


def _merge(k: PlaceDraft, p: PlaceDraft) -> None:
    k.lat, k.lon = p.lat, p.lon
    k.admin2_old = p.admin2_old
    k.postal_codes += p.postal_codes
    k.council = p.council
    k.sources |= p.sources


class _Crosswalk:
    """Which hromadas and new raions each pre-2020 raion overlaps, learnt from unique names."""

    def __init__(self) -> None:
        self.hromadas: dict[tuple[str | None, str | None], Counter[str | None]] = defaultdict(Counter)
        self.raions: dict[tuple[str | None, str | None], Counter[str | None]] = defaultdict(Counter)

    def learn(self, p: PlaceDraft, k: PlaceDraft) -> None:
        self.hromadas[(p.admin1_code, p.admin2_old)][k.hromada] += 1
        self.raions[(p.admin1_code, p.admin2_old)][k.raion] += 1

    def score(self, p: PlaceDraft, k: PlaceDraft, centres: dict[Hashable, Point]) -> float:
        old = (p.admin1_code, p.admin2_old)
        total = sum(self.raions[old].values()) or 1
        score = 2 * self.hromadas[old][k.hromada] / total + self.raions[old][k.raion] / total
        centre = centres.get(k.hromada)
        if centre and p.point:
            d = distance_km(p.point, centre)
            score += 1.0 if d < 10 else 0.5 if d < 25 else 0.0 if d < 50 else -1.0
        if p.council and k.hromada_name and fold(p.council).split()[0] == fold(k.hromada_name).split()[0]:
            score += 1.0
        return score

    def pair(self, ps: list[PlaceDraft], ks: list[PlaceDraft],
             centres: dict[Hashable, Point]) -> list[tuple[PlaceDraft, PlaceDraft]]:
        """One-to-one pairs, best evidence first; a pair with no evidence is not made."""
        scored = sorted(((self.score(p, k, centres), i, j) for i, p in enumerate(ps) for j, k in enumerate(ks)),
                        reverse=True)
        used_p: set[int] = set()
        used_k: set[int] = set()
        pairs = []
        for score, i, j in scored:
            if score <= 0.05 or i in used_p or j in used_k:
                continue
            used_p.add(i)
            used_k.add(j)
            pairs.append((ps[i], ks[j]))
        return pairs


def centroid_by(drafts: Iterable[PlaceDraft], group: Callable[[PlaceDraft], Hashable]) -> dict[Hashable, Point]:
    """Median point of the drafts with coordinates, per group key (None keys skipped)."""
    points: dict[Hashable, list[Point]] = defaultdict(list)
    for draft in drafts:
        key = group(draft)
        if key is not None and draft.point:
            points[key].append(draft.point)
    return {key: centre for key, pts in points.items() if (centre := median_point(pts))}


def check_coordinates(settlements: list[PlaceDraft], postal_only: list[PlaceDraft]) -> int:
    """Drop coordinates that lie far outside the place's hromada (or old raion); return how many."""
    dropped = _check_groups(settlements, lambda d: d.hromada, floor_km=25.0)
    dropped += _check_groups(settlements + postal_only, lambda d: (d.admin1_code, d.admin2_old), floor_km=40.0)
    return dropped


def _check_groups(drafts: list[PlaceDraft], group: Callable[[PlaceDraft], Hashable], floor_km: float) -> int:
    members: dict[Hashable, list[PlaceDraft]] = defaultdict(list)
    for draft in drafts:
        key = group(draft)
        if draft.point and key is not None and None not in (key if isinstance(key, tuple) else (key,)):
            members[key].append(draft)
    dropped = 0
    for group_members in members.values():
        points = [d.point for d in group_members if d.point]
        centre = median_point(points)
        if len(points) < 4 or centre is None:
            continue
        limit = max(floor_km, 2.0 * spread_km(points, centre))
        for draft in group_members:
            if draft.point and distance_km(draft.point, centre) > limit:
                draft.note = f"coordinates {draft.lat},{draft.lon} dropped: far from the rest of its area"
                draft.lat = draft.lon = None
                dropped += 1
    return dropped


def estimate_coordinates(settlements: list[PlaceDraft], hromada_names: dict[str, str]) -> int:
    """Give a settlement with no trustworthy point its hromada's point, marked as an estimate.

    The hromada's point is its centre's (the town it is named after) when that has
    coordinates, else the median of its members'. A hromada is typically 10-30 km
    across, so the estimate places the village in the right municipality without
    choosing between homonyms: it is only ever given to a place already identified.
    """
    members: dict[str, list[PlaceDraft]] = defaultdict(list)
    for draft in settlements:
        if draft.hromada:
            members[draft.hromada].append(draft)
    estimated = 0
    for code, group in members.items():
        point = _hromada_point(hromada_names.get(code, ""), [d for d in group if d.point])
        for draft in group:
            if point and not draft.point:
                draft.lat, draft.lon = point
                draft.precision = "hromada"
                estimated += 1
    return estimated


def _hromada_point(name: str, located: list[PlaceDraft]) -> Point | None:
    centre = area_centre(name, located) if name else None
    if centre:
        return centre.point
    return median_point([d.point for d in located if d.point]) if len(located) >= 2 else None
