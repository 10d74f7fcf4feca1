"""Reports: one analysis as text (``text.py``); the ledger as a situation report, a place's
timeline (Markdown or JSON), and exports (JSON Lines, CSV, GeoJSON)."""
from __future__ import annotations

from .export import export_ledger, write_csv, write_jsonl
from .geojson import feature_collection, write_geojson
from .lines import to_dict
from .markdown import render_place, render_situation
from .situation import SituationReport, situation_report
from .timeline import PlaceReport, find_place, place_report

__all__ = [
    "PlaceReport", "SituationReport", "export_ledger", "feature_collection", "find_place", "place_report", "render_place",
    "render_situation", "situation_report", "to_dict", "write_csv", "write_geojson", "write_jsonl",
]
