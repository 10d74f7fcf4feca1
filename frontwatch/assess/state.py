"""Place state over time: the rule of docs/assessment.md, applied day by day to the claims.

Each claim on a territorial ledger event at a place is a *position* on a proposition: "side H
holds the place" (``control``: captures, and withdrawals of H's opponent) or "H's forces are
in the place" (``presence``: advances; a capture implies presence too). Each speaker is a
*voice* with a weight (trust by actor kind, side and own interest: ``TrustSettings``); a
voice's latest word replaces its earlier ones, and a side's denial falls when an official
source of that side later concedes. The status then follows from the weights:

    confirmed   corroborated (by the other side or a third party) and not disputed
    contested   corroborated, and disputed
    denied      disputed, not corroborated
    claimed     supported only by those it favours
    reported    passed on only (``unverified``), or too weak to count

A place's history is cut into episodes by holder: a claim that a different side took (or
entered) the place opens a new episode, whose status starts afresh.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from ..models import Actor, Place
from ..settings import Settings
from .evidence import DISPUTES, SUPPORTS, ClaimEvidence
from .reconcile import LedgerEvent

CONTROL, PRESENCE = "control", "presence"
WHAT = {"territory.capture": CONTROL, "territory.withdrawal": CONTROL, "territory.advance": PRESENCE}
DECISIVE = ("claimed", "confirmed", "denied", "contested")


@dataclass(frozen=True)
class Position:
    claim: ClaimEvidence
    event: str  # the ledger event id
    holder: str | None  # the side said to hold (or be in) the place
    what: str  # control | presence


@dataclass(frozen=True)
class Voice:
    key: str
    source: str | None
    side: str | None
    kind: str
    direction: str  # supports | disputes | neutral
    relation: str  # self_serving | against_interest | third_party
    weight: float
    official: bool
    claim: ClaimEvidence


@dataclass(frozen=True)
class PlaceState:
    place: str
    on: str | None
    status: str  # the headline: control's status, else presence's
    what: str
    holder: str | None
    control: str | None
    presence: str | None
    previous: str | None
    evidence: tuple[ClaimEvidence, ...]  # the claims of that day that moved it
    voices: tuple[Voice, ...]  # who stood where once they were counted
    events: tuple[str, ...]


@dataclass(frozen=True)
class PlaceTimeline:
    place: Place
    changes: tuple[PlaceState, ...]
    positions: tuple[Position, ...]

    @property
    def current(self) -> PlaceState | None:
        return self.changes[-1] if self.changes else None


class Rule:
    """The documented rule, with the user's trust settings and the actor registry."""

    def __init__(self, settings: Settings, actors: dict[str, Actor]):
        self.settings = settings
        self.actors = actors
        self.belligerents = settings.assessment.belligerents

    def holder(self, event: LedgerEvent) -> str | None:
        sides = [self.actors[a].side for a in event.actors if a in self.actors and self.actors[a].side]
        side = next((s for s in sides if s in self.belligerents), sides[0] if sides else None)
        if event.type != "territory.withdrawal" or side is None:
            return side
        others = [b for b in self.belligerents if b != side]
        return others[0] if len(others) == 1 and side in self.belligerents else None

    def voice(self, position: Position) -> Voice:
        claim = position.claim
        actor = self.actors.get(claim.source or "")
        side = actor.side if actor else None
        kind = (actor.kind if actor else None) or "unknown"
        relation = self._relation(side, position.holder, claim.direction)
        trust = self.settings.trust
        base = trust.sources.get(claim.source or "", trust.kinds.get(kind, trust.kinds.get("unknown", 0.0)))
        weight = base * trust.relation[relation] * trust.sides.get(side or "", 1.0)
        return Voice(claim.voice, claim.source, side, kind, claim.direction, relation, weight,
                     kind in self.settings.assessment.official_kinds and side is not None, claim)

    def _relation(self, side: str | None, holder: str | None, direction: str) -> str:
        if side is None or holder is None or side not in self.belligerents:
            return "third_party"
        favours = (side == holder) == (direction == SUPPORTS)
        return "self_serving" if favours else "against_interest"

    def standing(self, voices: Iterable[Voice]) -> list[Voice]:
        """Each voice's latest word, less denials a later official concession of their side withdrew."""
        latest: dict[str, Voice] = {}
        for voice in voices:
            latest[voice.key] = voice
        conceded: dict[str, str] = {}
        for v in latest.values():
            if v.official and v.direction == SUPPORTS and v.side:
                conceded[v.side] = max(conceded.get(v.side, ""), v.claim.said_on or "")
        return [v for v in latest.values()
                if not (v.direction == DISPUTES and v.side and conceded.get(v.side, "") > (v.claim.said_on or ""))]

    def status(self, voices: list[Voice]) -> str | None:
        if not voices:
            return None
        assessment = self.settings.assessment
        support = sum(v.weight for v in voices if v.direction == SUPPORTS)
        against = sum(v.weight for v in voices if v.direction == DISPUTES)
        corroboration = sum(v.weight for v in voices if v.direction == SUPPORTS and v.relation != "self_serving")
        if corroboration > 0 and corroboration >= assessment.confirm_threshold:
            return "contested" if against > 0 and against >= assessment.contest_threshold else "confirmed"
        if against > 0 and against >= assessment.contest_threshold:
            return "denied"
        return "claimed" if support > 0 else "reported"


