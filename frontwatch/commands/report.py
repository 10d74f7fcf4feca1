"""``frontwatch report [--since DATE] [--until DATE] [--region NAME] [--format md|json]``: a situation report."""
from __future__ import annotations

import argparse
import datetime as dt
import json

from .ledger_options import add_ledger_options


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="a situation report from the ledger",
        description="State changes by place, firsts, new and contradicting claims and key statements by "
                    "actor, each line citing its documents.")
    parser.add_argument("--since", type=iso_date, metavar="DATE", help="from this day (YYYY-MM-DD)")
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="up to this day, included")
    parser.add_argument("--region", metavar="NAME", help="only places in this region (an oblast) or of this name")
    parser.add_argument("--format", choices=("md", "json"), default="md")
    add_ledger_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not above: the CLI starts without loading the store for other commands.
    from ..assess import assess_ledger
    from ..report import render_situation, situation_report, to_dict
    from ..settings import load_settings
    from ..store import open_ledger

    settings = load_settings(args.settings)
    with open_ledger(args.db, settings) as ledger:
        report = situation_report(assess_ledger(ledger), settings.report, args.since, args.until, args.region)
    if args.format == "json":
        print(json.dumps(to_dict(report), ensure_ascii=False, indent=1))
    else:
        print(render_situation(report), end="")
    return 0
