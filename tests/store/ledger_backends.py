"""Test helpers for the store: a ledger URL per back end (SQLite file, PostgreSQL schema) and the
example episode as stored analyses.

PostgreSQL: the server of ``FRONTWATCH_TEST_POSTGRES`` (default: postgresql://postgres@127.0.0.1:5432/test).
Each test gets its own schema, named after this run (``fwtest_<pid>_<random>_<n>``), dropped
afterwards, so runs (and tests) never see each other's rows. Where no server answers, the
PostgreSQL variants are skipped with the reason (shown by ``-ra``).
"""
from __future__ import annotations

import itertools
import json
import os
import secrets
from pathlib import Path

import pytest

from frontwatch.ingest.textfile import read_document
from frontwatch.models import Analysis
from frontwatch.settings import Settings, load_settings
from postgres_server import POSTGRES, drop_schema, postgres_unavailable  # noqa: F401  (re-exported)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "ledger"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed" / "seed.gold.json"
RUN = f"fwtest_{os.getpid()}_{secrets.token_hex(3)}"
_schemas = itertools.count(1)
BACKENDS = ("sqlite", "postgresql")


def make_url(backend: str, tmp_path: Path) -> tuple[str, str | None]:
    """(a fresh ledger URL for ``backend``, the PostgreSQL schema to drop afterwards)."""
    if backend == "sqlite":
        return str(tmp_path / f"ledger-{next(_schemas)}.db"), None
    reason = postgres_unavailable()
    if reason:
        pytest.skip(f"PostgreSQL back end not tested: {reason}")
    schema = f"{RUN}_{next(_schemas)}"
    return f"{POSTGRES}?schema={schema}", schema


@pytest.fixture(params=BACKENDS)
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path):
    url, schema = make_url(request.param, tmp_path)
    yield url
    if schema:
        drop_schema(schema)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(environ={"FRONTWATCH_HOME": str(tmp_path / "home")})


def gold_analysis(gold: Path, text: Path) -> Analysis:
    """A gold annotation as an analysis, with its document's body (what ``ledger.add`` stores)."""
    analysis = Analysis.from_dict(json.loads(gold.read_text(encoding="utf-8")))
    analysis.document.text = read_document(text, supported=["en", "es", "it", "ru", "uk"]).text
    return analysis


def episode() -> list[Analysis]:
    """The Zaporizke / Novoheorhiivka episode: the examples' gold analyses and the seed's, in file order."""
    found = [gold_analysis(g, g.with_name(g.name.replace(".gold.json", ".txt")))
             for g in sorted(EXAMPLES.glob("*.gold.json"))]
    if SEED_GOLD.is_file():
        found.append(gold_analysis(SEED_GOLD, ROOT / "examples" / "seed.txt"))
    return found
