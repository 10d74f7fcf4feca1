"""``frontwatch serve``: the web app and JSON API over the ledger; ``frontwatch web``: its data folder.

    frontwatch serve [--db URL] [--host HOST] [--port N] [--settings FILE]
    frontwatch web setup [--node-modules DIR] [--oblasts FILE] [--countries FILE]
    frontwatch web import-oblasts FILE [--name-property KEY] [--attribution TEXT]
    frontwatch web status
"""
from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from ..settings import Settings, load_settings
from .ledger_options import DB_HELP, SETTINGS_HELP


def port_number(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1 to 65535)")
    return int(value)


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser("serve", help="a local web app and JSON API over the ledger",
                                  description="Serve the map, the timeline and the evidence view, and the JSON API "
                                              "(docs/api.md, docs/web.md). Ctrl-C stops it.")
    serve.add_argument("--db", help=DB_HELP)
    serve.add_argument("--host", help="the address to listen on (default: serve.host, 127.0.0.1)")
    serve.add_argument("--port", type=port_number, help="the port (default: serve.port, 8750)")
    serve.add_argument("--settings", metavar="FILE", help=SETTINGS_HELP)
    serve.set_defaults(handler=run_serve)
    _register_web(subparsers)


def _register_web(subparsers: argparse._SubParsersAction) -> None:
    web = subparsers.add_parser("web", help="the web app's data: map libraries and boundaries",
                                description="Build or inspect the web data folder (serve.assets, default <home>/web).")
    web.add_argument("--settings", metavar="FILE", help=SETTINGS_HELP)
    actions = web.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="copy the npm libraries and build the base map (after npm ci)")
    setup.add_argument("--node-modules", metavar="DIR", type=Path, help="where npm installed the packages "
                       "(default: frontwatch/serve/web/node_modules)")
    setup.add_argument("--oblasts", metavar="FILE", type=Path, help="an oblast GeoJSON/TopoJSON to import as well")
    setup.add_argument("--countries", metavar="FILE", type=Path,
                       help="country outlines (GeoJSON or TopoJSON) instead of npm's world-atlas")
    setup.set_defaults(handler=run_setup)
    oblasts = actions.add_parser("import-oblasts", help="import an oblast (admin-1) outline file")
    oblasts.add_argument("file", metavar="FILE", type=Path, help="GeoJSON or TopoJSON, e.g. Minregion's oblasts")
    oblasts.add_argument("--name-property", metavar="KEY", help="the property holding the name (default: guessed)")
    oblasts.add_argument("--attribution", metavar="TEXT", help="the credit the map shows for it")
    oblasts.set_defaults(handler=run_import_oblasts)
    status = actions.add_parser("status", help="what the web data folder holds")
    status.set_defaults(handler=run_status)


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.settings)
    changes = {k: v for k, v in (("host", getattr(args, "host", None)), ("port", getattr(args, "port", None)))
               if v is not None}
    return settings.replace(serve=dataclasses.replace(settings.serve, **changes)) if changes else settings


def run_serve(args: argparse.Namespace) -> int:
    from ..serve.server import run

    run(_settings(args), args.db)
    return 0


def run_setup(args: argparse.Namespace) -> int:
    from ..serve.assets import NODE_MODULES, assets_folder, setup_assets

    folder = assets_folder(_settings(args))
    manifest = setup_assets(folder, args.node_modules or NODE_MODULES, oblasts=args.oblasts, countries=args.countries)
    print(f"web data in {folder}:\n{json.dumps(manifest, ensure_ascii=False, indent=1)}")
    return 0


def run_import_oblasts(args: argparse.Namespace) -> int:
    from ..serve.assets import assets_folder, import_oblasts

    folder = assets_folder(_settings(args))
    entry = import_oblasts(folder, args.file, name_property=args.name_property, attribution=args.attribution)
    print(f"{entry['features']} oblasts from {args.file} in {folder / 'data' / 'oblasts.geojson'} "
          f"(credit shown: {entry['attribution']}; Crimea {'included' if entry['crimea'] else 'NOT included'})")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from ..serve.assets import assets_folder, missing_assets, read_manifest

    folder = assets_folder(_settings(args))
    missing = missing_assets(folder)
    report = {"folder": str(folder), "missing": missing, **read_manifest(folder)}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if missing else 0
