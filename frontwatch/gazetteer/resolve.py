"""Choosing among homonyms: which Zaporizke a text means.

Every candidate of a mention starts from its name score and gains from the
context of the same text:

* the regions the text (or the caller) names: "región de Dnipropetrovsk";
* the districts it names ("Yasinovatsky district"), old or current;
* the other places it names: a candidate in the same hromada as a candidate of
  another mention, in the same raion, or a few kilometres away, is likely the
  one meant (two villages reported together are usually neighbours);
* a little for size: a city of a million is named more often than a hamlet.

When the best candidate does not stand out by ``MARGIN`` from a different place
(more than ``SAME_PLACE_KM`` away), the mention is left unresolved: its name and
region are kept, its coordinates are not guessed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .gazetteer import IMPORTANCE_WEIGHT, Gazetteer, PlaceRow
from .geo import distance_km
from .mentions import Mention, named_regions
from .records import Candidate

__all__ = ["Resolution", "resolve_mentions", "MARGIN"]

REGION_BONUS = 0.25
OUTSIDE_PENALTY = 0.15
DISTRICT_BONUS = 0.3
DISTRICT_KM = 35.0  # a district named after a town: its places lie about this close to the town
SAME_HROMADA = 0.35
SAME_RAION = 0.2
MARGIN = 0.08
SCORE_SCALE = 1.6  # a name match plus every bonus; reported scores are divided by it
SAME_PLACE_KM = 10.0
PAIR_CANDIDATES = 15
_POINT_KINDS = {"settlement", "feature"}


@dataclass
class Resolution:
    mention: Mention
    ranked: list[Candidate]          # best first, scores include the context
    chosen: Candidate | None         # None when the evidence does not single one out
    admin1: str | None = None        # the region all close contenders share, if any
    country: str | None = None
    row: int | None = None           # the gazetteer row of ``chosen``

    @property
    def kind(self) -> str:
        """The kind of place meant: a district or front named after a town is an area."""
        if self.mention.area_of:
            return "admin2"
        return self.chosen.kind if self.chosen else (self.ranked[0].kind if self.ranked else "settlement")


def resolve_mentions(gaz: Gazetteer, mentions: list[Mention], *,
                     regions: Iterable[tuple[str, str]] = ()) -> list[Resolution]:
    context = _Context(gaz, mentions, set(regions))
    first = [context.resolve(m) for m in mentions]
    # A second round, in which a mention resolved in the first round offers only its choice
    # as a neighbour: a village with three homonyms that the other village singled out helps
    # that other village back, instead of spreading its evidence over twelve Zaporizkes.
    for resolution in first:
        if resolution.row is not None and resolution.kind in _POINT_KINDS:
            context.contenders[id(resolution.mention)] = [resolution.row]
    return [context.resolve(m) for m in mentions]


class _Context:
    def __init__(self, gaz: Gazetteer, mentions: list[Mention], regions: set[tuple[str, str]]):
        self.gaz = gaz
        self.mentions = mentions
        self.regions = regions | named_regions(gaz, mentions)
        districts = [m for m in mentions if m.kinds == frozenset({"admin2"}) and not m.area_of]
        self.raions = {gaz.row(p).raion_code for m in districts for p in m.scores} - {None}
        self.old_raions = {(gaz.row(p).candidate.admin1_code, gaz.row(p).admin2_old) for m in districts
                           for p in m.scores}
        self.area_towns = [self._best_town(m) for m in mentions if m.area_of]
        self.base = {id(m): {p: self._base_score(m, p, s) for p, s in m.scores.items()} for m in mentions}
        self.contenders = {id(m): self._contenders(m) for m in mentions}

    def _best_town(self, mention: Mention) -> tuple[float, float] | None:
        """Where the town an area is named after lies (the best candidate in the named regions)."""
        located = [(s + (REGION_BONUS if self._in_regions(self.gaz.row(p).candidate) else 0.0), p)
                   for p, s in mention.scores.items() if self.gaz.row(p).candidate.point]
        return self.gaz.row(max(located)[1]).candidate.point if located else None

    def _in_regions(self, c: Candidate) -> bool:
        return (c.country or "", c.admin1_code or "") in self.regions

    def resolve(self, mention: Mention) -> Resolution:
        scored = sorted(((self.base[id(mention)][p] + self._neighbours(mention, p), p) for p in mention.scores),
                        reverse=True)
        ranked = [replace(self.gaz.candidate(p), score=round(max(0.0, min(1.0, s / SCORE_SCALE)), 4),
                          matched=mention.name) for s, p in scored]
        if not ranked:
            return Resolution(mention, [], None)
        top = ranked[0]
        rivals = [c for c, (s, _p) in zip(ranked[1:], scored[1:], strict=True)
                  if scored[0][0] - s < MARGIN and not _same_place(top, c)]
        if not rivals:
            return Resolution(mention, ranked, top, top.admin1, top.country, row=scored[0][1])
        contenders = [top, *rivals]
        admin1 = {c.admin1 for c in contenders}
        country = {c.country for c in contenders}
        return Resolution(mention, ranked, None, admin1.pop() if len(admin1) == 1 else None,
                          country.pop() if len(country) == 1 else None)

    def _base_score(self, mention: Mention, place: int, name_score: float) -> float:
        """Everything but the other places of the text: name, size, named regions and districts."""
        row = self.gaz.row(place)
        c = row.candidate
        score = name_score + IMPORTANCE_WEIGHT * row.importance
        if self.regions and (c.kind in _POINT_KINDS or c.kind == "admin2"):
            score += REGION_BONUS if self._in_regions(c) else -OUTSIDE_PENALTY
        if c.kind in _POINT_KINDS and not mention.area_of and self._in_named_district(row):
            score += DISTRICT_BONUS
        return score

    def _contenders(self, mention: Mention) -> list[int]:
        """The point-like candidates still in the running on their own evidence."""
        base = self.base[id(mention)]
        if not base:
            return []
        best = max(base.values())
        return [p for p, s in sorted(base.items(), key=lambda kv: -kv[1])[:PAIR_CANDIDATES]
                if best - s < MARGIN and self.gaz.row(p).candidate.kind in _POINT_KINDS]

    def _in_named_district(self, row: PlaceRow) -> bool:
        c = row.candidate
        if row.raion_code in self.raions or (c.admin1_code, row.admin2_old) in self.old_raions:
            return True
        if not c.point:
            return False
        return any(town and distance_km(c.point, town) <= DISTRICT_KM for town in self.area_towns)

    def _neighbours(self, mention: Mention, place: int) -> float:
        """Evidence from the other places of the text: the strongest pair with a contender of
        another mention (a candidate that is still in the running on its own evidence)."""
        if self.gaz.row(place).candidate.kind not in _POINT_KINDS:
            return 0.0
        best = 0.0
        for other in self.mentions:
            # Another mention of the same name ("Запорізьке" ... "у Запорізькому") is no evidence.
            if other is mention or other.area_of or other.scores.keys() & mention.scores.keys():
                continue
            others = self.contenders[id(other)]
            if others:
                weight = min(1.0, 3 / len(others))
                best = max(best, weight * max(self._pair(place, p) for p in others))
        return best

    def _pair(self, a: int, b: int) -> float:
        ra, rb = self.gaz.row(a), self.gaz.row(b)
        score = 0.0
        if ra.hromada_code and ra.hromada_code == rb.hromada_code:
            score = SAME_HROMADA
        elif ra.raion_code and ra.raion_code == rb.raion_code:
            score = SAME_RAION
        ca, cb = ra.candidate, rb.candidate
        if ca.point and cb.point:
            d = distance_km(ca.point, cb.point)
            score = max(score, 0.3 if d < 15 else 0.2 if d < 40 else 0.1 if d < 100 else 0.0)
        return score


def _same_place(a: Candidate, b: Candidate) -> bool:
    """Two rows for one place: the same kind, and their own points (not a hromada's estimate,
    which homonyms of one hromada share) within SAME_PLACE_KM. A city and its region are two."""
    if a.kind != b.kind or not (a.point and b.point) or "hromada" in (a.precision, b.precision):
        return False
    return distance_km(a.point, b.point) <= SAME_PLACE_KM
