"""``frontwatch place NAME [--json]``: one place's timeline with all its evidence."""
from __future__ import annotations

import argparse
import json

from .ledger_options import add_ledger_options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("place", help="one place's timeline with all its evidence",
                                   description="A place's state over time and every claim about it, with sources.")
    parser.add_argument("name", metavar="NAME", help="the place's name, an alias or its id")
    parser.add_argument("--json", action="store_true", help="the timeline as JSON")
    add_ledger_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not above: the CLI starts without loading the store for other commands.
    from ..assess import assess_ledger
    from ..report import place_report, render_place, to_dict
    from ..settings import load_settings
    from ..store import open_ledger

    settings = load_settings(args.settings)
    with open_ledger(args.db, settings) as ledger:
        report = place_report(assess_ledger(ledger), args.name)
    if args.json:
        print(json.dumps(to_dict(report), ensure_ascii=False, indent=1))
    else:
        print(render_place(report), end="")
    return 0
