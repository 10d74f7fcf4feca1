"""Accuracy on the gold documents: the scorer's figures, overall and per language, as Markdown.

    python benchmarks/eval_scores.py

Analyses ../shared/eval/seed (published 2025-08-27) and ../shared/eval/dev into a
temporary folder and runs ../shared/eval/score.py on each. The output is the table
in docs/quality.md.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from frontwatch.evaluation import predict_gold_dir

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
COLUMNS = [("statements", "f1"), ("statement_channel", "accuracy"), ("statement_date", "accuracy"),
           ("events", "f1"), ("event_claims", "f1"), ("event_date", "accuracy"), ("event_places_25km", "accuracy")]


def score(gold_dir: Path, pred_dir: Path) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_dir), str(pred_dir), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def row(label: str, report: dict) -> str:
    cells = []
    for section, key in COLUMNS:
        value = report[section][key]
        cells.append("n/a" if value is None else f"{value:.3f}")
    return f"| {label} | " + " | ".join(cells) + " |"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        predict_gold_dir(SHARED / "eval" / "seed", Path(tmp) / "seed", published="2025-08-27")
        predict_gold_dir(SHARED / "eval" / "dev", Path(tmp) / "dev")
        seed, dev = score(SHARED / "eval" / "seed", Path(tmp) / "seed"), score(SHARED / "eval" / "dev", Path(tmp) / "dev")
    print("| corpus | statements F1 | channel acc. | statement date acc. | events F1 | claims F1 "
          "| event date acc. | places 25 km |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    print(row("seed (es)", seed["all"]))
    print(row(f"dev, all ({dev['documents']} docs)", dev["all"]))
    for lang, report in dev["by_language"].items():
        print(row(f"dev, {lang}", report))


if __name__ == "__main__":
    main()
