"""RSS and Atom feeds (feedparser): the items, each to be fetched as a page.

feedparser reads RSS 0.9x/1.0/2.0 and Atom alike, normalises dates to UTC and forgives most
malformed XML (it sets ``bozo``); a feed is refused only when nothing usable comes out of it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from ..errors import FeedError


@dataclass(frozen=True)
class FeedItem:
    link: str | None
    title: str | None
    published: str | None  # ISO date (UTC)
    source: str | None  # the feed's title: the outlet, when the page does not name itself
    content: str | None  # the item's own HTML (content or summary), for items without a link
    guid: str | None

    def fallback(self) -> dict[str, str | None]:
        return {"title": self.title, "published": self.published, "source": self.source, "url": self.link}


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _content(entry: Any) -> str | None:
    contents = entry.get("content") or []
    if contents:
        return str(contents[0].get("value") or "") or None
    return entry.get("summary") or None


def _link(entry: Any) -> str | None:
    # feedparser takes an RSS <guid> for the link when there is none; a guid that is no URL
    # ("mw-3") is an id, not a page to fetch.
    link = entry.get("link") or ""
    return link if link.lower().startswith(("http://", "https://")) else None


def parse_feed(data: bytes, source: str) -> list[FeedItem]:
    """The items of a feed, in feed order; FeedError when it is not a feed or has no items."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not a readable feed ({feed.bozo_exception})" if feed.get("bozo") else "a feed with no items"
        raise FeedError(source, reason)
    outlet = feed.feed.get("title") or None
    return [FeedItem(link=_link(e), title=e.get("title") or None,
                     published=_date(e.get("published_parsed") or e.get("updated_parsed")),
                     source=outlet, content=_content(e), guid=e.get("id") or None)
            for e in feed.entries]
