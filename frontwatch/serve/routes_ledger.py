"""Routes over what the ledger stores: documents (and posting one), statements, claims, actors.
Each route checks its parameters and calls one library function (``queries``, ``documents``,
``posting``); nothing else happens here."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..errors import NotFound
from ..models import ACTOR_KINDS, STATEMENT_KINDS, Actor
from . import queries
from .context import ServeContext
from .documents import document_view
from .filters import Filters, actor_matches, paginate
from .guards import writer
from .params import (
    ActorId,
    Ctx,
    DocumentId,
    Language,
    OrderParam,
    Outlet,
    PageParam,
    PlaceId,
    Region,
    Search,
    Since,
    StanceParam,
    TypeParam,
    Until,
    filters,
    listing_response,
)
from .posting import parse_body
from .schemas import READ_ERRORS, ListEnvelope, PostedDocumentBody, PostedResult, error_responses

router = APIRouter(prefix="/api", responses=READ_ERRORS)


def _kind(kinds: tuple[str, ...]) -> Any:
    return Query(pattern="^(" + "|".join(kinds) + ")$", description=f"one of: {', '.join(kinds)}")


SideParam = Annotated[str | None, Query(pattern="^[A-Z]{2}$", description="an ISO country code (`UA`, `RU`, ...)")]
StatementKind = Annotated[str | None, _kind(STATEMENT_KINDS)]
ActorKind = Annotated[str | None, _kind(ACTOR_KINDS)]


@router.get("/documents", tags=["documents"], response_model=ListEnvelope, summary="Stored documents")
def list_documents(request: Request, ctx: Ctx, page: PageParam, since: Since = None, until: Until = None,
                   q: Search = None, actor: ActorId = None, region: Region = None, place: PlaceId = None,
                   type: TypeParam = None, source: Outlet = None, language: Language = None,
                   order: OrderParam = "newest") -> JSONResponse:
    """Documents by publication day. `actor`: documents where the actor speaks or vouches for a claim;
    `region`, `place`, `type`: documents reporting an event there or of that type; `q`: full text."""
    f = filters(ctx, since=since, until=until, q=q, actor=actor, region=region, place=place, type=type,
                source=source, language=language, order=order)
    return listing_response(request, queries.list_documents(ctx.ledger, f, page, ctx.cache.registry().places))


@router.get("/documents/{document_id}", tags=["documents"], summary="One document, its text and analysis",
            responses=error_responses(404))
def get_document(ctx: Ctx, document_id: Annotated[int, Path(ge=1)]) -> JSONResponse:
    """The body, the analysis (FORMAT.md shape) and `spans` to highlight: statements, cues, event
    triggers, speakers and places (`start`, `end`: character offsets of `text`, end exclusive)."""
    stored = next(iter(ctx.ledger.stored_analyses([document_id])), None)
    if stored is None:
        raise NotFound(f"no document {document_id} in the ledger")
    return JSONResponse(document_view(stored))


@router.post("/documents", tags=["documents"], status_code=201, response_model=PostedResult,
             summary="Analyse and store a new document",
             responses=error_responses(401, 403, 413, 415, 422),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": PostedDocumentBody.model_json_schema()},
                 "text/plain": {"schema": {"type": "string", "description": "the text, with an optional header block"}},
             }}})
async def post_document(request: Request, ctx: Annotated[ServeContext, Depends(writer)]) -> JSONResponse:
    """Needs `Authorization: Bearer <serve.token>`. The body (JSON or plain text) is at most
    `serve.max_document_bytes`. 201 when stored, 200 when the ledger holds it already."""
    posted = parse_body(await request.body(), request.headers.get("content-type", ""))
    outcome = await run_in_threadpool(ctx.analyst.store, ctx.ledger, posted)
    body = {"status": outcome.status, "syndicated_of": outcome.syndicated_of,
            "document": {"id": outcome.document_id, "url": f"/api/documents/{outcome.document_id}"}}
    return JSONResponse(body, status_code=200 if outcome.status == "duplicate" else 201)


@router.get("/statements", tags=["statements"], response_model=ListEnvelope, summary="Statements")
def list_statements(request: Request, ctx: Ctx, page: PageParam, since: Since = None, until: Until = None,
                    q: Search = None, actor: ActorId = None, kind: StatementKind = None,
                    region: Region = None, place: PlaceId = None, document: DocumentId = None,
                    source: Outlet = None, language: Language = None, order: OrderParam = "newest") -> JSONResponse:
    """Who said what. `actor`: the speaker; the day is the statement's date, else its document's;
    `region`/`place`: statements in documents reporting an event there; `q`: full text of the words said."""
    f = filters(ctx, since=since, until=until, q=q, actor=actor, kind=kind, region=region, place=place,
                document=document, source=source, language=language, order=order)
    return listing_response(request, queries.list_statements(ctx.ledger, f, page, ctx.cache.registry().places))


@router.get("/claims", tags=["claims"], response_model=ListEnvelope, summary="Claims")
def list_claims(request: Request, ctx: Ctx, page: PageParam, since: Since = None, until: Until = None,
                q: Search = None, actor: ActorId = None, stance: StanceParam = None, type: TypeParam = None,
                region: Region = None, place: PlaceId = None, document: DocumentId = None, source: Outlet = None,
                language: Language = None, order: OrderParam = "newest") -> JSONResponse:
    """Who vouches for which event, as each document reports it. `actor`: the claim's source; the day
    is when it was said (the statement's date, else the publication day); `q`: the quoted words."""
    f = filters(ctx, since=since, until=until, q=q, actor=actor, stance=stance, type=type, region=region,
                place=place, document=document, source=source, language=language, order=order)
    return listing_response(request, queries.list_claims(ctx.ledger, f, page, ctx.cache.registry().places))


@router.get("/actors", tags=["actors"], response_model=ListEnvelope, summary="Actors")
def list_actors(request: Request, ctx: Ctx, page: PageParam, q: Search = None,
                side: SideParam = None, kind: ActorKind = None) -> JSONResponse:
    """The actors the ledger's analyses refer to, the most cited first, with how many statements
    they made and claims they vouch for. `q`: name, alias, role or id."""
    f = filters(ctx, q=q, side=side, kind=kind)
    registry = ctx.cache.registry()
    return listing_response(request, paginate(actor_items(ctx, f), page, lambda a: _actor_item(
        a.to_dict(), registry.actor_counts.get(a.id))))


@router.get("/actors/{actor_id:path}", tags=["actors"], summary="One actor", responses=error_responses(404))
def get_actor(ctx: Ctx, actor_id: str) -> JSONResponse:
    registry = ctx.cache.registry()
    actor = registry.actors.get(actor_id)
    if actor is None:
        raise NotFound(f"no actor '{actor_id}' in the ledger (GET /api/actors lists them)")
    return JSONResponse(_actor_item(actor.to_dict(), registry.actor_counts.get(actor_id)))


def _actor_item(data: dict[str, Any], counts: dict[str, int] | None) -> dict[str, Any]:
    return {**data, "statements": (counts or {}).get("statements", 0), "claims": (counts or {}).get("claims", 0)}


def actor_items(ctx: ServeContext, f: Filters) -> list[Actor]:
    """The actors the filters select, the most cited first."""
    registry = ctx.cache.registry()
    chosen = [a for a in registry.actors.values()
              if (not f.q or actor_matches(a, f.q)) and (not f.side or a.side == f.side)
              and (not f.kind or a.kind == f.kind)]

    def cited(actor: Actor) -> int:
        counts = registry.actor_counts.get(actor.id, {})
        return counts.get("claims", 0) + counts.get("statements", 0)

    return sorted(chosen, key=lambda a: (-cited(a), a.name.casefold(), a.id))

