#!/usr/bin/env bash
# Set up everything the test suite needs and run it (the README's second command; .ci/run calls it).
#
#   1. Debian's chromium for the browser tests (never `playwright install`), when apt is there;
#   2. a virtual environment with frontwatch and its test extra (pytest, jsonschema, playwright...);
#   3. the web app's npm packages and map data (scripts/setup_web.sh);
#   4. pytest, with the reason printed for anything skipped (-ra).
# The PostgreSQL tests use the server on 127.0.0.1:5432 (database `test`) and skip, saying why,
# when none answers; on CI one is started first when it is installed but not running.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi

python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
if command -v npm >/dev/null 2>&1; then
    bash scripts/setup_web.sh >/dev/null
else
    echo "scripts/test.sh: npm not found: the browser tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest -q "$@"
