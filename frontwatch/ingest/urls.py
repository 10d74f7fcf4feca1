"""Fetching pages and feeds over HTTP (httpx), behind one swappable transport.

Tests pass ``httpx.MockTransport`` and run offline; nothing else in frontwatch opens a socket.
Every failure (network, time-out, HTTP status, too large) is a ``FetchError`` naming the URL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import httpx

from ..errors import DocumentTooLarge, FetchError
from ..settings import IngestSettings

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)", re.I)


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    content: bytes

    @property
    def kind(self) -> str:
        """``feed``, ``html`` or ``text``: from the content type, else from the first bytes."""
        media = self.content_type.split(";")[0].strip().lower()
        head = self.content[:2048]
        if media in _FEED_TYPES or (media.endswith("xml") and _FEED_START.match(head)) or _FEED_START.match(head):
            return "feed"
        if media in ("text/html", "application/xhtml+xml") or _HTML_START.match(head):
            return "html"
        return "text"


class Fetcher:
    """A small HTTP client: redirects followed, a time-out, a size limit, our user agent."""

    def __init__(self, settings: IngestSettings, transport: httpx.BaseTransport | None = None):
        self.max_bytes = settings.max_bytes
        self.client = httpx.Client(transport=transport, timeout=settings.timeout, follow_redirects=True,
                                   headers={"User-Agent": settings.user_agent})

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str) -> Fetched:
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                content = self._read_limited(response, url)
                return Fetched(str(response.url), response.headers.get("content-type", ""), content)
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.HTTPError as err:
            raise FetchError(url, f"cannot be fetched ({type(err).__name__}: {err})") from None

    def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise DocumentTooLarge(url, f"larger than the limit ({self.max_bytes:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)


def slug(url: str) -> str:
    """A readable document name from a URL: its last path segment without extension, else the host."""
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    name = re.sub(r"\.(s?html?|php|aspx?)$", "", last, flags=re.I)
    return re.sub(r"[^\w.-]+", "-", name).strip("-") or parts.netloc or "document"
