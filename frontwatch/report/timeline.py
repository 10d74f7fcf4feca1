"""One place's timeline with all its evidence (``frontwatch place NAME``)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..assess import Assessment
from ..errors import UnknownPlace
from ..models import Place
from ..store.fingerprint import fold
from .lines import ChangeLine, Citations, EventLine, Reference, change_line, event_index, event_line


@dataclass(frozen=True)
class PlaceInfo:
    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceReport:
    place: PlaceInfo
    current: ChangeLine | None
    changes: list[ChangeLine]
    events: list[EventLine]  # every ledger event at the place, with all its claims
    references: list[Reference]


def _names(place: Place) -> set[str]:
    return {fold(place.id), fold(place.name), *(fold(a) for a in place.aliases)}


def find_place(assessment: Assessment, name: str) -> Place:
    """The place called ``name`` (its id, name or an alias; case and accents ignored)."""
    places = dict(assessment.place_records)
    for pid, timeline in assessment.places.items():
        places.setdefault(pid, timeline.place)
    wanted = fold(name.strip())
    found = [p for p in places.values() if wanted in _names(p)]
    if len(found) > 1:
        found = [p for p in found if p.id in assessment.places] or found  # prefer places with a history
    if len(found) == 1:
        return found[0]
    if found:
        options = "; ".join(f"{p.name} ({p.admin1 or p.country or p.kind}) [id {p.id}]" for p in found)
        raise UnknownPlace(f"place '{name}' is ambiguous: {options}; pass the id")
    names = {fold(p.name): p.name for p in places.values()}
    close = difflib.get_close_matches(wanted, sorted(names), n=3, cutoff=0.7)
    hint = f"; did you mean: {', '.join(names[c] for c in close)}?" if close else ""
    raise UnknownPlace(f"no place called '{name}' in the ledger{hint}")


def place_report(assessment: Assessment, name: str) -> PlaceReport:
    place = find_place(assessment, name)
    citations = Citations(s.document for s in assessment.analyses)
    index = event_index(assessment.events)
    timeline = assessment.places.get(place.id)
    changes = [change_line(c, assessment, index, citations) for c in timeline.changes] if timeline else []
    events = [event_line(e, list(e.claims), assessment, index, citations)
              for e in assessment.events if place.id in e.places]
    info = PlaceInfo(place.id, place.name, place.kind, place.country, place.admin1, place.lat, place.lon)
    return PlaceReport(info, changes[-1] if changes else None, changes, events, citations.references())
