"""Firsts from the ledger's own history: the first time a side was claimed, and then confirmed,
to advance into or take a place in a region (admin1: an oblast).

"Russian forces entered Dnipropetrovsk oblast for the first time" is then something the
ledger knows, whether or not a report says "for the first time": it is the earliest claim
supporting a Russian presence or control anywhere in the region, and the earliest day any
place there reached ``confirmed``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Place
from .evidence import SUPPORTS, ClaimEvidence
from .state import PlaceTimeline


@dataclass(frozen=True)
class First:
    side: str
    region: str
    place: str  # where it was first claimed
    event: str  # the ledger event of that claim
    claimed_on: str | None
    claim: ClaimEvidence
    confirmed_on: str | None = None  # the first day a place of the region was confirmed
    confirmed_place: str | None = None
    confirmed_what: str | None = None  # control | presence


def region_of(place: Place) -> str | None:
    """The admin1 region a place lies in (an admin1 place is its own region)."""
    if place.kind == "admin1":
        return place.name
    return place.admin1


def firsts(timelines: dict[str, PlaceTimeline]) -> list[First]:
    found: dict[tuple[str, str], First] = {}
    for timeline in timelines.values():
        region = region_of(timeline.place)
        if not region:
            continue
        for position in timeline.positions:
            if position.holder and position.claim.direction == SUPPORTS:
                key = (position.holder, region)
                day = position.claim.said_on or ""
                if key not in found or day < (found[key].claimed_on or ""):
                    found[key] = First(position.holder, region, timeline.place.id, position.event,
                                       position.claim.said_on, position.claim)
    return [_confirmation(first, timelines) for _, first in sorted(found.items())]


def _confirmation(first: First, timelines: dict[str, PlaceTimeline]) -> First:
    best: tuple[str, str, str] | None = None
    for timeline in timelines.values():
        if region_of(timeline.place) != first.region:
            continue
        for change in timeline.changes:
            confirmed = [w for w, s in (("control", change.control), ("presence", change.presence)) if s == "confirmed"]
            if change.holder == first.side and confirmed and (best is None or (change.on or "") < best[0]):
                best = (change.on or "", timeline.place.id, confirmed[0])
    if best is None:
        return first
    return First(**{**first.__dict__, "confirmed_on": best[0] or None, "confirmed_place": best[1],
                    "confirmed_what": best[2]})
