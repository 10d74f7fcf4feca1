"""The options every ledger command spells the same way: ``--db`` and ``--settings``."""
from __future__ import annotations

import argparse

DB_HELP = "the ledger: a file path or a postgresql:// URL (default: see docs/ledger.md)"
SETTINGS_HELP = "a settings file (default: see docs/settings.md)"


def add_ledger_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--settings", metavar="FILE", help=SETTINGS_HELP)
