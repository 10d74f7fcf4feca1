"""The assessment as the API shows it: places with their state on any day, the ledger's events, and
the evidence behind both (every claim with its source, stance, chain, date and document).

A place's state on a day is the last change of its timeline on or before that day (the rule of
docs/assessment.md, applied by ``frontwatch.assess``); before its first claim a place has none.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any

from ..assess import ClaimEvidence, LedgerEvent, PlaceState, PlaceTimeline, region_of
from ..errors import NotFound
from ..models import Place
from ..report import find_place
from ..store.records import StoredDocument
from .cache import Assessed
from .filters import Filters, Listing, Page, paginate, place_matches, places_in_region, spans_period, text_matches


def state_on(timeline: PlaceTimeline | None, day: str | None, days: list[str] | None = None) -> PlaceState | None:
    """The state on ``day``; ``days``: the days of the timeline's changes, when known (a bisection)."""
    if timeline is None:
        return None
    if day is None:
        return timeline.current
    days = days if days is not None else [c.on or "" for c in timeline.changes]
    index = bisect_right(days, day)
    return timeline.changes[index - 1] if index else None


def _state(assessed: Assessed, place_id: str, day: str | None) -> PlaceState | None:
    return state_on(assessed.assessment.places.get(place_id), day, assessed.change_days.get(place_id))


