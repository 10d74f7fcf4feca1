"""What ``frontwatch ingest`` reads, before any analysis: pages, feeds, batches, folders, URLs.

The network is a ``httpx.MockTransport``: these tests never leave the machine.
"""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from frontwatch.errors import (BatchRecordError, DocumentTooLarge, FeedError, FetchError, InputError,
                               NoMainText)
from frontwatch.ingest.sources import Item, Sources
from frontwatch.ingest.urls import Fetcher, slug
from frontwatch.settings import IngestSettings

LANGS = ["en", "es"]
ARTICLE = ("Russian forces have captured the village of Zaporizke in Ukraine's Dnipropetrovsk region, "
           "Russia's Defence Ministry said on Monday. The ministry said units of its Vostok group had "
           "liberated the village after days of fighting. Kyiv did not immediately respond to the claim.")


def page(body: str = ARTICLE, title: str = "Russia claims Zaporizke", date: str = "2025-08-25") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<meta property="og:site_name" content="Meridian Wire"><meta property="article:published_time" content="{date}">
<link rel="canonical" href="https://meridian-wire.example/2025/08/25/zaporizke"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>{title}</h1><p>{body}</p>
<p>The report could not be independently verified by the agency, which has no reporters in the area.</p></article>
<footer>© 2025 Meridian Wire. All rights reserved. Contact | Privacy | Terms</footer></body></html>"""


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Meridian Wire: World</title><link>https://meridian-wire.example/</link>
<item><title>Russia claims Zaporizke</title><link>https://meridian-wire.example/a/1</link>
<guid>mw-1</guid><pubDate>Mon, 25 Aug 2025 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>https://meridian-wire.example/a/404</link><guid>mw-2</guid></item>
<item><title>Inline only</title><guid>mw-3</guid><pubDate>Tue, 26 Aug 2025 08:00:00 GMT</pubDate>
<description><![CDATA[<p>{article}</p>]]></description></item>
</channel></rss>""".replace("{article}", ARTICLE)


def web(request: httpx.Request) -> httpx.Response:
    routes = {
        "/a/1": (200, "text/html; charset=utf-8", page()),
        "/feed.xml": (200, "application/rss+xml", RSS),
        "/feed-as-text": (200, "text/plain", RSS),
        "/plain.txt": (200, "text/plain; charset=utf-8", "title: Plain\ndate: 2025-08-26\n---\n" + ARTICLE),
        "/big": (200, "text/html", "x" * 5000),
    }
    status, kind, text = routes.get(request.url.path, (404, "text/html", "not found"))
    return httpx.Response(status, headers={"content-type": kind}, text=text)


@pytest.fixture
def sources():
    with Fetcher(IngestSettings(max_bytes=4096), httpx.MockTransport(web)) as fetcher:
        yield Sources(LANGS, fetcher)


def read_all(sources: Sources, *inputs: str) -> list[tuple[str, object]]:
    """(name, Document or InputError) for each item, as the ingest loop sees them."""
    out: list[tuple[str, object]] = []
    for item in sources.expand(inputs):
        if isinstance(item, InputError):
            out.append((item.source, item))
            continue
        assert isinstance(item, Item)
        try:
            out.append((item.name, item.read()))
        except InputError as err:
            out.append((item.name, err))
    return out


def test_an_html_file_gives_the_main_text_and_its_metadata(tmp_path, sources):
    saved = tmp_path / "zaporizke.html"
    saved.write_text(page(), encoding="utf-8")
    [(_, doc)] = read_all(sources, str(saved))
    assert doc.text.startswith("Russian forces have captured") and "cookies" not in doc.text
    assert "Home" not in doc.text and "rights reserved" not in doc.text
    assert (doc.id, doc.title, doc.source, doc.published, doc.language) == (
        "zaporizke", "Russia claims Zaporizke", "Meridian Wire", "2025-08-25", "en")
    assert doc.url == "https://meridian-wire.example/2025/08/25/zaporizke"


def test_a_page_without_main_text_is_refused(tmp_path, sources):
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [(_, err)] = read_all(sources, str(empty))
    assert isinstance(err, NoMainText) and "menu.html" in str(err)


