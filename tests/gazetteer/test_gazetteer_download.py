"""``gazetteer download``: the real download code against a local HTTP server."""
import functools
import http.server
import threading
import zipfile

import pytest

from gazetteer_data import CITIES, lines, require_shared
from frontwatch.cli import main
from frontwatch.gazetteer import DownloadError, Gazetteer
from frontwatch.gazetteer.download import download_country


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A dump folder like download.geonames.org/export/dump, with UA.zip cut from cities15000."""
    require_shared()
    folder = tmp_path_factory.mktemp("dump")
    with zipfile.ZipFile(folder / "UA.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", "".join(line for line in lines(CITIES) if line.split("\t")[8] == "UA"))
        archive.writestr("readme.txt", "GeoNames country dump (test copy)")
    (folder / "XX.zip").write_text("this is not a zip archive", encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_and_import(server, tmp_path):
    db = tmp_path / "g.sqlite"
    report = download_country("ua", db, base_url=server)
    assert [(kind, member_rows > 200) for _label, kind, member_rows in report.sources] == [("geonames", True)]
    with Gazetteer.open(db) as gaz:
        assert gaz.lookup("Kharkov")[0].name == "Kharkiv"


def test_cli_download(server, tmp_path, capsys):
    db = tmp_path / "cli.sqlite"
    assert main(["gazetteer", "download", "UA", "--url", server, "--db", str(db)]) == 0
    assert "places" in capsys.readouterr().out and db.exists()


@pytest.mark.parametrize("country,message", [("RU", "HTTP 404"), ("XX", "not a zip"), ("Ukraine", "two-letter")])
def test_download_errors(server, tmp_path, country, message):
    with pytest.raises(DownloadError, match=message):
        download_country(country, tmp_path / "g.sqlite", base_url=server)
    assert not (tmp_path / "g.sqlite").exists()


def test_unreachable_server(tmp_path):
    with pytest.raises(DownloadError, match="127.0.0.1:9"):
        download_country("UA", tmp_path / "g.sqlite", base_url="http://127.0.0.1:9", timeout=5)
