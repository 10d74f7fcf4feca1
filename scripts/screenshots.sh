#!/usr/bin/env bash
# The screenshots of docs/web.md (docs/img/*.png), taken by the browser tests in real Chromium over
# the example episode. Needs scripts/setup_web.sh to have run and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
FRONTWATCH_SCREENSHOTS=docs/img "${PYTHON:-.venv/bin/python}" -m pytest -q -p no:cacheprovider tests/serve/test_browser.py
