"""Markdown for the situation report and the place timeline (the same records as their JSON)."""
from __future__ import annotations

from .lines import ChangeLine, ClaimLine, EventLine, Reference
from .situation import ContradictionLine, FirstLine, SituationReport, VoiceLine
from .statements import StatementGroup
from .timeline import PlaceReport

QUOTE_CHARS = 200


def _cites(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


def _quote(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return f": “{text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + '…'}”"


def claim_text(claim: ClaimLine) -> str:
    via = f" via {' > '.join(claim.via)}" if claim.via else ""
    when = f" ({claim.said_on})" if claim.said_on else ""
    return f"{claim.source_name} {claim.stance}{when}{via}{_quote(claim.quote)} {_cites(claim.cites)}"


def _state(change: ChangeLine) -> str:
    side = change.holder or "unknown side"
    state = f"**{change.status}** ({side} {change.what}"
    if change.what == "control" and change.presence and change.presence != change.status:
        state += f"; presence {change.presence}"
    return state + ")"


def change_lines(change: ChangeLine) -> list[str]:
    moved = f"{change.previous} → " if change.previous and change.previous != change.status else ""
    lines = [f"- {change.on or 'undated'}: {moved}{_state(change)}"]
    lines += [f"    - {claim_text(c)}" for c in change.evidence]
    return lines


def _event_lines(event: EventLine) -> list[str]:
    where = ", ".join(event.places) or "place not said"
    lines = [f"- {event.type} at {where} ({event.date or 'undated'}) `{event.id}`"]
    return lines + [f"    - {claim_text(c)}" for c in event.claims]


def _voices(voices: list[VoiceLine]) -> str:
    return ", ".join(f"{v.source_name} ({v.stance} {v.said_on or 'undated'}) {_cites(v.cites)}" for v in voices)


def _contradiction_line(line: ContradictionLine) -> str:
    where = ", ".join(line.places) or "place not said"
    return (f"- {line.type} at {where} ({line.date or 'undated'}): supported by {_voices(line.supported_by)}; "
            f"disputed by {_voices(line.disputed_by)}")


def _first_line(first: FirstLine) -> str:
    line = (f"- {first.side} in {first.region}: first claimed {first.claimed_on or 'undated'} "
            f"({first.place}, by {first.claimed_by}) {_cites(first.cites)}")
    if first.confirmed_on:
        line += f"; first confirmed {first.confirmed_on} ({first.confirmed_what} in {first.confirmed_place})"
    return line + "."


def _statement_lines(group: StatementGroup) -> list[str]:
    lines = [f"### {group.speaker_name}"]
    for st in group.statements:
        cue = f" {st.cue}" if st.cue else ""
        lines.append(f"- {st.date or 'undated'}{cue} ({st.kind}){_quote(st.text)} {_cites(st.cites)}")
    return lines


def _references(references: list[Reference]) -> list[str]:
    lines = ["## Sources", ""]
    for ref in references:
        copy = f" (syndicated copy of [{ref.copy_of}])" if ref.copy_of else ""
        url = f" <{ref.url}>" if ref.url else ""
        title = f", “{ref.title}”" if ref.title else ""
        lines.append(f"[{ref.number}] {ref.source or 'unknown source'}, {ref.published or 'undated'}{title}"
                     f"{url} `{ref.document}`{copy}  ")
    return lines


def _section(title: str, body: list[str], empty: str) -> list[str]:
    return [f"## {title}", "", *(body or [f"_{empty}_"]), ""]


def render_situation(report: SituationReport) -> str:
    span = f"{report.since or 'the beginning'} to {report.until or 'today'}"
    head = f"# Situation report, {span}" + (f": {report.region}" if report.region else "")
    changes: list[str] = []
    place = None
    for change in report.changes:
        if change.place != place:
            place = change.place
            region = f" ({change.region})" if change.region and change.region != change.place_name else ""
            changes += ["", f"### {change.place_name}{region}"] if changes else [f"### {change.place_name}{region}"]
        changes += change_lines(change)
    statements = [line for group in report.statements for line in [*_statement_lines(group), ""]]
    lines = [head, "",
             *_section("State changes by place", changes, "no change of state in the period"),
             *_section("Firsts", [_first_line(f) for f in report.firsts], "none in the period"),
             *_section("New claims", [x for e in report.new_claims for x in _event_lines(e)], "none in the period"),
             *_section("Contradicting claims", [_contradiction_line(c) for c in report.contradictions],
                       "none in the period"),
             *_section("Key statements by actor", statements[:-1] if statements else [], "none in the period"),
             *_references(report.references)]
    return "\n".join(lines).rstrip() + "\n"


def render_place(report: PlaceReport) -> str:
    p = report.place
    where = ", ".join(x for x in (p.admin1, p.country) if x)
    coords = f" ({p.lat:.4f}, {p.lon:.4f})" if p.lat is not None and p.lon is not None else ""
    now = f"{_state(report.current)} since {report.current.on}" if report.current else "no territorial claims"
    changes = [x for c in report.changes for x in change_lines(c)]
    lines = [f"# {p.name}" + (f", {where}" if where else "") + coords, "", f"Now: {now}", "",
             *_section("Timeline", changes, "no change of state"),
             *_section("Events and claims", [x for e in report.events for x in _event_lines(e)], "no events"),
             *_references(report.references)]
    return "\n".join(lines).rstrip() + "\n"
