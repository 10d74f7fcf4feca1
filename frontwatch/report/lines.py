"""The building blocks of the ledger's reports: citations, claim lines, state-change lines.

Every line cites its documents by number (``[3]``); ``Citations`` numbers documents in the
order a report first cites them and lists them at the end, a syndicated copy marked as such.
The records are plain dataclasses: ``to_dict`` gives the JSON, the Markdown renderer reads
the same records, so both formats always say the same thing.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..assess import Assessment, ClaimEvidence, LedgerEvent, PlaceState, region_of
from ..store.fingerprint import fold
from ..store.records import StoredDocument


@dataclass(frozen=True)
class Period:
    since: str | None = None
    until: str | None = None

    def __contains__(self, day: str | None) -> bool:
        if day is None:
            return self.since is None and self.until is None
        # A month ("2025-08") is in the period if any of its days is.
        return (self.since is None or day >= self.since[:len(day)]) and (self.until is None or day[:10] <= self.until)


@dataclass(frozen=True)
class Reference:
    number: int
    document: str  # the document's name
    source: str | None
    published: str | None
    title: str | None
    url: str | None
    copy_of: int | None  # the reference number of the story this is a syndicated copy of


@dataclass(frozen=True)
class ClaimLine:
    source: str | None
    source_name: str
    stance: str
    said_on: str | None
    via: list[str]
    quote: str | None
    cites: list[int]
    event: str
    offsets: list[list[int]]  # [start, end] in each cited document, in ``cites`` order


@dataclass(frozen=True)
class EventLine:
    id: str
    type: str
    places: list[str]
    date: str | None
    claims: list[ClaimLine]


@dataclass(frozen=True)
class ChangeLine:
    place: str
    place_name: str
    region: str | None
    on: str | None
    status: str
    previous: str | None
    what: str
    holder: str | None
    control: str | None
    presence: str | None
    evidence: list[ClaimLine]


def to_dict(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


class Citations:
    """Numbers documents as a report cites them."""

    def __init__(self, documents: Iterable[StoredDocument]):
        self.documents = {d.id: d for d in documents}
        self.numbers: dict[int, int] = {}

    def cite(self, document: StoredDocument) -> int:
        if document.syndicated_of and document.syndicated_of in self.documents:
            self.cite(self.documents[document.syndicated_of])  # the original is listed before its copies
        if document.id not in self.numbers:
            self.numbers[document.id] = len(self.numbers) + 1
        return self.numbers[document.id]

    def references(self) -> list[Reference]:
        refs = []
        for doc_id, number in sorted(self.numbers.items(), key=lambda item: item[1]):
            d = self.documents[doc_id]
            refs.append(Reference(number, d.name, d.source, d.published, d.title, d.url,
                                  self.numbers.get(d.syndicated_of) if d.syndicated_of else None))
        return refs


def claim_lines(claims: Iterable[ClaimEvidence], events: dict[tuple[int, str], str], assessment: Assessment,
                citations: Citations) -> list[ClaimLine]:
    """Claims grouped by (voice, stance, day): one line per speaker and stance, citing every document."""
    grouped: dict[tuple[str, str, str], list[ClaimEvidence]] = {}
    for claim in sorted(claims, key=ClaimEvidence.sort_key):
        grouped.setdefault((claim.voice, claim.stance, claim.said_on or ""), []).append(claim)
    lines = []
    for group in grouped.values():
        first = group[0]
        lines.append(ClaimLine(
            source=first.source, source_name=assessment.actor_name(first.source), stance=first.stance,
            said_on=first.said_on, via=[assessment.actor_name(v) for v in first.via],
            quote=next((c.quote for c in group if c.quote), None),
            cites=[citations.cite(c.document) for c in group],
            event=events.get((first.document.id, first.event), first.event),
            offsets=[[c.start, c.end] for c in group]))
    return lines


def event_index(events: Iterable[LedgerEvent]) -> dict[tuple[int, str], str]:
    """(document id, event id in it) -> the ledger event it was reconciled into."""
    return {(r.document.id, r.event.id): e.id for e in events for r in e.reports}


def change_line(change: PlaceState, assessment: Assessment, index: dict[tuple[int, str], str],
                citations: Citations) -> ChangeLine:
    place = assessment.place_records.get(change.place)
    return ChangeLine(change.place, assessment.place_name(change.place), region_of(place) if place else None,
                      change.on, change.status, change.previous, change.what, change.holder, change.control,
                      change.presence, claim_lines(change.evidence, index, assessment, citations))


def in_region(assessment: Assessment, place_ids: Iterable[str], region: str | None) -> bool:
    """Whether any of the places is the region, or lies in it (names folded: "dnipropetrovsk oblast")."""
    if not region:
        return True
    wanted = fold(region)
    for pid in place_ids:
        place = assessment.place_records.get(pid)
        names = {fold(pid)}
        if place:
            names |= {fold(place.name), fold(region_of(place) or "")}
        if wanted in names or any(wanted and name.startswith(wanted + " ") for name in names):
            return True
    return False


def event_line(event: LedgerEvent, claims: list[ClaimEvidence], assessment: Assessment,
               index: dict[tuple[int, str], str], citations: Citations) -> EventLine:
    return EventLine(event.id, event.type, [assessment.place_name(p) for p in event.places], event.first_date,
                     claim_lines(claims, index, assessment, citations))
