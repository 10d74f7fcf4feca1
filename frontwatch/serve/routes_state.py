"""Routes over the assessment (``frontwatch.assess``): places and their state on any day, GeoJSON
for the map, a place's timeline and evidence, the ledger's reconciled events, the regions.
The assessment is built once per ledger state (``cache.LedgerCache``)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from ..assess import region_of
from ..models import PLACE_KINDS
from ..report import place_report, to_dict
from . import views
from .params import (
    ActorId,
    Ctx,
    DocumentId,
    On,
    OrderParam,
    PageParam,
    PlaceId,
    Region,
    Search,
    Since,
    StateParam,
    TypeParam,
    Until,
    filters,
    listing_response,
)
from .schemas import READ_ERRORS, ListEnvelope, error_responses

router = APIRouter(prefix="/api", responses=READ_ERRORS)
PlaceKind = Annotated[str | None, Query(pattern="^(" + "|".join(PLACE_KINDS) + ")$",
                                        description=f"one of: {', '.join(PLACE_KINDS)}")]


@router.get("/places", tags=["places"], response_model=ListEnvelope, summary="Places and their state")
def list_places(request: Request, ctx: Ctx, page: PageParam, on: On = None, state: StateParam = None,
                region: Region = None, q: Search = None, kind: PlaceKind = None) -> JSONResponse:
    """Every place an event of the ledger happens at, by name, with its state on the day `on`
    (default: the latest): `status` (claimed, confirmed, denied, contested, reported), the `holder`
    (the side said to hold or be in it), `what` (control or presence) and `since`."""
    f = filters(ctx, on=on, state=state, region=region, q=q, kind=kind)
    return listing_response(request, views.list_places(ctx.cache.assessed(), f, page))


@router.get("/places.geojson", tags=["places"], summary="Places and their state, as GeoJSON")
def places_geojson(ctx: Ctx, on: On = None, state: StateParam = None, region: Region = None, q: Search = None,
                   kind: PlaceKind = None) -> JSONResponse:
    """A FeatureCollection (RFC 7946): one Point per place with its state on `on` and its whole
    history (`changes`), so a map can show any day without asking again. Not paged."""
    f = filters(ctx, on=on, state=state, region=region, q=q, kind=kind)
    return JSONResponse(views.place_features(ctx.cache.assessed(), f), media_type="application/geo+json")


@router.get("/places/{place_id:path}/timeline", tags=["places"], summary="A place's timeline (report JSON)",
            responses=error_responses(404))
def place_timeline(ctx: Ctx, place_id: str) -> JSONResponse:
    """The report layer's place timeline (`frontwatch place NAME --json`): each change of state with
    the claims that moved it, every event at the place, and the numbered references they cite.
    `place_id` may also be a name or an alias."""
    assessed = ctx.cache.assessed()
    place = views.get_place(assessed, place_id)
    return JSONResponse(to_dict(place_report(assessed.assessment, place.id)))


@router.get("/places/{place_id:path}/evidence", tags=["places"], summary="The evidence behind a place's state",
            responses=error_responses(404))
def place_evidence(ctx: Ctx, place_id: str) -> JSONResponse:
    """Each change of state with the claims that moved it, and each ledger event at the place with
    all its claims: source, stance, chain (`via`), day said, quote, document (id, to open it) and
    the offsets of the words in the document."""
    assessed = ctx.cache.assessed()
    return JSONResponse(views.place_evidence(assessed, views.get_place(assessed, place_id)))


@router.get("/places/{place_id:path}", tags=["places"], summary="One place", responses=error_responses(404))
def get_place(ctx: Ctx, place_id: str, on: On = None) -> JSONResponse:
    assessed = ctx.cache.assessed()
    place = views.get_place(assessed, place_id)
    f = filters(ctx, on=on)
    item = views.place_item(assessed, place, f.on)
    return JSONResponse({**item, "aliases": place.aliases,
                         "changes": views.changes_json(assessed, place.id)})


@router.get("/events", tags=["events"], response_model=ListEnvelope, summary="The ledger's events")
def list_events(request: Request, ctx: Ctx, page: PageParam, since: Since = None, until: Until = None,
                type: TypeParam = None, actor: ActorId = None, region: Region = None, place: PlaceId = None,
                state: StateParam = None, on: On = None, document: DocumentId = None, q: Search = None,
                order: OrderParam = "newest") -> JSONResponse:
    """Events as the ledger reconciles them: one happening told by several reports is one event
    (docs/assessment.md). `actor`: it acted or vouches for it; `state`: a place of the event has that
    state on `on`; `q`: type, places, actors and quoted words. Each as each document tells it: GET
    /api/documents/{id}."""
    f = filters(ctx, since=since, until=until, type=type, actor=actor, region=region, place=place, state=state,
                on=on, document=document, q=q, order=order)
    return listing_response(request, views.list_events(ctx.cache.assessed(), f, page))


@router.get("/events/{event_id:path}", tags=["events"], summary="One ledger event and all its claims",
            responses=error_responses(404))
def get_event(ctx: Ctx, event_id: str) -> JSONResponse:
    assessed = ctx.cache.assessed()
    return JSONResponse(views.event_evidence(assessed, views.get_event(assessed, event_id)))


@router.get("/regions", tags=["places"], summary="Regions (oblasts) with events")
def list_regions(ctx: Ctx) -> JSONResponse:
    """Each region some place of the ledger lies in, with how many places and ledger events."""
    assessed = ctx.cache.assessed()
    regions: dict[str, dict[str, Any]] = {}
    for place_id, events in assessed.events_at.items():
        place = assessed.places[place_id]
        region = region_of(place)
        if region:
            entry = regions.setdefault(region, {"name": region, "places": 0, "events": set()})
            entry["places"] += 1
            entry["events"].update(e.id for e in events)
    items = [{**r, "events": len(r["events"])} for r in sorted(regions.values(), key=lambda r: r["name"])]
    return JSONResponse({"items": items, "total": len(items)})

