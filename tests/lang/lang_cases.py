"""Run the stages on test sentences of one language: the real language data and actor registry;
places from a table the test gives (so that the events stage is tested apart from the gazetteer),
or from the gazetteer itself for the tests of place names.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

import pytest

from frontwatch.errors import ResourceError
from frontwatch.extract.dates import find_dates
from frontwatch.extract.events import find_events
from frontwatch.extract.sentences import find_sentences
from frontwatch.extract.statements import find_statements
from frontwatch.models import Document, Event, Place, Statement
from frontwatch.resolve.actors import find_actors
from frontwatch.resolve.places import find_places
from frontwatch.resource_set import Resources, default_resources
from frontwatch.work import PlaceMention, Work

WEDNESDAY = "2025-08-27"


def document(text: str, lang: str, published: str = WEDNESDAY, source: str | None = "Test Wire",
             title: str | None = None) -> Document:
    return Document(id="t", text=text, language=lang, published=published, source=source, title=title)


def statements_of(text: str, lang: str, published: str = WEDNESDAY, source: str | None = "Test Wire") -> Work:
    """The work after the statements stage and the stages it reads (no places needed)."""
    resources = default_resources()
    work = Work(document=document(text, lang, published, source), lang=resources.language(lang))
    for stage in (find_sentences, find_actors, find_dates, find_statements):
        work = stage(work, resources)
    return work


def spoken(work: Work) -> list[tuple[str, str, str]]:
    """(speaker id, kind, text) of each statement."""
    return [(s.speaker or "", s.kind, s.text) for s in work.statements]


def one(work: Work) -> Statement:
    assert len(work.statements) == 1, spoken(work)
    return work.statements[0]


class _TablePlaces:
    """The events stage asks the gazetteer for names the places stage left out ("в Україні")."""

    def __init__(self, places: Mapping[str, Place]):
        self.places = places

    def lookup(self, name: str, **kwargs) -> list["_Found"]:
        place = self.places.get(name)
        return [_Found(place)] if place else []


@dataclasses.dataclass
class _Found:
    place: Place

    @property
    def kind(self) -> str:
        return self.place.kind

    def to_place(self) -> Place:
        return dataclasses.replace(self.place, aliases=list(self.place.aliases))


class _Resources:
    def __init__(self, places: Mapping[str, Place]):
        self.actors = default_resources().actors
        self.gazetteer = _TablePlaces(places)


def events_of(text: str, lang: str, places: Mapping[str, Place], *, published: str = WEDNESDAY,
              source: str | None = "Test Wire", title: str | None = None) -> Work:
    """The work after the events stage. ``places``: surface form as written -> place (what a
    places stage would find); the declined forms are listed as the text writes them."""
    resources = default_resources()
    work = Work(document=document(text, lang, published, source, title), lang=resources.language(lang))
    work = find_actors(find_sentences(work, resources), resources)
    spans = _spans(text, places)
    work = dataclasses.replace(work, place_mentions=[PlaceMention(s, e, w, places[w].id) for s, e, w in spans],
                               places={places[w].id: places[w] for _, _, w in spans})
    work = find_statements(find_dates(work, resources), resources)
    return find_events(work, _Resources(places))  # type: ignore[arg-type]


def _spans(text: str, words: Mapping[str, Place]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for surface in sorted(words, key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), surface))
    return sorted(found)


def happened(work: Work) -> list[tuple[str, tuple[str, ...]]]:
    """(type, place ids) of each event."""
    return [(e.type, tuple(e.places)) for e in work.events]


def of_type(work: Work, event_type: str) -> list[Event]:
    return [e for e in work.events if e.type == event_type]


def claims(event: Event) -> set[tuple[str | None, str]]:
    return {(c.source, c.stance) for c in event.claims}


def places_in(text: str, lang: str) -> list[tuple[str, Place]]:
    """(text of the mention, place) found by the places stage with the installed gazetteer."""
    resources = gazetteer_resources()
    work = Work(document=document(text, lang), lang=resources.language(lang))
    work = find_places(find_actors(work, resources), resources)
    return [(m.text, work.places[m.place_id]) for m in work.place_mentions]


def gazetteer_resources() -> Resources:
    resources = default_resources()
    try:
        resources.gazetteer.lookup("Kyiv", limit=1)
    except ResourceError as err:
        pytest.skip(f"no gazetteer installed ({err}); run `frontwatch gazetteer build`")
    return resources


def place(place_id: str, name: str, kind: str = "settlement", admin1: str | None = "Dnipropetrovsk Oblast",
          country: str = "UA") -> Place:
    return Place(id=place_id, name=name, kind=kind, country=country, admin1=admin1)
