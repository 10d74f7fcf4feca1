"""The quality gate: the scorer over every gold document, against floors pinned in quality_floors.toml.

Lowering a floor is a deliberate act (edit the file and say why in the commit).
"""
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from shared_paths import ROOT, SHARED, require_shared
from frontwatch.evaluation import predict_gold_dir

FLOORS = tomllib.loads((Path(__file__).parent / "quality_floors.toml").read_text(encoding="utf-8"))
METRICS = {
    "statements_f1": ("statements", "f1"),
    "events_f1": ("events", "f1"),
    "claims_f1": ("event_claims", "f1"),
    "places_25km": ("event_places_25km", "accuracy"),
}


def score(gold_dir: Path, pred_dir: Path) -> dict:
    scorer = SHARED / "eval" / "score.py"
    out = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(pred_dir), "--json"],
                         capture_output=True, text=True, check=True, timeout=300)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    require_shared()
    out = tmp_path_factory.mktemp("pred")
    predict_gold_dir(SHARED / "eval" / "seed", out / "seed", published="2025-08-27")
    predict_gold_dir(SHARED / "eval" / "dev", out / "dev")
    return {"seed": score(SHARED / "eval" / "seed", out / "seed"), "dev": score(SHARED / "eval" / "dev", out / "dev")}


def figure(report: dict, metric: str) -> float | None:
    section, key = METRICS[metric]
    return report[section][key]


CASES = [(corpus, scope, metric, floor)
         for corpus, scopes in FLOORS.items()
         for scope, metrics in scopes.items()
         for metric, floor in metrics.items()]


@pytest.mark.parametrize("corpus,scope,metric,floor", CASES, ids=[f"{c}-{s}-{m}" for c, s, m, _ in CASES])
def test_figure_holds_its_floor(scores, corpus, scope, metric, floor):
    report = scores[corpus]["all"] if scope == "all" else scores[corpus]["by_language"][scope]
    value = figure(report, metric)
    assert value is not None and value >= floor, f"{corpus}/{scope} {metric} = {value}, floor {floor}"
