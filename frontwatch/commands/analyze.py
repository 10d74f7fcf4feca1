"""``frontwatch analyze FILE...``: print each file's analysis, as JSON or as a readable report."""
from __future__ import annotations

import argparse
import sys

from ..api import analyze_files
from ..errors import InputError
from ..report.text import render_analysis


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="analyse text files: statements, events, claims",
                                   description="Analyse text files (an optional header block, then the body).")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--published", help="publication date (YYYY-MM-DD), base for relative dates")
    parser.add_argument("--source", help="the publisher (outlet) of the text")
    parser.add_argument("--lang", help="language code (es, en, ...); detected when not given")
    parser.add_argument("--json", action="store_true", help="one FORMAT.md JSON object per line")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    failed = False
    results = analyze_files(args.files, published=args.published, outlet=args.source, language=args.lang)
    for path, result in results:
        if isinstance(result, InputError):
            print(f"frontwatch: error: {result}", file=sys.stderr)
            failed = True
        elif args.json:
            print(result.to_json(), flush=True)
        else:
            print(render_analysis(result), flush=True)
    return 2 if failed else 0