def test_a_batch_gives_one_document_per_line_and_names_bad_lines(tmp_path, sources):
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": ARTICLE, "published": "2025-08-25T09:30:00Z", "source": "Meridian Wire",
                         "url": "https://meridian-wire.example/a/1", "title": "T", "language": "en"}),
             "", "{not json", json.dumps({"title": "no text"}), json.dumps([1, 2]),
             json.dumps({"text": ARTICLE, "id": "named", "published": 20250825})]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(sources, str(batch))
    assert [name.rsplit(":", 1)[1] for name, _ in results] == ["1", "3", "4", "5", "6"]
    first = results[0][1]
    assert (first.id, first.published, first.source, first.language, first.title) == (
        "batch-1", "2025-08-25", "Meridian Wire", "en", "T")
    errors = [r for _, r in results[1:]]
    assert all(isinstance(e, BatchRecordError) for e in errors)
    assert [e.reason.split(" (")[0] for e in errors] == [
        "not valid JSON", "no 'text'", "not a JSON object", "'published' must be a string, not int"]


def test_a_folder_is_read_recursively_in_order_with_known_suffixes_only(tmp_path, sources):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "c.txt").write_text(ARTICLE + " Again.")
    (tmp_path / "b" / "d.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": "x"}) + "\n")
    (tmp_path / "b" / "notes.gold.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    names = [Path(name).name for name, _ in read_all(sources, str(tmp_path))]
    assert names == ["a.txt", "c.txt", "d.jsonl:1", "d.jsonl:2"]
    assert sources.count([str(tmp_path)]) == 4
    assert sources.count([str(tmp_path), "https://x.example/feed"]) is None


def test_a_feed_url_gives_its_items_each_fetched(sources):
    results = read_all(sources, "https://meridian-wire.example/feed.xml")
    assert [name for name, _ in results] == ["https://meridian-wire.example/a/1",
                                            "https://meridian-wire.example/a/404", "mw-3"]
    fetched, missing, inline = (r for _, r in results)
    assert (fetched.title, fetched.source, fetched.published) == (
        "Russia claims Zaporizke", "Meridian Wire", "2025-08-25")
    assert fetched.url == "https://meridian-wire.example/a/1"
    assert isinstance(missing, FetchError) and "HTTP 404" in str(missing)
    assert inline.text.startswith("Russian forces") and inline.published == "2025-08-26"
    assert inline.source == "Meridian Wire: World"


def test_a_feed_is_recognised_by_its_content_and_a_feed_file_too(tmp_path, sources):
    assert len(read_all(sources, "https://meridian-wire.example/feed-as-text")) == 3
    saved = tmp_path / "world.rss"
    saved.write_text(RSS, encoding="utf-8")
    assert [n for n, _ in read_all(sources, str(saved))][0] == "https://meridian-wire.example/a/1"
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><title>x</title></channel></rss>")
    [(_, err)] = read_all(sources, str(broken))
    assert isinstance(err, FeedError) and "no items" in str(err)


def test_a_plain_text_url_is_read_like_a_file(sources):
    [(_, doc)] = read_all(sources, "https://meridian-wire.example/plain.txt")
    assert (doc.id, doc.title, doc.published, doc.url) == ("plain.txt", "Plain", "2025-08-26",
                                                          "https://meridian-wire.example/plain.txt")


def test_fetch_failures_name_the_url(sources):
    [(_, missing)] = read_all(sources, "https://meridian-wire.example/nothing")
    assert isinstance(missing, FetchError) and missing.source == "https://meridian-wire.example/nothing"
    [(_, big)] = read_all(sources, "https://meridian-wire.example/big")
    assert isinstance(big, DocumentTooLarge)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with Fetcher(IngestSettings(), httpx.MockTransport(refuse)) as fetcher:
        [(_, down)] = read_all(Sources(LANGS, fetcher), "https://down.example/a")
    assert isinstance(down, FetchError) and "connection refused" in str(down)


def test_a_missing_path_is_one_error(sources, tmp_path):
    [(name, err)] = read_all(sources, str(tmp_path / "missing.txt"))
    assert "no such file" in str(err) and name.endswith("missing.txt")


def test_slugs_name_documents_read_from_urls():
    assert slug("https://x.example/2025/08/25/russia-zaporizke.html?x=1") == "russia-zaporizke"
    assert slug("https://x.example/") == "x.example"
