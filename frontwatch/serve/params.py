"""The query parameters the routes share, each documented once (they show in the OpenAPI), and the
list envelope every listing returns:

    {"items": [...], "total": 1234, "limit": 50, "offset": 100, "next": "/api/claims?...&offset=150"}
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse

from ..errors import InvalidParameter, QueryTooLong
from ..models import EVENT_TYPES, STANCES
from .context import ServeContext
from .filters import ORDERS, STATES, Filters, Listing, Page
from .guards import reader

MAX_OFFSET = 10_000_000

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Stance = Literal[STANCES]  # type: ignore[valid-type]
State = Literal[STATES]  # type: ignore[valid-type]
Order = Literal[ORDERS]  # type: ignore[valid-type]

Since = Annotated[dt.date | None, Query(description="from this day on (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="up to this day, included (YYYY-MM-DD)")]
On = Annotated[dt.date | None, Query(description="the day to read each place's state on (default: the latest)")]
Search = Annotated[str | None, Query(description="text search: every word must match (case and accents ignored); "
                                                 "`word*` matches a prefix")]
ActorId = Annotated[str | None, Query(description="an actor id (GET /api/actors)")]
Region = Annotated[str | None, Query(max_length=200, description="a region (oblast) by name, e.g. `Dnipropetrovsk`")]
PlaceId = Annotated[str | None, Query(max_length=200, description="a place id (GET /api/places)")]
TypeParam = Annotated[EventType | None, Query(description="an event type (FORMAT.md)")]
StateParam = Annotated[State | None, Query(description="a place state on the day `on`; `none`: no state yet")]
StanceParam = Annotated[Stance | None, Query(description="a claim's stance")]
OrderParam = Annotated[Order, Query(description="`newest` first (default) or `oldest` first")]
Outlet = Annotated[str | None, Query(max_length=200, description="the outlet (publisher), case ignored")]
Language = Annotated[str | None, Query(max_length=16, description="a language code (`es`, `en`...)")]
DocumentId = Annotated[int | None, Query(ge=1, description="a document id (GET /api/documents)")]
Ctx = Annotated[ServeContext, Depends(reader)]


def page(ctx: Ctx,
         limit: Annotated[int | None, Query(ge=1, description="items per page (default `serve.page_size`, at most "
                                                               "`serve.max_page_size`)")] = None,
         offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")] = 0) -> Page:
    largest = ctx.settings.serve.max_page_size
    if limit is not None and limit > largest:
        raise InvalidParameter(f"limit {limit} is over the largest page, {largest} (serve.max_page_size)",
                               [{"parameter": "limit", "message": f"at most {largest}"}])
    return Page(limit or min(ctx.settings.serve.page_size, largest), offset)


PageParam = Annotated[Page, Depends(page)]


def filters(ctx: ServeContext, **values: Any) -> Filters:
    """The Filters of a request: dates as ISO strings, the search text checked against its limit."""
    q = values.get("q")
    limit = ctx.settings.serve.max_search_chars
    if q is not None and len(q) > limit:
        raise QueryTooLong(f"the search text is {len(q):,} characters; the limit is {limit:,} "
                           "(serve.max_search_chars)", [{"parameter": "q", "message": f"at most {limit} characters"}])
    if q is not None and not q.strip():
        values["q"] = None
    for name in ("since", "until", "on"):
        if isinstance(values.get(name), dt.date):
            values[name] = values[name].isoformat()
    if values.get("since") and values.get("until") and values["since"] > values["until"]:
        raise InvalidParameter("since is after until", [{"parameter": "since", "message": "after until"}])
    return Filters(**values)


def listing_response(request: Request, listing: Listing) -> JSONResponse:
    following = listing.page.offset + listing.page.limit
    next_url = None
    if following < listing.total:
        next_url = str(request.url.include_query_params(offset=following, limit=listing.page.limit))
        next_url = next_url[len(str(request.base_url)) - 1:]  # a path, whatever host the client used
    return JSONResponse({"items": listing.items, "total": listing.total, "limit": listing.page.limit,
                         "offset": listing.page.offset, "next": next_url, **listing.extra})
