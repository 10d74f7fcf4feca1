"""Geocoding a place description: "near the village of Peski (Yasinovatsky district)".

The description is read like a short text: its place names are found with their
cue words, resolved together (the district and the other places named help pick
the homonym), and the target is chosen: the place a settlement cue introduces
("village of X"), else the first settlement named, else a district, a region, a
country. The answer is that place's ranked candidates, then the larger areas
named, so a caller that needs a point can walk down the list.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..errors import InputError
from .gazetteer import Gazetteer
from .cues import ADMIN_KINDS
from .mentions import find_mentions
from .records import Candidate
from .resolve import Resolution, resolve_mentions

__all__ = ["geocode", "geocode_batch", "geocode_request", "DESCRIPTION_LANGUAGES"]

DESCRIPTION_LANGUAGES = ("en", "es", "it", "uk", "ru")
_ORDER = ("settlement", "feature", "admin2", "admin1", "country")


def geocode(gaz: Gazetteer, text: str, country: str | None = None, admin1: str | None = None,
            limit: int = 5) -> list[Candidate]:
    """Ranked candidates for the place ``text`` describes (an empty list if it names none)."""
    region = gaz.admin1_code(admin1, country) if admin1 else None
    regions = {region} if region else set()
    country = country or (region[0] if region else None)
    mentions = find_mentions(gaz, text, DESCRIPTION_LANGUAGES, regions=regions, running_text=False)
    if country:
        for mention in mentions:
            mention.scores = {p: s for p, s in mention.scores.items()
                              if gaz.row(p).candidate.country in (country, None)}
    resolutions = [r for r in resolve_mentions(gaz, mentions, regions=regions) if r.ranked]
    answer = _ordered(resolutions)
    if not answer and region:
        answer = [replace(c, score=0.5) for c in gaz.lookup(admin1 or "", country=region[0], limit=1)]
    return _distinct(answer)[:limit]


def _ordered(resolutions: list[Resolution]) -> list[Candidate]:
    """The target's candidates first, then the larger areas the description names."""
    def rank(r: Resolution) -> tuple[int, int, int]:
        kind = r.kind if r.kind in _ORDER else "feature"
        cued = r.mention.kinds == ADMIN_KINDS["settlement"]
        return (_ORDER.index(kind), 0 if cued else 1, r.mention.start)

    out: list[Candidate] = []
    for position, resolution in enumerate(sorted(resolutions, key=rank)):
        out += resolution.ranked if position == 0 else resolution.ranked[:1]
    return out


def _distinct(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out = []
    for c in candidates:
        if c.place_id not in seen:
            seen.add(c.place_id)
            out.append(c)
    return out


def geocode_request(gaz: Gazetteer, request: dict, limit: int = 5) -> dict:
    """One JSONL request ({"id", "text", "country"?, "admin1"?}) -> {"id", "candidates"}."""
    found = geocode(gaz, str(request["text"]), request.get("country"), request.get("admin1"), limit=limit)
    keys = ("name", "lat", "lon", "admin1", "kind", "score", "place_id", "country")
    return {"id": request.get("id"), "candidates": [{k: c.to_dict()[k] for k in keys} for c in found]}


def geocode_batch(gaz: Gazetteer, lines: Iterable[str], source: str = "<input>", limit: int = 5) -> Iterator[dict]:
    """Answer a JSONL stream of requests; a line that is not a request is an InputError naming it."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{source}:{number}", f"not JSON ({err.msg})") from None
        if not isinstance(request, dict) or not isinstance(request.get("text"), str):
            raise InputError(f"{source}:{number}", "a request is a JSON object with a 'text' string")
        yield geocode_request(gaz, request, limit=limit)
