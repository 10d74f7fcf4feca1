"""The example episode (examples/ledger and the seed, as annotated) in a SQLite ledger, for report tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.ingest.textfile import read_document
from frontwatch.models import Analysis
from frontwatch.settings import load_settings
from frontwatch.store import open_ledger

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "ledger"
SEED_GOLD = ROOT.parent / "shared" / "eval" / "seed" / "seed.gold.json"


def _analysis(gold: Path, text: Path) -> Analysis:
    analysis = Analysis.from_dict(json.loads(gold.read_text(encoding="utf-8")))
    analysis.document.text = read_document(text, supported=["en", "es"]).text
    return analysis


@pytest.fixture
def episode_db(tmp_path: Path) -> str:
    """A ledger file holding the episode; skipped without ../shared (the seed's annotation)."""
    if not SEED_GOLD.is_file():
        pytest.skip(f"the seed's gold annotation is not beside the project ({SEED_GOLD})")
    db = str(tmp_path / "episode.db")
    pairs = [(g, g.with_name(g.name.replace(".gold.json", ".txt"))) for g in sorted(EXAMPLES.glob("*.gold.json"))]
    with open_ledger(db, load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})) as ledger:
        for gold, text in [*pairs, (SEED_GOLD, ROOT / "examples" / "seed.txt")]:
            ledger.add(_analysis(gold, text), origin=str(text))
    return db
