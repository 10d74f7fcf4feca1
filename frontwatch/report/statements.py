"""Key statements by actor: what the most quoted actors said in a period.

Actors are ranked by how many distinct things they said (a statement relayed by five outlets
is one statement citing five documents); for each, the statements some claim rests on come
first, then the longest, at most ``report.statements_per_actor`` of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..assess import Assessment
from ..settings import ReportSettings
from ..store.fingerprint import fold
from ..store.records import StoredDocument
from .lines import Citations, Period, in_region


@dataclass(frozen=True)
class StatementLine:
    kind: str
    text: str
    cue: str | None
    date: str | None
    cites: list[int]
    backs_claim: bool


@dataclass(frozen=True)
class StatementGroup:
    speaker: str
    speaker_name: str
    statements: list[StatementLine]


@dataclass
class _Said:
    kind: str
    text: str
    cue: str | None
    date: str | None
    documents: list[StoredDocument] = field(default_factory=list)
    backs_claim: bool = False


def _collect(assessment: Assessment, period: Period, region: str | None) -> dict[str, dict[str, _Said]]:
    said: dict[str, dict[str, _Said]] = {}
    for stored in assessment.analyses:
        analysis = stored.analysis
        if not in_region(assessment, [p.id for p in analysis.places], region):
            continue
        backing = {c.statement for e in analysis.events for c in e.claims if c.statement}
        for st in analysis.statements:
            day = st.date or stored.document.published
            if not st.speaker or day not in period:
                continue
            entry = said.setdefault(st.speaker, {}).setdefault(
                fold(" ".join(st.text.split())), _Said(st.kind, st.text, st.cue, day))
            entry.documents.append(stored.document)
            entry.backs_claim = entry.backs_claim or st.id in backing
    return said


def key_statements(assessment: Assessment, period: Period, region: str | None, settings: ReportSettings,
                   citations: Citations) -> list[StatementGroup]:
    said = _collect(assessment, period, region)
    ranked = sorted(said.items(), key=lambda item: (-len(item[1]), assessment.actor_name(item[0])))
    groups = []
    for speaker, statements in ranked[:settings.max_actors]:
        chosen = sorted(statements.values(), key=lambda s: (not s.backs_claim, -len(s.text), s.date or ""))
        chosen = sorted(chosen[:settings.statements_per_actor], key=lambda s: (s.date or "", s.text))
        groups.append(StatementGroup(speaker, assessment.actor_name(speaker), [
            StatementLine(s.kind, s.text, s.cue, s.date, [citations.cite(d) for d in s.documents], s.backs_claim)
            for s in chosen]))
    return groups