def positions_at(place: str, events: Iterable[LedgerEvent], rule: Rule) -> list[Position]:
    found = [Position(claim, event.id, rule.holder(event), WHAT[event.type])
             for event in events if event.type in WHAT and place in event.places for claim in event.claims]
    return sorted(found, key=lambda p: p.claim.sort_key())


def timeline(place: Place, events: Iterable[LedgerEvent], rule: Rule) -> PlaceTimeline:
    """The changes of one place's state, from the ledger events that happen there."""
    positions = positions_at(place.id, events, rule)
    changes: list[PlaceState] = []
    holder: str | None = None
    episode: list[Position] = []
    for day, group in groupby(positions, key=lambda p: p.claim.said_on):
        today = list(group)
        for position in today:
            side = position.holder or holder
            if not episode or (side != holder and side is not None and position.claim.direction == SUPPORTS):
                holder, episode = side, []
            if side == holder:
                episode.append(position)
        state = _state(place.id, day, holder, episode, today, rule, changes[-1] if changes else None)
        if state is not None:
            changes.append(state)
    return PlaceTimeline(place, tuple(changes), tuple(positions))


def _state(place: str, day: str | None, holder: str | None, episode: list[Position], today: list[Position],
           rule: Rule, last: PlaceState | None) -> PlaceState | None:
    """The place's state after ``day``, or None when nothing changed."""
    control_voices = rule.standing(rule.voice(p) for p in episode if p.what == CONTROL)
    presence_voices = rule.standing(rule.voice(p) for p in episode
                                    if p.what == PRESENCE or p.claim.direction == SUPPORTS)
    control, presence = rule.status(control_voices), rule.status(presence_voices)
    if control in DECISIVE or not presence:
        status, what, voices = control or "reported", CONTROL, control_voices
    else:
        status, what, voices = presence, PRESENCE, presence_voices
    if last and (last.holder, last.control, last.presence) == (holder, control, presence):
        return None
    moved = [p for p in today if p.holder in (holder, None)]
    return PlaceState(place, day, status, what, holder, control, presence, last.status if last else None,
                      tuple(p.claim for p in moved), tuple(voices), tuple(dict.fromkeys(p.event for p in moved)))


def place_timelines(events: list[LedgerEvent], places: dict[str, Place], rule: Rule) -> dict[str, PlaceTimeline]:
    """A timeline for every place a territorial ledger event happens at."""
    by_place: dict[str, list[LedgerEvent]] = {}
    for event in events:
        if event.type in WHAT:
            for place in event.places:
                by_place.setdefault(place, []).append(event)
    return {pid: timeline(places.get(pid) or Place(id=pid, name=pid), found, rule) for pid, found in by_place.items()}
