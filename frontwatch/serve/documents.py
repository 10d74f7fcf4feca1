"""A stored document as the evidence view shows it: the body, its analysis (FORMAT.md shape) and the
spans to highlight in the text, like a displaCy entity view.

    statement  the words of each statement (its offsets)
    cue        the verb or phrase that marks it (``cue_start``/``cue_end``, when the analysis kept them)
    trigger    the words that told of an event (the event's ``mentions``, when kept)
    speaker    a name of a statement's speaker near the statement
    place      a name of a place of the analysis anywhere in the text

The analysis keeps no offsets for actor and place mentions, so speakers and places are found again
by their names and aliases (whole words, case folded); where two such names overlap the longer
wins. Everything here is data: the web app renders it with ``textContent`` only.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..models import Actor, Analysis, Place
from ..store.records import StoredAnalysis

SPEAKER_WINDOW = 400  # characters before and after a statement where its speaker is named
MIN_NAME = 3  # shorter aliases ("UA", "EU") match too much as plain words


def _span(start: Any, end: Any, label: str, ref: str | None, size: int) -> dict[str, Any] | None:
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= size:
        return None  # an analysis from elsewhere may carry offsets that do not fit this body
    return {"start": start, "end": end, "label": label, "ref": ref}


def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    usable = sorted({n.strip() for n in names if len(n.strip()) >= MIN_NAME}, key=len, reverse=True)
    if not usable:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in usable) + r")(?!\w)", re.IGNORECASE)


def _matches(pattern: re.Pattern[str] | None, text: str, start: int = 0,
             end: int | None = None) -> Iterator[tuple[int, int]]:
    if pattern is not None:
        for match in pattern.finditer(text, start, len(text) if end is None else end):
            yield match.start(), match.end()


def _record_names(record: Actor | Place) -> list[str]:
    return [record.name, *record.aliases]


def statement_spans(analysis: Analysis, size: int) -> list[dict[str, Any]]:
    spans = []
    for st in analysis.statements:
        spans.append(_span(st.start, st.end, "statement", st.id, size))
        spans.append(_span(st.extra.get("cue_start"), st.extra.get("cue_end"), "cue", st.id, size))
    for event in analysis.events:
        for mention in event.extra.get("mentions") or []:
            if isinstance(mention, list) and len(mention) == 2:
                spans.append(_span(mention[0], mention[1], "trigger", event.id, size))
    return [s for s in spans if s]


def entity_spans(analysis: Analysis, text: str) -> list[dict[str, Any]]:
    """Speakers near their statements and places anywhere; overlaps resolved, longest first."""
    found: list[dict[str, Any]] = []
    actors = {a.id: a for a in analysis.actors}
    patterns = {a.id: _names_pattern(_record_names(a)) for a in analysis.actors}
    for st in analysis.statements:
        if st.speaker in actors:
            lo, hi = max(0, st.start - SPEAKER_WINDOW), min(len(text), st.end + SPEAKER_WINDOW)
            found += [{"start": s, "end": e, "label": "speaker", "ref": st.speaker}
                      for s, e in _matches(patterns[st.speaker], text, lo, hi)]
    for place in analysis.places:
        found += [{"start": s, "end": e, "label": "place", "ref": place.id}
                  for s, e in _matches(_names_pattern(_record_names(place)), text)]
    return _without_overlaps(found)


def _without_overlaps(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: (-(s["end"] - s["start"]), s["start"], s["label"])):
        if not any(span["start"] < e and s < span["end"] for s, e in taken):
            kept.append(span)
            taken.append((span["start"], span["end"]))
    return sorted(kept, key=lambda s: (s["start"], s["end"]))


def document_view(stored: StoredAnalysis) -> dict[str, Any]:
    analysis, doc = stored.analysis, stored.document
    text = analysis.document.text
    spans = statement_spans(analysis, len(text)) + entity_spans(analysis, text)
    # Where a document was read from may be a path on the server: only a URL is shown.
    origin = doc.origin if doc.origin and doc.origin.startswith(("http://", "https://")) else None
    return {"id": doc.id, "name": doc.name, "title": doc.title, "source": doc.source, "published": doc.published,
            "language": doc.language, "url": doc.url, "origin": origin, "syndicated_of": doc.syndicated_of,
            "similarity": doc.similarity, "text": text, "analysis": analysis.to_dict(),
            "spans": sorted(spans, key=lambda s: (s["start"], -s["end"], s["label"]))}
