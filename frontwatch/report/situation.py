"""The situation report: what changed in a period (and region), every line citing its documents.

    state changes by place     each place's changes of state in the period, with the claims that moved it
    firsts                     a side's first claimed / confirmed presence or control in a region
    new claims                 ledger events with claims made in the period
    contradicting claims       ledger events some sources support and others deny
    key statements by actor    what the most quoted actors said in the period
"""
from __future__ import annotations

from dataclasses import dataclass

from ..assess import Assessment, ClaimEvidence, LedgerEvent
from ..settings import ReportSettings
from .lines import ChangeLine, Citations, EventLine, Period, Reference, change_line, event_index, event_line, in_region
from .statements import StatementGroup, key_statements


@dataclass(frozen=True)
class FirstLine:
    side: str
    region: str
    place: str
    claimed_on: str | None
    claimed_by: str
    cites: list[int]
    confirmed_on: str | None
    confirmed_place: str | None
    confirmed_what: str | None


@dataclass(frozen=True)
class VoiceLine:
    source: str | None
    source_name: str
    stance: str  # its latest, up to the period's end
    said_on: str | None
    cites: list[int]


@dataclass(frozen=True)
class ContradictionLine:
    event: str
    type: str
    places: list[str]
    date: str | None
    supported_by: list[VoiceLine]
    disputed_by: list[VoiceLine]


@dataclass(frozen=True)
class SituationReport:
    since: str | None
    until: str | None
    region: str | None
    changes: list[ChangeLine]
    firsts: list[FirstLine]
    new_claims: list[EventLine]
    contradictions: list[ContradictionLine]
    statements: list[StatementGroup]
    references: list[Reference]


def situation_report(assessment: Assessment, settings: ReportSettings, since: str | None = None,
                     until: str | None = None, region: str | None = None) -> SituationReport:
    period = Period(since, until)
    citations = Citations(s.document for s in assessment.analyses)
    index = event_index(assessment.events)
    changes = [change_line(change, assessment, index, citations)
               for pid, timeline in sorted(assessment.places.items(), key=lambda i: assessment.place_name(i[0]))
               if in_region(assessment, [pid], region)
               for change in timeline.changes if change.on in period]
    firsts = [FirstLine(f.side, f.region, assessment.place_name(f.place), f.claimed_on,
                        assessment.actor_name(f.claim.source), [citations.cite(f.claim.document)], f.confirmed_on,
                        assessment.place_name(f.confirmed_place) if f.confirmed_place else None, f.confirmed_what)
              for f in assessment.firsts
              if (f.claimed_on in period or f.confirmed_on in period) and in_region(assessment, [f.place], region)]
    events = [e for e in assessment.events if in_region(assessment, e.places, region)]
    new = [event_line(e, [c for c in e.claims if c.said_on in period], assessment, index, citations)
           for e in events if any(c.said_on in period for c in e.claims)]
    contradicted = [_contradiction(e, period, assessment, citations) for e in events if _contradicted(e, period)]
    statements = key_statements(assessment, period, region, settings, citations)
    return SituationReport(since, until, region, changes, firsts, new, contradicted, statements,
                           citations.references())


def _contradicted(event: LedgerEvent, period: Period) -> bool:
    """Supported and disputed by claims made up to the period's end, one of them within it."""
    until = [c for c in event.claims if period.until is None or (c.said_on or "") <= period.until]
    directions = {c.direction for c in until}
    return {"supports", "disputes"} <= directions and any(c.said_on in period for c in until)


def _contradiction(event: LedgerEvent, period: Period, assessment: Assessment,
                   citations: Citations) -> ContradictionLine:
    """Who supports and who disputes the event, each voice with its latest word up to the period's end."""
    latest: dict[str, list[ClaimEvidence]] = {}
    for claim in event.claims:
        if claim.direction != "neutral" and (period.until is None or (claim.said_on or "") <= period.until):
            if latest.get(claim.voice) and latest[claim.voice][-1].stance != claim.stance:
                latest[claim.voice] = []
            latest.setdefault(claim.voice, []).append(claim)
    voices = [VoiceLine(c[-1].source, assessment.actor_name(c[-1].source), c[-1].stance, c[-1].said_on,
                        list(dict.fromkeys(citations.cite(x.document) for x in c))) for c in latest.values()]
    return ContradictionLine(event.id, event.type, [assessment.place_name(p) for p in event.places], event.first_date,
                             [v for v in voices if v.stance != "denies"], [v for v in voices if v.stance == "denies"])
