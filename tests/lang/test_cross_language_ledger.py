"""A Russian report of a capture claim and a Ukrainian report of its denial, read in their own
languages (examples/ledger/ru_*.txt, uk_*.txt), reconcile in the ledger into one event that
carries both claims: "Запорожское" and "Запорізьке" are one village, the ministry's
"освободили" and the General Staff's "спростував ... захоплення" one capture."""
from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.assess import assess_ledger
from frontwatch.ingest.runner import ingest
from frontwatch.settings import load_settings
from frontwatch.store import open_ledger

LEDGER_EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "ledger"
RUSSIAN = sorted(LEDGER_EXAMPLES.glob("ru_*.txt"))
UKRAINIAN = sorted(LEDGER_EXAMPLES.glob("uk_*.txt"))


@pytest.fixture(scope="module")
def assessment(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    settings = load_settings(environ={"FRONTWATCH_HOME": str(home)})
    with open_ledger(str(home / "ledger.db"), settings) as ledger:
        outcomes = [o.status for o in ingest([str(p) for p in RUSSIAN + UKRAINIAN], ledger)]
        assert outcomes == ["stored", "stored"]
        return assess_ledger(ledger)


def test_the_examples_are_one_russian_and_one_ukrainian_report():
    assert len(RUSSIAN) == 1 and len(UKRAINIAN) == 1


def test_the_claim_and_the_denial_are_one_event(assessment):
    captures = [e for e in assessment.events if e.type == "territory.capture"]
    assert len(captures) == 1
    [capture] = captures
    assert len(capture.documents) == 2
    claims = {(c.source, c.stance, c.document.language) for c in capture.claims}
    assert ("ru_mod", "asserts", "ru") in claims
    assert ("ua_general_staff", "denies", "uk") in claims


def test_the_village_is_named_in_both_languages(assessment):
    [capture] = [e for e in assessment.events if e.type == "territory.capture"]
    names = {assessment.place_name(p) for p in capture.places}
    assert "Zaporizke" in names
