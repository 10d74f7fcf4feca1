"""Evidence: each event as one document reports it, and each claim with its provenance.

A claim keeps everything a reader needs to check it: the document, the statement it comes
from, the character offsets (the statement's when there is one, else the event's), the chain
of intermediaries (``via``) and the day it was said (the statement's date when it is a day,
else the day the document was published).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..models import Actor, Event, Statement
from ..store.fingerprint import fold
from ..store.records import StoredAnalysis, StoredDocument

SUPPORTS, DISPUTES, NEUTRAL = "supports", "disputes", "neutral"
_DIRECTION = {"asserts": SUPPORTS, "confirms": SUPPORTS, "denies": DISPUTES, "unverified": NEUTRAL}


@dataclass(frozen=True)
class ClaimEvidence:
    source: str | None  # actor id; None: nobody named
    stance: str  # asserts | confirms | denies | unverified
    via: tuple[str, ...]
    said_on: str | None  # ISO date
    document: StoredDocument
    event: str  # the event's id inside its document
    statement: str | None
    quote: str | None  # the statement's text, when the claim comes from one
    start: int
    end: int
    by_publisher: bool  # the outlet's own narration (one voice per wire story, however many outlets relay it)

    @property
    def direction(self) -> str:
        return _DIRECTION.get(self.stance, NEUTRAL)

    @property
    def voice(self) -> str:
        """Who speaks, for counting: an actor counts once however many reports quote it, and an
        outlet's narration counts once per story, so five outlets relaying one wire story are one
        voice, not five."""
        if self.by_publisher or self.source is None:
            return f"story:{self.document.story}"
        return self.source

    def sort_key(self) -> tuple[str, str, str, str, int]:
        return (self.said_on or "", self.document.published or "", self.document.name, self.event, self.start)


@dataclass(frozen=True)
class ReportedEvent:
    document: StoredDocument
    event: Event
    claims: tuple[ClaimEvidence, ...]

    @property
    def date(self) -> str | None:
        """When it happened, as reported; the publication day stands in for an undated event."""
        return self.event.date or self.document.published


def _is_publisher(actor: Actor | None, source: str | None, document: StoredDocument) -> bool:
    if not document.source or source is None:
        return False
    outlet = fold(document.source)
    names = {fold(source)} | ({fold(actor.name), *(fold(a) for a in actor.aliases)} if actor else set())
    return outlet in names


def _said_on(statement: Statement | None, document: StoredDocument) -> str | None:
    """The day a claim was made: its statement's date when that is a day; else (no statement, or only
    "last week", a month) the day the document was published, when the ledger learnt of it."""
    if statement and statement.date and len(statement.date) == 10:
        return statement.date
    return document.published


def reported_events(stored: StoredAnalysis, actors: dict[str, Actor]) -> Iterator[ReportedEvent]:
    analysis, document = stored.analysis, stored.document
    statements = {s.id: s for s in analysis.statements}
    for event in analysis.events:
        claims = []
        for claim in event.claims:
            said = statements.get(claim.statement or "")
            claims.append(ClaimEvidence(
                source=claim.source, stance=claim.stance, via=tuple(claim.via),
                said_on=_said_on(said, document),
                document=document, event=event.id, statement=claim.statement, quote=said.text if said else None,
                start=said.start if said else event.start, end=said.end if said else event.end,
                by_publisher=_is_publisher(actors.get(claim.source or ""), claim.source, document)))
        yield ReportedEvent(document, event, tuple(claims))


def all_reported_events(stored: Iterable[StoredAnalysis], actors: dict[str, Actor]) -> list[ReportedEvent]:
    return [reported for s in stored for reported in reported_events(s, actors)]
