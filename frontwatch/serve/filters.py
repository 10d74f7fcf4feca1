"""What a listing asks for: filters, a page, and the matching rules both SQL and in-memory lists share.

Every filter is optional and they combine with AND. Dates are ISO strings of any precision the
ledger keeps (a day, a month, a year): a month is in a period when any of its days is, as in the
reports (``report.lines.Period``). A region matches a place that is the region (an oblast by name,
case and accents folded, "Dnipropetrovsk" or "dnipropetrovsk oblast") or lies in it (``admin1``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..assess import region_of
from ..models import Actor, Place
from ..store.fingerprint import fold

T = TypeVar("T")
ORDERS = ("newest", "oldest")
STATES = ("claimed", "confirmed", "denied", "contested", "reported", "none")


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int = 0


@dataclass(frozen=True)
class Filters:
    since: str | None = None
    until: str | None = None
    q: str | None = None  # text search
    actor: str | None = None  # an actor id
    region: str | None = None
    place: str | None = None  # a place id
    type: str | None = None  # an event type
    state: str | None = None  # a place state (STATES)
    stance: str | None = None
    kind: str | None = None  # statement, actor or place kind
    side: str | None = None
    source: str | None = None  # the outlet
    language: str | None = None
    document: int | None = None
    on: str | None = None  # the day a place state is read on (None: the latest)
    order: str = "newest"


@dataclass(frozen=True)
class Listing:
    """One page of a list, and how many items the whole list holds."""

    items: list[dict[str, Any]]
    total: int
    page: Page
    extra: dict[str, Any] = field(default_factory=dict)


def in_period(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= since[:len(day)]) and (until is None or day[:10] <= until)


def spans_period(first: str | None, last: str | None, since: str | None, until: str | None) -> bool:
    """Whether a span of days (first..last) meets the period."""
    if since is None and until is None:
        return True
    if first is None:
        return False
    last = last or first
    return (since is None or last >= since[:len(last)]) and (until is None or first[:10] <= until)


def _place_names(place: Place) -> set[str]:
    return {fold(place.id), fold(place.name), fold(region_of(place) or "")} - {""}


def region_matches(place: Place, region: str) -> bool:
    wanted = fold(region.strip())
    names = _place_names(place)
    return wanted in names or any(name.startswith(wanted + " ") for name in names)


def places_in_region(places: Iterable[Place], region: str) -> set[str]:
    return {p.id for p in places if region_matches(p, region)}


def text_matches(query: str, *texts: str | None) -> bool:
    """Every word of the query is in one of the texts (case and accents folded)."""
    haystack = " ".join(fold(t) for t in texts if t)
    return all(word in haystack for word in fold(query).split())


def actor_matches(actor: Actor, query: str) -> bool:
    return text_matches(query, actor.id, actor.name, actor.role, *actor.aliases)


def place_matches(place: Place, query: str) -> bool:
    return text_matches(query, place.id, place.name, *place.aliases)


def paginate(chosen: Sequence[T], page: Page, to_item: Callable[[T], dict[str, Any]]) -> Listing:
    """One page of an in-memory list: only its items are turned into JSON."""
    return Listing([to_item(x) for x in chosen[page.offset:page.offset + page.limit]], len(chosen), page)
