"""Reconciliation: the events several reports tell of one happening become one ledger event.

Two reported events are the same event when (docs/assessment.md, "Reconciliation"):

* they have the same type;
* they happen at the same place: a territorial event (capture, advance, withdrawal) is split
  first into one event per place ("Russia took Zaporizke and Novoheorhiivka" is two captures,
  which other reports may tell apart), leaving out the places another one lies in (the oblast
  and the country of "Zaporizke, in Ukraine's Dnipropetrovsk region"), and two of them match on
  that place; any other event matches when their place sets intersect, or neither names a place;
* their dates lie within ``reconcile.window_days`` of the ledger event's first date (an
  undated event takes its document's publication day);
* their actors are compatible: the sides of their actors intersect, or one side is unknown
  (a Russian capture and a Ukrainian recapture of one village are two events).

Reported events are taken in date order, so the result does not depend on ingestion order.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..models import Actor, Event, Place
from .evidence import ClaimEvidence, ReportedEvent

TERRITORIAL = ("territory.capture", "territory.advance", "territory.withdrawal")


@dataclass(frozen=True)
class LedgerEvent:
    id: str
    type: str
    places: tuple[str, ...]
    actors: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    reports: tuple[ReportedEvent, ...]

    @property
    def claims(self) -> tuple[ClaimEvidence, ...]:
        return tuple(sorted((c for r in self.reports for c in r.claims), key=ClaimEvidence.sort_key))

    @property
    def documents(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(r.document.id for r in self.reports))


@dataclass
class _Cluster:
    type: str
    places: set[str]
    anchor: tuple[dt.date, dt.date] | None  # the span of its first date
    sides: set[str]
    actors: dict[str, None] = field(default_factory=dict)
    reports: list[ReportedEvent] = field(default_factory=list)


def _span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date covers: one day, a whole month (``2025-08``) or year (``2025``)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None


def _gap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two spans (0 when they overlap)."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _within(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` lies in ``outer`` (a settlement in its oblast, anything in its country)."""
    if inner.id == outer.id:
        return False
    if outer.kind == "country":
        return inner.kind != "country" and bool(outer.country) and inner.country == outer.country
    return outer.kind == "admin1" and inner.kind != "admin1" and bool(inner.admin1) and inner.admin1 == outer.name


def most_specific(place_ids: list[str], places: dict[str, Place]) -> list[str]:
    """The places of a list that no other place of the list lies in: "Zaporizke, in Ukraine's
    Dnipropetrovsk region" was taken at Zaporizke, not in all of Ukraine."""
    known = [places[p] for p in place_ids if p in places]
    return [p for p in place_ids if p not in places or not any(_within(q, places[p]) for q in known)]


def split_by_place(reported: ReportedEvent, places: dict[str, Place]) -> list[ReportedEvent]:
    """A territorial event per place it happened at; other events stay whole."""
    event = reported.event
    if event.type not in TERRITORIAL or len(event.places) <= 1:
        return [reported]
    return [replace(reported, event=replace(event, places=[place])) for place in most_specific(event.places, places)]


def _sides(event: Event, actors: dict[str, Actor]) -> set[str]:
    return {side for a in event.actors if a in actors and (side := actors[a].side)}


def _matches(cluster: _Cluster, reported: ReportedEvent, sides: set[str], window: int) -> bool:
    places = set(reported.event.places)
    if cluster.places != places and (not cluster.places & places):
        return False
    span = _span(reported.date)
    if cluster.anchor and span and _gap(cluster.anchor, span) > window:
        return False
    if cluster.sides and sides and not cluster.sides & sides:
        return False
    if places:
        return True
    # Two events with no place at all must at least share an actor ("talks" alone says little).
    ours, theirs = set(cluster.actors), set(reported.event.actors)
    return not ours or not theirs or bool(ours & theirs)


def reconcile(reported: Iterable[ReportedEvent], actors: dict[str, Actor], places: dict[str, Place],
              window_days: int) -> list[LedgerEvent]:
    units = sorted((u for r in reported for u in split_by_place(r, places)),
                   key=lambda u: (u.date or "", u.document.published or "", u.document.name, u.event.id))
    open_clusters: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    clusters: list[_Cluster] = []
    for unit in units:
        sides, span = _sides(unit.event, actors), _span(unit.date)
        keys = [(unit.event.type, p) for p in unit.event.places] or [(unit.event.type, "")]
        if span:  # units come in date order: a cluster left behind by the window stays behind
            for key in keys:
                open_clusters[key] = [c for c in open_clusters[key]
                                      if not c.anchor or (span[0] - c.anchor[1]).days <= window_days]
        candidates = [c for key in keys for c in open_clusters[key]]
        cluster = next((c for c in candidates if _matches(c, unit, sides, window_days)), None)
        if cluster is None:
            cluster = _Cluster(unit.event.type, set(unit.event.places), span, set(sides))
            clusters.append(cluster)
            for key in keys:
                open_clusters[key].append(cluster)
        cluster.reports.append(unit)
        cluster.sides |= sides
        cluster.actors.update(dict.fromkeys(unit.event.actors))
    return _ledger_events(clusters)


def _ledger_events(clusters: list[_Cluster]) -> list[LedgerEvent]:
    events, taken = [], set()
    for cluster in clusters:
        dates = sorted(r.date for r in cluster.reports if r.date)
        places = tuple(dict.fromkeys(p for r in cluster.reports for p in r.event.places))
        base = f"{cluster.type}@{places[0] if places else '-'}/{dates[0] if dates else 'undated'}"
        ledger_id, n = base, 1
        while ledger_id in taken:
            n += 1
            ledger_id = f"{base}#{n}"
        taken.add(ledger_id)
        events.append(LedgerEvent(ledger_id, cluster.type, places, tuple(cluster.actors),
                                  dates[0] if dates else None, dates[-1] if dates else None, tuple(cluster.reports)))
    return events