def state_json(state: PlaceState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {"status": state.status, "what": state.what, "holder": state.holder, "since": state.on,
            "previous": state.previous, "control": state.control, "presence": state.presence}


def changes_json(assessed: Assessed, place_id: str) -> list[dict[str, Any]]:
    """The compact history a map needs to show any day without asking again."""
    return assessed.changes.get(place_id, [])


def place_item(assessed: Assessed, place: Place, on: str | None) -> dict[str, Any]:
    events = assessed.events_at.get(place.id, [])
    return {"id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
            "admin1": place.admin1, "region": region_of(place), "lat": place.lat, "lon": place.lon,
            "state": state_json(_state(assessed, place.id, on)), "events": len(events),
            "claims": sum(len(assessed.claims[e.id]) for e in events)}


def _place_selected(assessed: Assessed, place: Place, filters: Filters, region: set[str] | None) -> bool:
    if filters.q and not place_matches(place, filters.q):
        return False
    if region is not None and place.id not in region:
        return False
    if filters.kind and place.kind != filters.kind:
        return False
    if filters.state:
        return _status(assessed, place.id, filters.on) == filters.state
    return True


def selected_places(assessed: Assessed, filters: Filters) -> list[Place]:
    region = places_in_region(assessed.places.values(), filters.region) if filters.region else None
    chosen = [p for p in assessed.places.values() if _place_selected(assessed, p, filters, region)]
    return sorted(chosen, key=lambda p: (p.name.casefold(), p.id))


def list_places(assessed: Assessed, filters: Filters, page: Page) -> Listing:
    return paginate(selected_places(assessed, filters), page, lambda p: place_item(assessed, p, filters.on))


def place_features(assessed: Assessed, filters: Filters) -> dict[str, Any]:
    """GeoJSON (RFC 7946) of the places: their state on ``filters.on`` and their whole history.
    A place without coordinates is a feature with a null geometry, as in the report's export."""
    features = []
    for place in selected_places(assessed, filters):
        geometry = ({"type": "Point", "coordinates": [place.lon, place.lat]}
                    if place.lat is not None and place.lon is not None else None)
        properties = {**place_item(assessed, place, filters.on),
                      "changes": changes_json(assessed, place.id)}
        features.append({"type": "Feature", "id": place.id, "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features, "on": filters.on}


def get_place(assessed: Assessed, key: str) -> Place:
    """A place by id (or by name or alias: ``report.find_place``); UnknownPlace (404) otherwise."""
    if key in assessed.places:
        return assessed.places[key]
    return find_place(assessed.assessment, key)


# -- claims and events -------------------------------------------------------------------------

def document_ref(document: StoredDocument) -> dict[str, Any]:
    return {"id": document.id, "name": document.name, "title": document.title, "source": document.source,
            "published": document.published, "url": document.url, "syndicated_of": document.syndicated_of,
            "label": document.label()}


def actor_ref(assessed: Assessed, actor_id: str | None) -> dict[str, Any]:
    actor = assessed.assessment.actors.get(actor_id or "")
    return {"id": actor_id, "name": assessed.assessment.actor_name(actor_id),
            "side": actor.side if actor else None, "kind": actor.kind if actor else None}


def claim_json(assessed: Assessed, claim: ClaimEvidence) -> dict[str, Any]:
    return {"source": actor_ref(assessed, claim.source), "stance": claim.stance, "direction": claim.direction,
            "via": [actor_ref(assessed, v) for v in claim.via], "said_on": claim.said_on, "quote": claim.quote,
            "statement": claim.statement, "event": assessed.ledger_event_of.get((claim.document.id, claim.event)),
            "document": document_ref(claim.document), "start": claim.start, "end": claim.end,
            "by_publisher": claim.by_publisher}


def event_item(assessed: Assessed, event: LedgerEvent) -> dict[str, Any]:
    claims = assessed.claims[event.id]
    return {"id": event.id, "type": event.type, "first_date": event.first_date, "last_date": event.last_date,
            "places": [{"id": p, "name": assessed.assessment.place_name(p)} for p in event.places],
            "actors": [actor_ref(assessed, a) for a in event.actors], "documents": len(event.documents),
            "claims": len(claims), "stances": dict(Counter(c.stance for c in claims))}


def _event_text(assessed: Assessed, event: LedgerEvent) -> list[str | None]:
    names = [assessed.assessment.place_name(p) for p in event.places]
    names += [assessed.assessment.actor_name(a) for a in event.actors]
    claims = assessed.claims[event.id]
    return [event.type, *names, *(c.quote for c in claims), *(assessed.assessment.actor_name(c.source) for c in claims)]


def _event_selected(assessed: Assessed, event: LedgerEvent, filters: Filters, region: set[str] | None) -> bool:
    if filters.type and event.type != filters.type:
        return False
    if not spans_period(event.first_date, event.last_date, filters.since, filters.until):
        return False
    if filters.actor and filters.actor not in event.actors and \
            all(c.source != filters.actor for c in assessed.claims[event.id]):
        return False
    if filters.place and filters.place not in event.places:
        return False
    if region is not None and not region.intersection(event.places):
        return False
    if filters.document is not None and filters.document not in event.documents:
        return False
    if filters.state and not any(_status(assessed, p, filters.on) == filters.state for p in event.places):
        return False
    return not filters.q or text_matches(filters.q, *_event_text(assessed, event))


def _status(assessed: Assessed, place_id: str, on: str | None) -> str:
    state = _state(assessed, place_id, on)
    return state.status if state else "none"


def list_events(assessed: Assessed, filters: Filters, page: Page) -> Listing:
    region = places_in_region(assessed.places.values(), filters.region) if filters.region else None
    chosen = [e for e in assessed.assessment.events if _event_selected(assessed, e, filters, region)]
    chosen.sort(key=lambda e: (e.first_date or "", e.id), reverse=filters.order != "oldest")
    return paginate(chosen, page, lambda e: event_item(assessed, e))


def get_event(assessed: Assessed, event_id: str) -> LedgerEvent:
    event = assessed.events.get(event_id)
    if event is None:
        raise NotFound(f"no ledger event '{event_id}' (event ids come from GET /api/events)")
    return event


def event_evidence(assessed: Assessed, event: LedgerEvent) -> dict[str, Any]:
    reports = [{"document": document_ref(r.document), "event": r.event.id, "date": r.date} for r in event.reports]
    return {**event_item(assessed, event), "claims": [claim_json(assessed, c) for c in assessed.claims[event.id]],
            "reports": reports}


def place_evidence(assessed: Assessed, place: Place) -> dict[str, Any]:
    """Everything behind a place's state: each change with the claims that moved it, and every
    ledger event at the place with all its claims."""
    timeline = assessed.assessment.places.get(place.id)
    changes = [{**(state_json(c) or {}), "on": c.on, "claims": [claim_json(assessed, e) for e in c.evidence]}
               for c in (timeline.changes if timeline else ())]
    events = [event_evidence(assessed, e) for e in assessed.events_at.get(place.id, [])]
    return {"place": place_item(assessed, place, None), "changes": changes, "events": events}


def claim_days(assessed: Assessed) -> tuple[str | None, str | None]:
    """The first and last day any state changed: the range a time slider needs."""
    days = [c.on for t in assessed.assessment.places.values() for c in t.changes if c.on]
    return (min(days), max(days)) if days else (None, None)

