"""What ``frontwatch ingest`` reads: paths, folders, batches, pages and feeds -> ``Item``\\ s.

An ``Item`` is one document still to be read: a name (for messages and provenance) and a
``read()`` that returns the ``Document`` or raises an ``InputError``. Expanding is lazy, so
a run starts at once and a bad input costs one error line, never the run.

    a folder        every file in it, recursively, with a known suffix (sorted, hidden ones skipped)
    *.jsonl         a JSON Lines batch: one item per line (``jsonl.py``)
    *.html, *.htm   a saved page: main text and metadata by trafilatura (``html.py``)
    *.xml, .rss,    a feed file: one item per entry, each fetched (``feeds.py``)
    .atom
    http(s)://...   fetched; a feed gives its items, a page its text, plain text is read as a file
    any other file  a text file with an optional header block (``textfile.py``)
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..errors import FetchError, InputError, UnreadableFile
from ..models import Document
from .decoding import decode_bytes
from .feeds import FeedItem, parse_feed
from .html import document_from_html, fragment_text
from .jsonl import batch_lines, document_from_line
from .textfile import document_from_text, read_bytes, read_document
from .urls import Fetched, Fetcher, is_url, slug

TEXT_SUFFIXES = (".txt", ".text")  # not .md: in a folder of reports, that is its README
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
BATCH_SUFFIXES = (".jsonl", ".ndjson")
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + BATCH_SUFFIXES


@dataclass(frozen=True)
class Item:
    name: str
    read: Callable[[], Document]


class Sources:
    """Expands inputs into items; ``fetcher`` is the one way out to the network."""

    def __init__(self, supported: list[str], fetcher: Fetcher | None = None):
        self.supported = supported
        self.fetcher = fetcher

    def _get(self, url: str) -> Fetched:
        if self.fetcher is None:
            raise FetchError(url, "not fetched (no network access in this run)")
        return self.fetcher.get(url)

    def expand(self, inputs: Iterable[str]) -> Iterator[Item | InputError]:
        for given in inputs:
            try:
                yield from (self._url(given) if is_url(given) else self._path(Path(given), given_directly=True))
            except InputError as err:
                yield err

    def count(self, inputs: Iterable[str]) -> int | None:
        """How many items local inputs hold (cheap: no parsing); None when a URL makes it unknowable."""
        total = 0
        for given in inputs:
            if is_url(given) or (Path(given).suffix.lower() in FEED_SUFFIXES):
                return None
            for path in self._files(Path(given), given_directly=True):
                if path.suffix.lower() in FEED_SUFFIXES:
                    return None
                total += sum(1 for _ in batch_lines(path)) if path.suffix.lower() in BATCH_SUFFIXES else 1
        return total

    def _files(self, path: Path, given_directly: bool) -> Iterator[Path]:
        if not path.is_dir():
            if given_directly or path.suffix.lower() in FOLDER_SUFFIXES:
                yield path
            return
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from self._files(child, given_directly=False)

    def _path(self, path: Path, given_directly: bool) -> Iterator[Item | InputError]:
        for file in self._files(path, given_directly):
            suffix = file.suffix.lower()
            try:
                if suffix in BATCH_SUFFIXES:
                    yield from (Item(line.name, partial(document_from_line, line, self.supported))
                                for line in batch_lines(file))
                elif suffix in FEED_SUFFIXES:
                    yield from self._feed_items(parse_feed(read_bytes(file), str(file)))
                elif suffix in HTML_SUFFIXES:
                    yield Item(str(file), partial(self._html_file, file))
                else:
                    yield Item(str(file), partial(read_document, file, supported=self.supported))
            except InputError as err:
                yield err

    def _html_file(self, file: Path) -> Document:
        html = decode_bytes(read_bytes(file), str(file))
        return document_from_html(html, str(file), supported=self.supported, doc_id=file.stem)

    def _url(self, url: str) -> Iterator[Item]:
        fetched = self._get(url)
        if fetched.kind == "feed":
            yield from self._feed_items(parse_feed(fetched.content, url))
        else:
            yield Item(url, partial(self._document, url, fetched.content, fetched.kind))

    def _feed_items(self, items: list[FeedItem]) -> Iterator[Item]:
        for index, item in enumerate(items, start=1):
            name = item.link or item.guid or f"{item.source or 'feed'} item {index}"
            yield Item(name, partial(self._feed_item, item, name))

    def _feed_item(self, item: FeedItem, name: str) -> Document:
        if item.link:
            fetched = self._get(item.link)
            return self._document(item.link, fetched.content, fetched.kind, item.fallback())
        if item.content:
            return document_from_text(fragment_text(item.content), name, supported=self.supported,
                                      doc_id=slug(item.guid or name), title=item.title, published=item.published,
                                      outlet=item.source)
        raise UnreadableFile(name, "a feed item with neither a link nor content")

    def _document(self, url: str, content: bytes, kind: str, fallback: dict[str, str | None] | None = None) -> Document:
        text = decode_bytes(content, url)
        if kind == "html":
            return document_from_html(text, url, supported=self.supported, url=url, doc_id=slug(url),
                                      fallback=fallback)
        fallback = fallback or {}
        return document_from_text(text, url, supported=self.supported, url=url, doc_id=slug(url),
                                  title=fallback.get("title"), published=fallback.get("published"),
                                  outlet=fallback.get("source"))
