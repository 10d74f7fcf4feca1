"""``frontwatch ingest PATH|URL|FEED... [--db URL]``: analyse documents and store them in the ledger."""
from __future__ import annotations

import argparse
import sys

from .ledger_options import add_ledger_options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="analyse documents and store them in the ledger",
        description="Read text files (with a header block), HTML pages, feeds, folders and JSON Lines "
                    "batches; analyse each document and store it with its analysis, once.")
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL|FEED")
    add_ledger_options(parser)
    parser.add_argument("--progress", action="store_true",
                        help="show a progress bar even when stderr is not a terminal")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here, not above: the CLI starts without loading the store for other commands.
    from ..ingest.progress import ProgressBar
    from ..ingest.runner import Summary, count_items, ingest
    from ..settings import load_settings
    from ..store import open_ledger

    settings = load_settings(args.settings)
    show = args.progress or sys.stderr.isatty()
    bar = ProgressBar(sys.stderr, count_items(args.inputs) if show else None, enabled=show)
    summary = Summary()
    with open_ledger(args.db, settings) as ledger:
        try:
            for outcome in ingest(args.inputs, ledger):
                summary.add(outcome)
                bar.update(outcome.status)
                if outcome.error is not None:
                    bar.message(f"frontwatch: error: {outcome.error}")
        finally:  # an interrupted run still says what it stored
            bar.close()
            print(f"ingested {summary}", flush=True)
    return 2 if summary.failed else 0
