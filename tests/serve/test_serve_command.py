"""``frontwatch serve``: the settings it refuses to run with, a port in use, the command line."""
from __future__ import annotations

import socket

import pytest
from serve_ledgers import TOKEN, serve_settings

from frontwatch.cli import build_parser
from frontwatch.errors import ServeError
from frontwatch.serve.server import check_port, check_settings


@pytest.mark.parametrize("serve, message", [
    ({"token": "short"}, "at least 16"),
    ({"private": True}, "needs serve.token"),
    ({"page_size": 600}, "over serve.max_page_size"),
])
def test_settings_the_server_refuses(tmp_path, serve, message):
    with pytest.raises(ServeError, match=message):
        check_settings(serve_settings(tmp_path, **serve))


def test_settings_it_runs_with_say_what_is_missing(tmp_path):
    warnings = check_settings(serve_settings(tmp_path))
    assert any("setup_web.sh" in w for w in warnings) and any("read-only" in w for w in warnings)
    assert not any("read-only" in w for w in check_settings(serve_settings(tmp_path, token=TOKEN)))


def test_a_port_in_use_is_an_error_that_says_so():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError, match=f"127.0.0.1:{port} is in use"):
            check_port("127.0.0.1", port)


def test_the_command_line():
    args = build_parser().parse_args(["serve", "--db", "ledger.db", "--port", "9001", "--host", "0.0.0.0"])
    assert (args.db, args.port, args.host) == ("ledger.db", 9001, "0.0.0.0")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--port", "70000"])
    web = build_parser().parse_args(["web", "import-oblasts", "oblasts.geojson", "--attribution", "© Someone"])
    assert web.attribution == "© Someone" and str(web.file) == "oblasts.geojson"
