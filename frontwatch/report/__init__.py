"""Reports: one analysis as text (``text.py``); the ledger as a situation report, a place's
timeline (Markdown or JSON), and exports (JSON Lines, CSV, GeoJSON).

The ledger's reports load the store and the assessment (SQLAlchemy and all): they are imported
on first use, so ``frontwatch analyze``, which only needs ``text.py``, does not pay for them.
"""
from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "export_ledger": "export", "write_csv": "export", "write_jsonl": "export",
    "feature_collection": "geojson", "write_geojson": "geojson", "to_dict": "lines",
    "render_place": "markdown", "render_situation": "markdown",
    "SituationReport": "situation", "situation_report": "situation",
    "PlaceReport": "timeline", "find_place": "timeline", "place_report": "timeline",
}
__all__ = [
    "PlaceReport", "SituationReport", "export_ledger", "feature_collection", "find_place", "place_report",
    "render_place", "render_situation", "situation_report", "to_dict", "write_csv", "write_geojson", "write_jsonl",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
