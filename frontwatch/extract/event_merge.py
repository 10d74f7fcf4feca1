"""One event per happening: gathering the mentions of a document into events.

Mentions of one type join when their places overlap and their own dates do not
disagree ("bombardearon un teatro en Mariúpol" yesterday and "un hospital de
maternidad en Mariúpol" last week are two strikes). Overlap is by place, or by
a region holding the other's settlement (the gazetteer's ``admin1`` or the text
naming both in one mention).

Some mentions speak of several happenings at once. A list ("la ocupación de
Zaporizke y Novoheorhiivka") whose places were each reported on their own, or a
region around events already told ("ninguna posición estable en la región"),
*supports* each of those events (gives them its claims) instead of joining
them into one. A definite noun that refers back ("the shelling came as ...",
"el bombardeo") joins the event it refers to but claims nothing new for the
narrator. Events with no place join by their actors (talks between the same
parties); an attack with no place counts only when a verb names who did it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..models import Place
from .event_mentions import DIPLOMACY_TYPES, RECIPIENT_TYPES, EventMention

__all__ = ["Cluster", "PlaceIndex", "merge_mentions"]

_FINE_KINDS = frozenset({"settlement", "admin2", "feature"})


@dataclass
class Cluster:
    type: str
    members: list[EventMention] = field(default_factory=list)
    supporters: list[EventMention] = field(default_factory=list)
    quiet: set[int] = field(default_factory=set)  # ids of mentions whose narrator claim is not counted

    @property
    def start(self) -> int:
        return min(m.trigger.start for m in self.members or self.supporters)

    @property
    def places(self) -> list[str]:
        return list(dict.fromkeys(p for m in self.members for p in m.places))

    @property
    def main_places(self) -> list[str]:
        return list(dict.fromkeys(p for m in self.members for p in m.main_places))

    @property
    def parties(self) -> set[str]:
        """The actors its own mentions name (not those that only support it)."""
        return {a for m in self.members for a in m.actors}

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys(a for m in self.members + self.supporters for a in m.actors))

    def add(self, mention: EventMention, *, quiet: bool = False, support: bool = False) -> None:
        (self.supporters if support else self.members).append(mention)
        if quiet:
            self.quiet.add(id(mention))


class PlaceIndex:
    """Which place holds which: the gazetteer's ``admin1`` and ``country``, and regions the
    text names together with a settlement in one mention."""

    def __init__(self, places: dict[str, Place], mentions: list[EventMention]):
        self.places = places
        self.evidence: set[tuple[str, str]] = set()
        for mention in mentions:
            regions = [p for p in mention.places if self.kind(p) == "admin1"]
            inner = [p for p in mention.places if self.kind(p) in _FINE_KINDS]
            self.evidence |= {(r, p) for r in regions for p in inner}

    def kind(self, place_id: str) -> str:
        place = self.places.get(place_id)
        return place.kind if place else "settlement"

    def contains(self, outer: str, inner: str, *, countries: bool = False) -> bool:
        a, b = self.places.get(outer), self.places.get(inner)
        if outer == inner or a is None:
            return False
        if a.kind == "country":
            return countries and b is not None and b.kind != "country" and (b.country or "") == (a.country or "-")
        if a.kind != "admin1":
            return False
        return (outer, inner) in self.evidence or (b is not None and bool(b.admin1) and b.admin1 == a.name)

    def primary(self, places: list[str]) -> frozenset[str]:
        """The finest places of a mention: none that holds another one of them."""
        return frozenset(p for p in places if not any(self.contains(p, q, countries=True) for q in places))

    def overlap(self, a: frozenset[str], b: frozenset[str], *, countries: bool = False) -> bool:
        return bool(a & b) or any(self.contains(x, y, countries=countries) or self.contains(y, x, countries=countries)
                                  for x in a for y in b)

    def regional(self, places: frozenset[str]) -> bool:
        return bool(places) and all(self.kind(p) == "admin1" for p in places)


def merge_mentions(mentions: list[EventMention], index: PlaceIndex) -> list[Cluster]:
    clusters: list[Cluster] = []
    placed = [m for m in mentions if m.places]
    alone = _named_alone(placed, index)
    deferred = []
    for mention in placed:
        primary = index.primary(mention.main_places)
        if mention.definite and _refers_to(clusters, mention, primary, index):
            continue
        if _spread(primary, alone[mention.type], index):
            deferred.append(mention)
        else:
            _join(clusters, mention, primary, index)
    for mention in deferred:
        _support(clusters, mention, index)
    for mention in (m for m in mentions if not m.places):
        _place_less(clusters, mention)
    return sorted(clusters, key=lambda c: c.start)


def _named_alone(placed: list[EventMention], index: PlaceIndex) -> dict[str, set[str]]:
    """Per type, the places some mention names on its own."""
    alone: dict[str, set[str]] = defaultdict(set)
    for mention in placed:
        primary = index.primary(mention.main_places)
        if len(primary) == 1 and not index.regional(primary):
            alone[mention.type] |= primary
    return alone


def _spread(primary: frozenset[str], alone: set[str], index: PlaceIndex) -> bool:
    """A list of places each told on its own, or a region only: it may span several events."""
    return (len(primary) > 1 and primary <= alone) or index.regional(primary)


def _join(clusters: list[Cluster], mention: EventMention, primary: frozenset[str], index: PlaceIndex) -> None:
    targets = [c for c in clusters if c.type == mention.type and _fits(c, mention, primary, index)]
    if not targets:
        clusters.append(Cluster(mention.type, [mention]))
        return
    first = targets[0]
    for other in targets[1:]:
        first.members += other.members
        first.supporters += other.supporters
        first.quiet |= other.quiet
        clusters.remove(other)
    first.add(mention, quiet=mention.definite)


def _fits(cluster: Cluster, mention: EventMention, primary: frozenset[str], index: PlaceIndex) -> bool:
    if not index.overlap(index.primary(cluster.main_places), primary):
        return False
    if mention.type in RECIPIENT_TYPES and set(cluster.actors) != set(mention.actors):
        return False  # two donors' aid to one country are two events
    return all(_dates_agree(m, mention) for m in cluster.members)


def _dates_agree(a: EventMention, b: EventMention) -> bool:
    """Two mentions that each give a date are one happening only on the same date: "ayer"
    and "la semana pasada" (a month, for the format) are two strikes even in one city."""
    return a.date is None or b.date is None or a.date.value == b.date.value


def _support(clusters: list[Cluster], mention: EventMention, index: PlaceIndex) -> None:
    primary = index.primary(mention.main_places)
    targets = [c for c in clusters if c.type == mention.type and index.overlap(index.primary(c.main_places), primary)]
    if not targets:
        _join(clusters, mention, primary, index)
    for cluster in targets:
        if index.regional(primary):
            cluster.add(mention, quiet=mention.definite)  # the region joins the event's places
        else:
            cluster.add(mention, support=True)


def _refers_to(clusters: list[Cluster], mention: EventMention, primary: frozenset[str], index: PlaceIndex) -> bool:
    """"The assault affected ... in Sumy and Kharkiv": a definite noun joins the latest
    event of its kind told before it when their places agree (a country holding a region)."""
    earlier = [c for c in _kin(clusters, mention)
               if index.overlap(index.primary(c.main_places), primary, countries=True)]
    if not earlier:
        return False
    max(earlier, key=lambda c: (c.type == mention.type, c.start)).add(mention, quiet=True)
    return True


def _kin(clusters: list[Cluster], mention: EventMention) -> list[Cluster]:
    """Events told before ``mention`` that it may refer to: its type, or any attack for an attack."""
    family = mention.type.split(".")[0]
    return [c for c in clusters if c.start < mention.trigger.start and not all(m.background for m in c.members)
            and (c.type == mention.type or (family == "attack" and c.type.startswith("attack.")))]


def _place_less(clusters: list[Cluster], mention: EventMention) -> None:
    if (mention.definite or mention.implied) and _refer_back(clusters, mention):
        return  # "una reunión virtual con los aliados": the meeting already told
    if mention.type in DIPLOMACY_TYPES and mention.actors:
        _join_parties(clusters, mention)
    elif mention.type in RECIPIENT_TYPES:
        _refer_back(clusters, mention)
    elif mention.type.startswith("attack.") and mention.actors and mention.trigger.pos == "verb":
        _join_parties(clusters, mention)


def _refer_back(clusters: list[Cluster], mention: EventMention) -> bool:
    """"The shelling came as ...": the latest event of its kind told before it."""
    earlier = _kin(clusters, mention)
    if earlier:
        max(earlier, key=lambda c: c.start).add(mention, quiet=True, support=True)
    return bool(earlier)


def _join_parties(clusters: list[Cluster], mention: EventMention) -> None:
    """Place-less talks (or attacks) of the same parties are one event; parties that all
    took part in talks told with a place join those ("his discussions with European leaders")."""
    parties = set(mention.actors)
    for cluster in clusters:
        if cluster.type != mention.type or not all(_dates_agree(m, mention) for m in cluster.members):
            continue
        if cluster.places and mention.type.startswith("attack."):
            continue  # "también abrieron fuego contra civiles": not the strike told with a place
        if cluster.parties == parties or (len(parties) > 1 or cluster.places) and parties <= cluster.parties:
            cluster.add(mention, quiet=mention.definite)
            return
    clusters.append(Cluster(mention.type, [mention]))
