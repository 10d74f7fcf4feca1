"""Predictions for a folder of gold documents, in the layout the scorer reads.

``../shared/eval/score.py GOLD_DIR PRED_DIR`` wants ``PRED_DIR/NAME.json`` for every
``GOLD_DIR/NAME.gold.json``; the text is ``NAME.txt`` (or ``article.txt`` for the seed).
Used by the quality gate (tests/test_quality_gate.py) and benchmarks/eval_scores.py.
"""
from __future__ import annotations

from pathlib import Path

from .api import analyze_file
from .errors import InputError
from .resource_set import Resources


def text_for(gold: Path) -> Path:
    name = gold.name[: -len(".gold.json")]
    text = gold.with_name(f"{name}.txt")
    return text if text.exists() else gold.with_name("article.txt")


def predict_gold_dir(gold_dir: Path, pred_dir: Path, resources: Resources | None = None,
                     **overrides: str | None) -> list[Path]:
    """Analyse the text of every gold file into ``pred_dir``; return the files written.

    A text that cannot be analysed (say, a language without resources yet) gets no
    prediction, which the scorer counts as empty: the figures show it.
    """
    pred_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for gold in sorted(gold_dir.glob("*.gold.json")):
        try:
            analysis = analyze_file(text_for(gold), resources, **overrides)
        except InputError:
            continue
        out = pred_dir / f"{gold.name[: -len('.gold.json')]}.json"
        out.write_text(analysis.to_json(), encoding="utf-8")
        written.append(out)
    return written
