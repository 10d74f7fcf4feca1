"""``frontwatch ingest``: every document analysed by the pipeline and stored once; bad ones reported."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from frontwatch.ingest.runner import ingest
from frontwatch.settings import load_settings
from frontwatch.store import open_ledger

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "ledger"
SEED = ROOT / "examples" / "seed.txt"


def run_cli(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    # Our own (empty) settings file, not the user's; FRONTWATCH_HOME stays, as it holds the gazetteer.
    (tmp_path / "settings.toml").touch()
    env = {**os.environ, "FRONTWATCH_SETTINGS": str(tmp_path / "settings.toml")}
    return subprocess.run([sys.executable, "-m", "frontwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def counts(db: Path, tmp_path: Path) -> dict[str, int]:
    with open_ledger(str(db), load_settings(environ={"FRONTWATCH_HOME": str(tmp_path / "home")})) as ledger:
        return ledger.counts()


def test_a_folder_is_ingested_once_and_a_rerun_stores_nothing(tmp_path):
    db = tmp_path / "ledger.db"
    first = run_cli(tmp_path, "ingest", EXAMPLES, SEED, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "8 documents: 7 stored, 1 syndicated copies (stored, linked), 0 already stored, 0 failed" in first.stdout
    stored = counts(db, tmp_path)
    assert (stored["documents"], stored["syndicated"]) == (8, 1)
    again = run_cli(tmp_path, "ingest", EXAMPLES, SEED, "--db", db)
    assert again.returncode == 0, again.stderr
    assert "8 documents: 0 stored, 0 syndicated copies (stored, linked), 8 already stored, 0 failed" in again.stdout
    assert counts(db, tmp_path) == stored


def test_bad_documents_get_one_line_each_and_the_run_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (inputs / "good.txt").write_text((EXAMPLES / "en_meridian_2025-08-21_russia-says-it-took-novoheorhiivka.txt")
                                     .read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "batch.jsonl").write_text(json.dumps({"text": "Las tropas rusas entraron en la aldea, dijo el ejército.",
                                                    "published": "2025-08-27", "source": "X"}) + "\n{oops\n")
    db = tmp_path / "ledger.db"
    result = run_cli(tmp_path, "ingest", inputs, tmp_path / "missing.txt", "--db", db)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert all(line.startswith("frontwatch: error: ") for line in errors)
    assert "batch.jsonl:2" in errors[0] and "not valid JSON" in errors[0]
    assert "empty.txt" in errors[1] and "empty" in errors[1]
    assert "picture.html" in errors[2] and "PNG" in errors[2]
    assert "missing.txt" in errors[3] and "no such file" in errors[3]
    assert counts(db, tmp_path)["documents"] == 2


def test_progress_bar_on_request(tmp_path):
    result = run_cli(tmp_path, "ingest", EXAMPLES, "--db", tmp_path / "ledger.db", "--progress")
    assert result.returncode == 0, result.stderr
    assert "ingest [" in result.stderr and "7/7" in result.stderr
    quiet = run_cli(tmp_path, "ingest", EXAMPLES, "--db", tmp_path / "ledger.db")
    assert quiet.stderr == ""  # not a terminal, no --progress: no bar


def test_a_feed_is_ingested_item_by_item(tmp_path):
    article = (EXAMPLES / "en_meridian_2025-08-25_russia-claims-zaporizke.txt").read_text(encoding="utf-8")
    body = article.split("---\n", 1)[1]
    pages = {"/a/1": f"<html><head><title>Russia claims Zaporizke</title></head><body><article>"
                     f"{''.join(f'<p>{p}</p>' for p in body.split(chr(10) * 2))}</article></body></html>"}
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Meridian Wire</title>"
            "<item><title>Russia claims Zaporizke</title><link>https://mw.example/a/1</link>"
            "<pubDate>Mon, 25 Aug 2025 10:00:00 GMT</pubDate></item>"
            "<item><title>Gone</title><link>https://mw.example/a/2</link></item></channel></rss>")

    def web(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed":
            return httpx.Response(200, headers={"content-type": "application/rss+xml"}, text=feed)
        if request.url.path in pages:
            return httpx.Response(200, headers={"content-type": "text/html"}, text=pages[request.url.path])
        return httpx.Response(404)

    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    with open_ledger(str(tmp_path / "ledger.db"), settings) as ledger:
        outcomes = list(ingest(["https://mw.example/feed"], ledger, transport=httpx.MockTransport(web)))
        again = list(ingest(["https://mw.example/feed"], ledger, transport=httpx.MockTransport(web)))
        [stored] = list(ledger.stored_analyses())
    assert [(o.name, o.status) for o in outcomes] == [("https://mw.example/a/1", "stored"),
                                                     ("https://mw.example/a/2", "failed")]
    assert [o.status for o in again] == ["duplicate", "failed"]
    doc = stored.analysis.document
    assert (doc.url, doc.published, doc.source, doc.language) == ("https://mw.example/a/1", "2025-08-25",
                                                                  "Meridian Wire", "en")
    assert doc.text.startswith("MOSCOW, Aug 25 (Meridian Wire)")
