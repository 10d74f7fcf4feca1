"""A readable, plain-text report of one analysis (the CLI's default output)."""
from __future__ import annotations

from ..models import Analysis, Event, Statement


def _name(names: dict[str, str], ref: str | None) -> str:
    return names.get(ref or "", ref or "?")


def _statement_line(st: Statement, actors: dict[str, str]) -> str:
    where = f" on/to {_name(actors, st.channel)}" if st.channel else ""
    when = f" ({st.date})" if st.date else ""
    text = st.text if len(st.text) <= 160 else st.text[:157] + "..."
    return f"  [{st.kind}] {_name(actors, st.speaker)} {st.cue or ''}{where}{when}: {text}"


def _event_lines(ev: Event, actors: dict[str, str], places: dict[str, str]) -> list[str]:
    where = ", ".join(_name(places, p) for p in ev.places) or "place not said"
    who = ", ".join(_name(actors, a) for a in ev.actors) or "actor not said"
    when = ev.date or "date not said"
    lines = [f"  {ev.type}: {who} @ {where}, {when}"]
    for claim in ev.claims:
        via = f" via {' > '.join(_name(actors, v) for v in claim.via)}" if claim.via else ""
        lines.append(f"      {claim.stance}: {_name(actors, claim.source)}{via}")
    return lines


def render_analysis(analysis: Analysis) -> str:
    doc = analysis.document
    actors = {a.id: a.name for a in analysis.actors}
    places = {p.id: p.name + (f" ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None and p.lon is not None else "")
              for p in analysis.places}
    head = f"{doc.id} [{doc.language}] {doc.published or 'undated'} {doc.source or ''}".rstrip()
    lines = [head, "=" * len(head), f"Statements ({len(analysis.statements)})"]
    lines += [_statement_line(st, actors) for st in analysis.statements]
    lines.append(f"Events ({len(analysis.events)})")
    for ev in analysis.events:
        lines += _event_lines(ev, actors, places)
    return "\n".join(lines) + "\n"
