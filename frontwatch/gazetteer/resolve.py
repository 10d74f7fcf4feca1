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
from dataclasses import dataclass

from .gazetteer import IMPORTANCE_WEIGHT, Gazetteer, PlaceRow
from .geo import Prepared, distance_km, prepared, prepared_distance_km
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
    first = [context.choice(m) for m in mentions]
    # A second round, in which a mention resolved in the first round offers only its choice
    # as a neighbour: a village with three homonyms that the other village singled out helps
    # that other village back, instead of spreading its evidence over twelve Zaporizkes.
    for mention, row in zip(mentions, first, strict=True):
        if row is not None and not mention.area_of and gaz.row(row).candidate.kind in _POINT_KINDS:
            context.contenders[id(mention)] = (row,)
    return [context.resolve(m) for m in mentions]


# What pairing two candidates needs: hromada code, raion code, prepared point (or None).
_Site = tuple[str | None, str | None, Prepared | None]
# The contenders of another mention, with the weight of their evidence.
_Evidence = list[tuple[float, tuple[int, ...]]]


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
        # Which mentions may speak for which does not change between the rounds; their contenders do.
        # Another mention of the same name ("Запорізьке" ... "у Запорізькому") is no evidence.
        self._sources = {id(m): [id(o) for o in mentions
                                 if o is not m and not o.area_of and o.scores.keys().isdisjoint(m.scores)]
                         for m in mentions}
        # Both rounds pair the same candidates with the same contenders: each is scored once per text.
        self._sites: dict[int, _Site] = {}
        self._best_pairs: dict[tuple[int, tuple[int, ...]], float] = {}

    def _best_town(self, mention: Mention) -> tuple[float, float] | None:
        """Where the town an area is named after lies (the best candidate in the named regions)."""
        located = [(s + (REGION_BONUS if self._in_regions(self.gaz.row(p).candidate) else 0.0), p)
                   for p, s in mention.scores.items() if self.gaz.row(p).candidate.point]
        return self.gaz.row(max(located)[1]).candidate.point if located else None

    def _in_regions(self, c: Candidate) -> bool:
        return (c.country or "", c.admin1_code or "") in self.regions

    def choice(self, mention: Mention) -> int | None:
        """The row the mention resolves to, or None (the first round needs no Candidate records,
        and a single candidate no scores)."""
        if len(mention.scores) <= 1:
            return next(iter(mention.scores), None)
        scored = self._scored(mention)
        if not scored:
            return None
        top = self.gaz.row(scored[0][1]).candidate
        return None if self._rivals(top, scored) else scored[0][1]

    def resolve(self, mention: Mention) -> Resolution:
        scored = self._scored(mention)
        if not scored:
            return Resolution(mention, [], None)
        ranked = [self.gaz.row(p).candidate.rescored(_reported(s), mention.name) for s, p in scored]
        top = ranked[0]
        rivals = self._rivals(top, scored)
        if not rivals:
            return Resolution(mention, ranked, top, top.admin1, top.country, row=scored[0][1])
        contenders = [top, *rivals]
        admin1 = {c.admin1 for c in contenders}
        country = {c.country for c in contenders}
        return Resolution(mention, ranked, None, admin1.pop() if len(admin1) == 1 else None,
                          country.pop() if len(country) == 1 else None)

    def _scored(self, mention: Mention) -> list[tuple[float, int]]:
        """(score, row) of every candidate, best first."""
        base = self.base[id(mention)]
        evidence = self._evidence_for(mention)
        return sorted(((base[p] + self._neighbours(p, evidence), p) for p in mention.scores), reverse=True)

    def _rivals(self, top: Candidate, scored: list[tuple[float, int]]) -> list[Candidate]:
        """The other places within MARGIN of the best (``scored`` is best first, so the first one
        MARGIN behind ends the search)."""
        rivals = []
        for s, p in scored[1:]:
            if scored[0][0] - s >= MARGIN:
                break
            c = self.gaz.row(p).candidate
            if not _same_place(top, c):
                rivals.append(c)
        return rivals

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

    def _contenders(self, mention: Mention) -> tuple[int, ...]:
        """The point-like candidates still in the running on their own evidence."""
        base = self.base[id(mention)]
        if not base:
            return ()
        best = max(base.values())
        return tuple(p for p, s in sorted(base.items(), key=lambda kv: -kv[1])[:PAIR_CANDIDATES]
                     if best - s < MARGIN and self.gaz.row(p).candidate.kind in _POINT_KINDS)

    def _in_named_district(self, row: PlaceRow) -> bool:
        c = row.candidate
        if row.raion_code in self.raions or (c.admin1_code, row.admin2_old) in self.old_raions:
            return True
        if not c.point:
            return False
        return any(town and distance_km(c.point, town) <= DISTRICT_KM for town in self.area_towns)

    def _evidence_for(self, mention: Mention) -> _Evidence:
        """The contenders of the other mentions that may speak for a candidate of this one,
        weighted down when there are more than three."""
        contenders = (self.contenders[other] for other in self._sources[id(mention)])
        return [(min(1.0, 3 / len(others)), others) for others in contenders if others]

    def _neighbours(self, place: int, evidence: _Evidence) -> float:
        """Evidence from the other places of the text: the strongest pair with a contender of
        another mention (a candidate that is still in the running on its own evidence)."""
        if not evidence or self.gaz.row(place).candidate.kind not in _POINT_KINDS:
            return 0.0
        best = 0.0
        for weight, others in evidence:
            pair = self._best_pairs.get((place, others))
            if pair is None:
                pair = self._best_pairs[(place, others)] = self._best_pair(place, others)
            best = max(best, weight * pair)
        return best

    def _best_pair(self, place: int, others: tuple[int, ...]) -> float:
        site = self._site(place)
        return max(_pair_score(site, self._site(p)) for p in others)

    def _site(self, place: int) -> _Site:
        site = self._sites.get(place)
        if site is None:
            row = self.gaz.row(place)
            point = row.candidate.point
            site = self._sites[place] = (row.hromada_code, row.raion_code, prepared(point) if point else None)
        return site


def _pair_score(a: _Site, b: _Site) -> float:
    """Same hromada, same raion, or a few kilometres apart: the strongest of these."""
    if a[0] and a[0] == b[0]:
        return SAME_HROMADA  # 0.35 beats the best distance score (0.3): no need to measure it
    score = SAME_RAION if a[1] and a[1] == b[1] else 0.0
    if a[2] and b[2]:
        d = prepared_distance_km(a[2], b[2])
        score = max(score, 0.3 if d < 15 else 0.2 if d < 40 else 0.1 if d < 100 else 0.0)
    return score


def _reported(score: float) -> float:
    """A score in context on the 0..1 scale of lookups."""
    return round(max(0.0, min(1.0, score / SCORE_SCALE)), 4)


def _same_place(a: Candidate, b: Candidate) -> bool:
    """Two rows for one place: the same kind, and their own points (not a hromada's estimate,
    which homonyms of one hromada share) within SAME_PLACE_KM. A city and its region are two."""
    if a.kind != b.kind or not (a.point and b.point) or "hromada" in (a.precision, b.precision):
        return False
    return distance_km(a.point, b.point) <= SAME_PLACE_KM
