"""The ``frontwatch`` command: a thin shell over the library API.

Every command module registers its own subcommand; library errors are turned
into one line on stderr and exit status 2 here, in one place.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .commands import analyze, export, ingest, place, report, serve
from .errors import FrontwatchError
from .gazetteer import commands as gazetteer_commands

DESCRIPTION = "War reporting -> a ledger of statements, events and claims, with the evidence for each."
COMMANDS = (analyze, gazetteer_commands, ingest, report, place, export, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontwatch", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"frontwatch {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except FrontwatchError as err:
        print(f"frontwatch: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("frontwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
