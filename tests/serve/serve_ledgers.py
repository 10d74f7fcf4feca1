"""Ledgers for the serve tests: the example episode (examples/ledger and the seed), either as annotated
(the gold files: the same analyses on every run, whatever the pipeline does) or as the pipeline
analyses it (``frontwatch ingest``), and the settings to serve them with."""
from __future__ import annotations

import dataclasses
import json
import os
import secrets
from pathlib import Path
from typing import Any

from frontwatch.ingest.runner import ingest
from frontwatch.ingest.textfile import read_document
from frontwatch.models import Analysis
from frontwatch.settings import Settings, load_settings
from frontwatch.store import open_ledger
from postgres_server import POSTGRES, drop_schema, postgres_unavailable  # noqa: F401  (re-exported)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "ledger"
SEED = ROOT / "examples" / "seed.txt"
SEED_GOLD = SHARED / "eval" / "seed" / "seed.gold.json"
OBLASTS = SHARED / "data" / "boundaries" / "ua_oblasts_minregion_2020_simplified_0.01deg.geojson"
OBLASTS_FULL = SHARED / "data" / "boundaries" / "ua_oblasts_minregion_2020.geojson"
COUNTRIES_NE = SHARED / "data" / "boundaries" / "ne_50m_admin_0_countries.geojson"
ZAPORIZKE = "katotth:UA12140050040024246"
TOKEN = "test-token-0123456789abcdef"
# A report whose quote carries markup meant to run in a reader's browser.
HOSTILE = """title: <img src=x onerror="window.__pwned=1"> Russia says it holds Zaporizke
outlet: Test <b>Wire</b>
date: 2025-08-28
language: en
---
MOSCOW, Aug 28 (Test Wire) - Russia's Defence Ministry said on Thursday that its troops held the villages of \
Zaporizke and Novoheorhiivka in Ukraine's Dnipropetrovsk region.

"Our forces have captured Zaporizke <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>," \
the ministry said in a statement.
"""


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def serve_settings(home: Path, **serve: Any) -> Settings:
    settings = load_settings(environ={"FRONTWATCH_HOME": str(home)})
    return settings.replace(serve=dataclasses.replace(settings.serve, **serve))


def episode_files() -> list[Path]:
    return [*sorted(EXAMPLES.glob("*.txt")), SEED]


def store_gold_episode(db: Path, home: Path) -> Path:
    """The episode as annotated by hand, stored as ``frontwatch ingest`` would store the analyses."""
    pairs = [(g, g.with_name(g.name.replace(".gold.json", ".txt"))) for g in sorted(EXAMPLES.glob("*.gold.json"))]
    with open_ledger(str(db), serve_settings(home)) as ledger:
        for gold, text in [*pairs, (SEED_GOLD, SEED)]:
            analysis = Analysis.from_dict(json.loads(gold.read_text(encoding="utf-8")))
            analysis.document.text = read_document(text, supported=["en", "es"]).text
            ledger.add(analysis, origin=str(text))
    return db


def ingest_episode(db: Path, home: Path, extra: list[Path] | None = None) -> Path:
    """The episode (and ``extra`` files) read and analysed by the pipeline, as ``frontwatch ingest`` does."""
    with open_ledger(str(db), serve_settings(home)) as ledger:
        outcomes = list(ingest([str(p) for p in [*episode_files(), *(extra or [])]], ledger))
    failed = [o for o in outcomes if o.status == "failed"]
    assert not failed, failed
    return db


def fresh_schema() -> str:
    return f"fwserve_{os.getpid()}_{secrets.token_hex(3)}"
