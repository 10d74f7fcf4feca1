"""Pipeline stage ``find_places``: every place a document names, resolved against the gazetteer.

Writes ``work.place_mentions`` (spans of the text, each with a ``place_id``) and
``work.places`` (place_id -> Place). All mentions are kept, countries and regions
included ("Ucrania", "región de Dnipropetrovsk"); a later stage decides which
places events happened in, and drops capitals used as governments. Reads
``work.actor_mentions``: a span the actor stage gave to a person or organisation is
not read as a place.

Place ids are stable, so a ledger can reconcile places across documents:
``geonames:<id>``, ``katotth:<code>``, ``postal:...`` for a resolved place, and
``unresolved:<name>@<region>`` when the text does not single out one of several
homonyms (the name and the region are kept, the coordinates are not guessed).
"""
from __future__ import annotations

import dataclasses
import re

from ..gazetteer.mentions import Mention, find_mentions
from ..gazetteer.names import fold, latin_forms
from ..gazetteer.resolve import Resolution, resolve_mentions
from ..models import Place
from ..resource_set import Resources
from ..work import PlaceMention, Work

__all__ = ["find_places", "unresolved_id"]


def find_places(work: Work, resources: Resources) -> Work:
    gaz = resources.gazetteer
    # A person's or an organisation's name is no place ("Andriy Yermak"); a capital or a
    # country standing for its government ("Kiev acusa", metonymy) still names a place.
    blocked = [(m.start, m.end) for m in work.actor_mentions if m.how != "metonymy"]
    blocked += publisher_spans(work.text, work.document.source) + credit_spans(work.text)
    mentions = find_mentions(gaz, work.text, [work.lang.code], blocked=blocked)
    places: dict[str, Place] = {}
    spans: list[PlaceMention] = []
    for resolution in resolve_mentions(gaz, mentions):
        place = _place(resolution)
        if place is None:
            continue
        known = places.setdefault(place.id, place)
        known.aliases = _merge(known.aliases, place.aliases)
        spans.append(PlaceMention(resolution.mention.start, resolution.mention.end, resolution.mention.text,
                                  place.id))
    return dataclasses.replace(work, place_mentions=spans, places={**work.places, **places})


def publisher_spans(text: str, source: str | None) -> list[tuple[int, int]]:
    """Where the text names its own publisher: a dateline "(Meridian Wire)" is no place.

    Only names of two words or more: a one-word outlet may well be named after a town.
    """
    if not source or len(source.split()) < 2:
        return []
    spans, start = [], text.find(source)
    while start != -1:
        spans.append((start, start + len(source)))
        start = text.find(source, start + 1)
    return spans


# A wire dateline: "MOSCOW, Aug 25 (Meridian Wire) -" at the start of a paragraph. The city is a
# place; the credit in brackets is the outlet that wrote the story, whatever its name looks like.
_DATELINE_CREDIT = re.compile(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*,[^\n()]{1,30}\(([^()\n]{2,50})\)",
                              re.MULTILINE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The credits of wire datelines, which name outlets, not places."""
    return [m.span(1) for m in _DATELINE_CREDIT.finditer(text) if m.group(0).split(",")[0].isupper()]


def _place(resolution: Resolution) -> Place | None:
    mention = resolution.mention
    if resolution.chosen is not None and mention.area_of:
        return _area(resolution)
    if resolution.chosen is not None:
        place = resolution.chosen.to_place()
        place.aliases = _merge(place.aliases, _surface_names(mention))
        return place
    if not resolution.ranked:
        return None
    return _unresolved(resolution)


def _area(resolution: Resolution) -> Place:
    """A district, hromada or front "direction" named after a town: placed at the town."""
    town = resolution.chosen
    assert town is not None and resolution.mention.area_of
    kind = "admin2" if resolution.mention.area_of == "district" else "feature"
    return Place(id=f"{resolution.mention.area_of}:{town.place_id}",
                  name=f"{town.name} {resolution.mention.area_of}", kind=kind, country=town.country,
                  admin1=town.admin1, lat=town.lat, lon=town.lon,
                 aliases=_surface_names(resolution.mention), extra={"precision": "area", "town": town.place_id})


def _unresolved(resolution: Resolution) -> Place:
    """A place whose name and region are known but not which homonym is meant."""
    mention = resolution.mention
    top = resolution.ranked[0]
    names = {c.name for c in resolution.ranked[:3]}
    name = top.name if len(names) == 1 else mention.name
    return Place(id=unresolved_id(name, resolution.admin1 or resolution.country), name=name,
                  kind=resolution.kind, country=resolution.country, admin1=resolution.admin1,
                  aliases=_merge(list(top.aliases), _surface_names(mention)),
                 extra={"candidates": [c.place_id for c in resolution.ranked[:5]]})


def unresolved_id(name: str, region: str | None) -> str:
    """"unresolved:zaporizke@dnipropetrovsk-oblast": the same text in two documents gives one id."""
    return f"unresolved:{fold(name).replace(' ', '-')}@{fold(region or 'unknown').replace(' ', '-')}"


def _surface_names(mention: Mention) -> list[str]:
    """The name as written, the span with its cue words, and for Cyrillic its main Latin spellings."""
    names = [mention.name, mention.text]
    names += list(latin_forms(mention.name, None)[:2]) if any("\u0400" <= c <= "\u04ff" for c in mention.name) else []
    return names


def _merge(first: list[str], more: list[str]) -> list[str]:
    seen = {fold(a) for a in first}
    out = list(first)
    for alias in more:
        if fold(alias) not in seen:
            seen.add(fold(alias))
            out.append(alias)
    return out
