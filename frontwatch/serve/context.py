"""What every request reads: the ledger, the settings, the cache of what is derived from the whole
ledger, the web data folder and the analyst for posted documents. One per app, made at startup."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request

from ..settings import Settings
from ..store import Ledger
from .cache import LedgerCache
from .posting import Analyst


@dataclass
class ServeContext:
    ledger: Ledger
    settings: Settings
    assets: Path
    cache: LedgerCache = field(init=False)
    analyst: Analyst = field(default_factory=Analyst)

    def __post_init__(self) -> None:
        self.cache = LedgerCache(self.ledger)


def context_of(request: Request) -> ServeContext:
    context: ServeContext = request.app.state.context
    return context
