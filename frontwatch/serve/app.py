"""The web app: the JSON API (``/api/...``, OpenAPI at ``/api/openapi.json``), the page (``/``), its
own scripts and styles (``/static``) and the web data folder (``/vendor``, ``/data``).

    app = create_app(ledger, settings)            # then any ASGI server: uvicorn, or a TestClient

``create_app`` opens nothing: it is handed the ledger. ``run`` (``frontwatch serve``) opens the
ledger and runs uvicorn.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..models import EVENT_TYPES, STANCES
from ..settings import Settings
from ..store import Ledger
from . import problems, routes_ledger, routes_state
from .assets import STATIC, assets_folder, missing_assets, read_manifest
from .context import ServeContext
from .filters import STATES
from .guards import GuardMiddleware
from .params import Ctx
from .schemas import READ_ERRORS
from .views import claim_days

DESCRIPTION = """The ledger of frontwatch as JSON: documents, statements, claims, actors, places and their
state over time, the reconciled events and the evidence behind each state. Every error has one shape:
`{"ok": false, "status", "code", "error", "errors"}` (docs/api.md). Reading needs no token unless
`serve.private` is set; writing (`POST /api/documents`) needs `Authorization: Bearer <serve.token>`."""


def create_app(ledger: Ledger, settings: Settings, *, assets: Path | None = None) -> FastAPI:
    app = FastAPI(title="frontwatch", version=__version__, description=DESCRIPTION,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)  # no CDN-hosted UI: offline
    app.state.context = ServeContext(ledger, settings, assets or assets_folder(settings))
    problems.install(app)
    app.add_middleware(GuardMiddleware, max_body=settings.serve.max_document_bytes)
    app.include_router(routes_ledger.router)
    app.include_router(routes_state.router)
    app.add_api_route("/api", api_index, methods=["GET"], tags=["meta"], summary="What the API offers",
                      responses=READ_ERRORS)
    app.add_api_route("/api/status", api_status, methods=["GET"], tags=["meta"], summary="The ledger, in figures",
                      responses=READ_ERRORS)
    app.add_api_route("/", index_page, methods=["GET"], include_in_schema=False)
    folder = app.state.context.assets
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/vendor", WebData(directory=folder / "vendor", check_dir=False), name="vendor")
    app.mount("/data", WebData(directory=folder / "data", check_dir=False), name="data")
    return app


class WebData(StaticFiles):
    """The web data folder's files. The folder may not be built yet (scripts/setup_web.sh): every
    file is then a 404 (the page says what to run), and once it is built, it is served."""

    async def check_config(self) -> None:
        if self.directory is not None and Path(self.directory).is_dir():
            await super().check_config()


def index_page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def api_index(ctx: Ctx) -> JSONResponse:
    """The API's paths and the values its enumerated parameters take."""
    paths = ["/api/documents", "/api/documents/{id}", "/api/statements", "/api/claims", "/api/actors",
             "/api/actors/{id}", "/api/places", "/api/places.geojson", "/api/places/{id}",
             "/api/places/{id}/timeline", "/api/places/{id}/evidence", "/api/events", "/api/events/{id}",
             "/api/regions", "/api/status", "/api/openapi.json"]
    return JSONResponse({"frontwatch": __version__, "paths": paths, "event_types": list(EVENT_TYPES),
                         "stances": list(STANCES), "states": list(STATES), "docs": "docs/api.md"})


def api_status(ctx: Ctx) -> JSONResponse:
    """Counts, limits, whether writing is open, the days the state changes span, and the web data."""
    first, last = claim_days(ctx.cache.assessed())
    serve = ctx.settings.serve
    body: dict[str, Any] = {
        "frontwatch": __version__, "ledger": ctx.ledger.counts(), "backend": ctx.ledger.backend.name,
        "writable": bool(serve.token), "private": serve.private,
        "limits": {"page_size": serve.page_size, "max_page_size": serve.max_page_size,
                   "max_document_bytes": serve.max_document_bytes, "max_search_chars": serve.max_search_chars},
        "days": {"first": first, "last": last}, "assessment": ctx.cache.status("assessment"),
        "web": {"missing": missing_assets(ctx.assets), **read_manifest(ctx.assets)},
    }
    return JSONResponse(body)
