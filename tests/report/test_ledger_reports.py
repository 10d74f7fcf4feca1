"""The situation report, the place timeline and the exports, over the example episode."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

from frontwatch.assess import assess_ledger
from frontwatch.errors import UnknownPlace
from frontwatch.report import (export_ledger, feature_collection, place_report, render_place, render_situation,
                               situation_report, to_dict)
from frontwatch.settings import load_settings
from frontwatch.store import open_ledger

from report_episode import ROOT, episode_db  # noqa: F401  (fixture)


@pytest.fixture
def assessment(episode_db, tmp_path):
    with open_ledger(episode_db, load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})) as ledger:
        return assess_ledger(ledger)


def report(assessment, **period):
    return situation_report(assessment, load_settings(environ={}).report, **period)


def test_the_markdown_report_has_every_section_and_every_citation_resolves(assessment):
    text = render_situation(report(assessment, since="2025-08-20", until="2025-08-31"))
    for section in ("## State changes by place", "## Firsts", "## New claims", "## Contradicting claims",
                    "## Key statements by actor", "## Sources"):
        assert section in text
    assert "- 2025-08-29: contested → **confirmed** (RU control)" in text
    assert "RU in Dnipropetrovsk Oblast: first claimed 2025-08-20 (Novoheorhiivka" in text
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text.split("## Sources")[0])}
    listed = {int(n) for n in re.findall(r"^\[(\d+)\]", text.split("## Sources")[1], flags=re.M)}
    assert cited == listed == set(range(1, 7))
    assert "Danube Courier" in text and "(syndicated copy of [" in text


def test_json_and_markdown_say_the_same(assessment):
    situation = report(assessment)
    data = json.loads(json.dumps(to_dict(situation)))
    zaporizke = [(c["on"], c["status"]) for c in data["changes"] if c["place"] == "zaporizke"]
    assert zaporizke == [("2025-08-25", "claimed"), ("2025-08-26", "denied"), ("2025-08-27", "contested"),
                         ("2025-08-29", "confirmed")]
    text = render_situation(situation)
    for change in data["changes"]:
        assert f"**{change['status']}**" in text
    [capture] = [c for c in data["contradictions"] if c["event"] == "territory.capture@zaporizke/2025-08-25"]
    assert [v["source"] for v in capture["disputed_by"]] == ["ua_army"]  # the General Staff has since conceded
    assert {v["source"] for v in capture["supported_by"]} >= {"ru_mod", "ua_gs", "deepstate"}
    speakers = [g["speaker"] for g in data["statements"]]
    assert "ru_mod" in speakers and "ua_gs" in speakers


def test_the_period_and_region_filter_what_is_shown(assessment):
    late = to_dict(report(assessment, since="2025-08-28"))
    assert {(c["place"], c["status"]) for c in late["changes"]} == {("zaporizke", "confirmed"),
                                                                   ("novoheorhiivka", "confirmed")}
    assert all(s["date"] >= "2025-08-28" for g in late["statements"] for s in g["statements"])
    early = to_dict(report(assessment, until="2025-08-25"))
    assert [c["status"] for c in early["changes"]] == ["claimed", "claimed"]
    assert early["contradictions"] == []
    assert to_dict(report(assessment, region="Donetsk Oblast"))["changes"] == []
    assert len(to_dict(report(assessment, region="dnipropetrovsk"))["changes"]) == 8  # 4 per village


def test_a_place_timeline_has_all_its_evidence(assessment):
    timeline = place_report(assessment, "Zapórozhskoye")  # an alias, accents and case ignored
    assert timeline.place.id == "zaporizke"
    assert (timeline.current.status, timeline.current.on) == ("confirmed", "2025-08-29")
    claims = [c for e in timeline.events for c in e.claims]
    assert {c.source for c in claims} >= {"ru_mod", "ua_gs", "ua_army", "deepstate"}
    assert all(c.cites and len(c.offsets) == len(c.cites) for c in claims)
    text = render_place(timeline)
    assert text.startswith("# Zaporizke, Dnipropetrovsk Oblast, UA")
    assert "Now: **confirmed** (RU control) since 2025-08-29" in text


def test_an_unknown_place_is_an_error_with_a_suggestion(assessment):
    with pytest.raises(UnknownPlace, match="did you mean: Zaporizke"):
        place_report(assessment, "Zaporishke")


def test_exports(episode_db, tmp_path, assessment):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    with open_ledger(episode_db, settings) as ledger:
        outputs = {}
        for fmt in ("jsonl", "csv", "geojson"):
            out = io.StringIO()
            export_ledger(ledger, fmt, out)
            outputs[fmt] = out.getvalue()
    records = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert len(records) == 6 and all(r["document"]["text"] and r["ledger"]["content_hash"] for r in records)
    assert sum(1 for r in records if r["ledger"]["syndicated_of"]) == 1
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert len(rows) == sum(len(e.claims) for e in assessment.events)
    assert {"ledger_event", "source_side", "stance", "said_on", "document", "start", "end"} <= set(rows[0])
    collection = json.loads(outputs["geojson"])
    assert collection == json.loads(json.dumps(feature_collection(assessment), ensure_ascii=False))
    features = {f["id"]: f for f in collection["features"]}
    village = features["novoheorhiivka"]
    assert village["geometry"] == {"type": "Point", "coordinates": [36.5699, 47.869]}
    assert village["properties"]["state"]["status"] == "confirmed"
    assert {c["source"] for c in village["properties"]["claims"]} >= {"ru_mod", "ua_gs"}
    assert features["zaporizke"]["geometry"] is None  # no coordinates yet: still a feature, with its claims


def run_cli(tmp_path, *args):
    (tmp_path / "settings.toml").touch()  # our settings, not the user's (FRONTWATCH_HOME holds the gazetteer)
    env = {**os.environ, "FRONTWATCH_SETTINGS": str(tmp_path / "settings.toml")}
    return subprocess.run([sys.executable, "-m", "frontwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_the_commands(episode_db, tmp_path):
    md = run_cli(tmp_path, "report", "--db", episode_db, "--since", "2025-08-26", "--region", "Dnipropetrovsk Oblast")
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Situation report, 2025-08-26 to today: Dnipropetrovsk Oblast")
    data = json.loads(run_cli(tmp_path, "report", "--db", episode_db, "--format", "json").stdout)
    assert data["changes"]
    place = run_cli(tmp_path, "place", "novoheorhiivka", "--db", episode_db, "--json")
    assert json.loads(place.stdout)["current"]["status"] == "confirmed"
    missing = run_cli(tmp_path, "place", "Atlantis", "--db", episode_db)
    assert missing.returncode == 2 and "no place called 'Atlantis'" in missing.stderr
    bad_date = run_cli(tmp_path, "report", "--db", episode_db, "--since", "last week")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    out = tmp_path / "ledger.geojson"
    assert run_cli(tmp_path, "export", "--format", "geojson", "--db", episode_db, "-o", out).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
