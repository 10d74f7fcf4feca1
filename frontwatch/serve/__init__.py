"""``frontwatch serve``: a JSON API over the ledger and a web app (map, timeline, evidence).

    from frontwatch.serve import create_app, setup_assets
    app = create_app(ledger, settings)        # an ASGI app (FastAPI); needs the ``web`` extra

Layout: ``app`` builds the app; ``routes_ledger`` and ``routes_state`` are the HTTP layer, thin over
``queries`` (SQL listings), ``views`` (the assessment as JSON), ``documents`` (the evidence view of
a document) and ``posting`` (analyse and store a posted document); ``guards`` (token, limits,
security headers) and ``problems`` (the one error shape) wrap every route; ``assets`` builds the
web data folder (``geometry`` does its maths); ``server`` runs uvicorn. docs/api.md, docs/web.md.

FastAPI is imported only when the app is built, so the CLI (and ``frontwatch web setup``) works
without the ``web`` extra.
"""
from __future__ import annotations

from typing import Any

from .assets import import_oblasts, missing_assets, setup_assets

__all__ = ["create_app", "import_oblasts", "missing_assets", "setup_assets"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
