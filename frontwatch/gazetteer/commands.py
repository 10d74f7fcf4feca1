"""CLI commands ``gazetteer import|download|build|info`` and ``geocode``.

Each handler parses nothing itself and calls one library function; errors are
FrontwatchErrors, which ``frontwatch.cli.main`` prints as one line before exiting
with status 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .build import BuildReport, build_default, default_path, import_files, is_current, recompile
from .download import download_country
from .errors import GazetteerError
from .gazetteer import Gazetteer
from .geocode import geocode, geocode_batch
from .records import Candidate

__all__ = ["register"]

_DB_HELP = "gazetteer file (default: $FRONTWATCH_HOME/gazetteer.sqlite or ~/.frontwatch/gazetteer.sqlite)"


def register(subparsers: argparse._SubParsersAction) -> None:
    _register_gazetteer(subparsers)
    parser = subparsers.add_parser("geocode", help="place description -> ranked places with coordinates",
                                   description="Resolve a place description ('near Debaltseve', 'Zaporizke, "
                                               "Dnipropetrovsk oblast') to ranked candidates.")
    parser.add_argument("text", nargs="?", help="the description (or use --input)")
    parser.add_argument("--country", metavar="CC", help="ISO country code to stay in")
    parser.add_argument("--admin1", metavar="NAME", help="first-level region, any spelling")
    parser.add_argument("--input", type=Path, metavar="FILE.jsonl",
                        help="JSON Lines of {id, text, country?, admin1?}; prints {id, candidates} lines")
    parser.add_argument("--limit", type=int, default=5, help="candidates per answer (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--db", type=Path, help=_DB_HELP)
    parser.set_defaults(handler=run_geocode)


def _register_gazetteer(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gazetteer", help="build, import into and inspect the gazetteer",
                                   description="Build, import into and inspect the place gazetteer.")
    actions = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import GeoNames, GeoNames postal, KATOTTH or admin1 files",
                             description="Import files in the publishers' formats (told apart by content): "
                                         "a GeoNames geoname table (cities15000.txt, UA.txt, zipped or not), "
                                         "a GeoNames postal-code dump, the KATOTTH codifier (CSV or XLSX), "
                                         "admin1CodesASCII.txt.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--db", type=Path, help=_DB_HELP)
    imp.set_defaults(handler=run_import)
    down = actions.add_parser("download", help="download a GeoNames country dump and import it",
                              description="Download https://download.geonames.org/export/dump/CC.zip and import it.")
    down.add_argument("country", metavar="CC")
    down.add_argument("--postal", action="store_true", help="also the postal-code dump (export/zip/CC.zip)")
    down.add_argument("--url", default=None, help="base URL of the dump folder (a mirror)")
    down.add_argument("--db", type=Path, help=_DB_HELP)
    down.set_defaults(handler=run_download)
    again = actions.add_parser("rebuild", help="compile the imported rows again with this version's rules")
    again.add_argument("--db", type=Path, help=_DB_HELP)
    again.set_defaults(handler=run_rebuild)
    build = actions.add_parser("build", help="build the default gazetteer from installed packages (offline)")
    build.add_argument("--db", type=Path, help=_DB_HELP)
    build.set_defaults(handler=run_build)
    info = actions.add_parser("info", help="what the gazetteer holds and where it comes from")
    info.add_argument("--db", type=Path, help=_DB_HELP)
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=run_info)


def run_import(args: argparse.Namespace) -> int:
    _print_report(import_files(args.files, args.db))
    return 0


def run_download(args: argparse.Namespace) -> int:
    kwargs = {"base_url": args.url} if args.url else {}
    _print_report(download_country(args.country, args.db, postal=args.postal, **kwargs))
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    _print_report(recompile(args.db))
    return 0


def run_build(args: argparse.Namespace) -> int:
    _print_report(build_default(args.db))
    return 0


def run_info(args: argparse.Namespace) -> int:
    with _open(args.db) as gaz:
        info = gaz.info()
    if args.json:
        print(json.dumps(info.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{info.path} (schema {info.schema}, rules {info.compiler}, built {info.built})")
    print("places: " + ", ".join(f"{kind} {count}" for kind, count in sorted(info.places.items())))
    print(f"keys: {info.keys}")
    for source in info.sources:
        print(f"  {source['kind']:9} {source['rows']:>7} rows  {source['label']}  ({source['imported']})")
    for default in info.default_sources:
        print(f"  default: {default['label']}: {default['licence']}")
    print("Place data (c) GeoNames (geonames.org), CC BY 4.0; KATOTTH: Ministry for Communities and "
          "Territories Development of Ukraine, open data.")
    return 0


def run_geocode(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.input is None):
        raise GazetteerError("geocode needs a TEXT or --input FILE.jsonl (one of the two)")
    with _open(args.db) as gaz:
        if args.input is not None:
            with args.input.open(encoding="utf-8") as lines:
                for answer in geocode_batch(gaz, lines, source=str(args.input), limit=args.limit):
                    print(json.dumps(answer, ensure_ascii=False), flush=True)
            return 0
        found = geocode(gaz, args.text, args.country, args.admin1, limit=args.limit)
    if args.json:
        print(json.dumps({"text": args.text, "candidates": [c.to_dict() for c in found]}, ensure_ascii=False))
    else:
        print("\n".join(_line(c) for c in found) if found else "no place found", flush=True)
    return 0


def _open(db: Path | None) -> Gazetteer:
    if db is None and not is_current(default_path()):
        print("frontwatch: building the default gazetteer (first use, about a minute)...", file=sys.stderr)
    return Gazetteer.open(db)


def _line(c: Candidate) -> str:
    where = f"{c.lat:.4f}, {c.lon:.4f}" if c.has_coordinates else "no coordinates"
    precision = f" ({c.precision})" if c.precision not in (None, "point") else ""
    region = ", ".join(filter(None, [c.admin2, c.admin1, c.country]))
    return f"{c.score:.2f}  {c.name} [{c.kind}] {region}: {where}{precision}  {c.place_id}"


def _print_report(report: BuildReport) -> None:
    for label, kind, rows in report.sources:
        print(f"{kind:9} {rows:>7} rows  {label}")
    print(f"{report.path}: {report.places} places, {report.seconds:.1f} s")
