"""The same documents on SQLite and on PostgreSQL give the same reports and exports."""
from __future__ import annotations

import io
import json

import pytest

from frontwatch.assess import assess_ledger
from frontwatch.ingest.runner import ingest
from frontwatch.report import export_ledger, place_report, render_situation, situation_report, to_dict
from frontwatch.store import open_ledger

from ledger_backends import ROOT, SEED_GOLD, drop_schema, episode, make_url, settings  # noqa: F401  (fixture)


def everything(url, settings) -> dict[str, str]:
    """Every report and export of a ledger, as text."""
    with open_ledger(url, settings) as ledger:
        assessment = assess_ledger(ledger)
        situation = situation_report(assessment, settings.report)
        out = {"md": render_situation(situation), "json": json.dumps(to_dict(situation), sort_keys=True)}
        for place in sorted(assessment.places):
            out[f"place:{place}"] = json.dumps(to_dict(place_report(assessment, place)), sort_keys=True)
        for fmt in ("jsonl", "csv", "geojson"):
            buffer = io.StringIO()
            export_ledger(ledger, fmt, buffer)
            out[fmt] = buffer.getvalue()
    return out


@pytest.fixture
def two_ledgers(tmp_path):
    sqlite, _ = make_url("sqlite", tmp_path)
    postgres, schema = make_url("postgresql", tmp_path)
    yield sqlite, postgres
    drop_schema(schema)


def test_the_annotated_episode_reads_the_same_on_both(two_ledgers, settings):
    if not SEED_GOLD.is_file():
        pytest.skip("the seed's gold annotation is not beside the project")
    for url in two_ledgers:
        with open_ledger(url, settings) as ledger:
            for analysis in episode():
                ledger.add(analysis, origin=analysis.document.id)
    sqlite, postgres = (everything(url, settings) for url in two_ledgers)
    assert sqlite.keys() == postgres.keys()
    for key in sqlite:
        assert sqlite[key] == postgres[key], key
    assert "**confirmed**" in sqlite["md"]


def test_the_same_ingest_run_reports_the_same_on_both(two_ledgers, settings):
    inputs = [str(ROOT / "examples" / "ledger"), str(ROOT / "examples" / "seed.txt")]
    for url in two_ledgers:
        with open_ledger(url, settings) as ledger:
            statuses = [o.status for o in ingest(inputs, ledger)]
        assert statuses.count("failed") == 0 and len(statuses) == 8
    sqlite, postgres = (everything(url, settings) for url in two_ledgers)
    for key in sqlite:
        assert sqlite[key] == postgres[key], key
