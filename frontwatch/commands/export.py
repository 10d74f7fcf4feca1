"""``frontwatch export --format jsonl|csv|geojson [--output FILE]``: the ledger for other tools."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import FrontwatchError
from .ledger_options import add_ledger_options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="the ledger as JSON Lines, CSV or GeoJSON",
                                   description="jsonl: one analysis per document; csv: one row per claim; "
                                               "geojson: one feature per place, with its state and claims.")
    parser.add_argument("--format", choices=("jsonl", "csv", "geojson"), required=True)
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    add_ledger_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not above: the CLI starts without loading the store for other commands.
    from ..report import export_ledger
    from ..settings import load_settings
    from ..store import open_ledger

    settings = load_settings(args.settings)
    with open_ledger(args.db, settings) as ledger:
        if not args.output:
            export_ledger(ledger, args.format, sys.stdout)
            return 0
        try:
            with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                export_ledger(ledger, args.format, out)
        except OSError as err:
            raise FrontwatchError(f"{args.output}: cannot be written ({err.strerror})") from None
    return 0
