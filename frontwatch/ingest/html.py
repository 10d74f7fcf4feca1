"""An HTML page -> a ``Document``: the main text and its metadata, extracted by trafilatura.

trafilatura drops navigation, sidebars, cookie notices and footers (0 boilerplate lines leaked
on our test page, ../shared/research/ecosystem.md) and reads the title, site name, date and
canonical URL. It is imported on first use: it costs a quarter of a second, which the plain-text
commands should not pay.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from ..errors import NoMainText
from ..models import Document
from .textfile import document_from_text


MIN_WORDS = 5  # fewer words than this is a menu or a placeholder, not a report
_BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


class _Text(HTMLParser):
    """The text of an HTML fragment, a line per block (scripts and styles dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's description): no boilerplate to remove there."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def extract_page(html: str, url: str | None = None) -> dict[str, Any]:
    """trafilatura's text and metadata of a page (``text``, ``title``, ``sitename``, ``date``, ``url``...)."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=True,
                                         include_comments=False, include_tables=False)
    if result is None:
        return {}
    return result.as_dict() if hasattr(result, "as_dict") else dict(result)


def _body(text: str, title: str | None) -> str:
    """The article text without its headline: trafilatura keeps the ``<h1>`` as the first line,
    and the title is metadata, not something the body says."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        return rest.strip()
    return text.strip()


def _language(code: Any, supported: list[str]) -> str | None:
    # A page's declared language (``<html lang="es-ES">``) is a hint, used when we support it.
    short = str(code or "").split("-")[0].split("_")[0].lower()
    return short if short in supported else None


def _outlet(page: dict[str, Any], fallback: dict[str, str | None]) -> str | None:
    """The page's own site name; when trafilatura only guessed it from the host name, the feed's title."""
    sitename = str(page.get("sitename") or "")
    host = str(page.get("hostname") or urlsplit(str(page.get("url") or "")).netloc)
    guessed = sitename.lower().removeprefix("www.") == host.lower().removeprefix("www.")
    return (fallback.get("source") or sitename or None) if guessed else sitename or fallback.get("source")


def document_from_html(html: str, source: str, *, supported: list[str], url: str | None = None,
                       doc_id: str | None = None, fallback: dict[str, str | None] | None = None) -> Document:
    """Extract a page's main text and metadata; ``fallback`` (from a feed item) fills what the page lacks."""
    page = extract_page(html, url)
    text = page.get("text") or ""
    if len(text.split()) < MIN_WORDS:
        raise NoMainText(source, "no main text found in the HTML page")
    fallback = fallback or {}
    title = page.get("title") or fallback.get("title")
    return document_from_text(
        _body(text, title), source, supported=supported, doc_id=doc_id,
        language=_language(page.get("language"), supported),
        published=page.get("date") or fallback.get("published"),
        outlet=_outlet(page, fallback), title=title,
        url=url or page.get("url") or fallback.get("url"))
