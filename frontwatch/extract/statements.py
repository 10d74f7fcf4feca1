"""The ``statements`` stage: who said what, how, when and where.

For every sentence, each reporting cue of ``cues.toml`` ("declaró", "said",
"según") gets a frame (``statement_content``: where its content is), a speaker
(``speaker_candidates`` and ``speakers``: who said it), a channel and a date
(``statement_context``). A statement is

- ``direct``: a quotation attached to its attribution ("«...», aseguró X";
  "X said: “...”"); a quote split by its attribution is one statement;
- ``mixed``: reported content that holds a quoted fragment;
- ``indirect``: reported content without quotation marks.

A cue inside the reported content of another ("dijo que una veintena de países
anunció ...") is part of that content, not a statement of its own; a cue inside
a direct quotation is (the quoted speaker reports someone), unless its speaker
is "I"/"we". Questions, negated cues and a sentence-opening gerund ("Writing on
X, Zelensky said ...") report nothing.

Writes ``work.statements`` (ids ``s1``, ``s2``... in text order) and adds the
speakers that are not in the registry to ``work.actors``.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Statement
from ..work import Sentence, Work
from ..resolve.actor_guess import GUESSED_PREFIX
from .claims import outlet_name
from .cues import GERUND, CueMatch, CueSense, find_cues
from .quotes import Quote
from .speaker_candidates import Candidate, main_clause_parts, noun_phrase_before, pick_after, pick_before
from .speakers import FIRST_PERSON, antecedent, resolve
from .statement_content import Frame, frame
from .statement_context import channel, date
from .statement_scan import Draft, Scan, body_start, in_question, new_scan

if TYPE_CHECKING:
    from ..resource_set import Resources

__all__ = ["find_statements"]

# Marks that may open a sentence before its first word.
_LEADING = " \t\"'«“‘-–—•¿¡("


def find_statements(work: Work, resources: "Resources") -> Work:
    """Pipeline stage: fills ``work.statements`` and adds unknown speakers to ``work.actors``."""
    scan = new_scan(work)
    for sentence in work.sentences:
        _read_sentence(scan, sentence)
    _continued_quotes(scan)
    publisher = _publisher(work, resources)
    drafts = sorted((d for d in scan.drafts if d.speaker != publisher), key=lambda d: (d.start, d.end))
    statements = [_statement(f"s{i}", d) for i, d in enumerate(drafts, 1)]
    return replace(work, statements=statements, actors=scan.actors)


def _publisher(work: Work, resources: "Resources") -> str | None:
    """The registry body that publishes the document. What it says of itself in the third person
    ("Генеральний штаб закликає громадян ...", in the General Staff's own communiqué) is the
    document speaking, not a report of someone's words. A person's website ("President of
    Ukraine") reports its owner's words like any outlet."""
    if not work.document.source:
        return None
    actor = resources.actors.actor_for(outlet_name(work.document.source), work.lang.code,
                                       work.document.published_date)
    return None if actor.id.startswith(GUESSED_PREFIX) or actor.kind == "person" else actor.id


def _read_sentence(scan: Scan, sentence: Sentence) -> None:
    start = body_start(scan.text, sentence.start, sentence.end)
    cursor = floor = start  # past the last statement; past the last attribution
    for cue in find_cues(scan.text, start, sentence.end, scan.lang, _forms_in(scan, start, sentence.end)):
        if cue.start < cursor or _reports_nothing(scan, cue, start):
            continue
        found = frame(scan, cue, _zone_start(scan, cue, cursor), _zone_start(scan, cue, floor), sentence.end)
        draft = _draft(scan, cue, found) if found is not None else None
        if draft is None:
            continue
        if draft.kind != "direct" and found.direction in ("backward", "source", "fronted"):
            _drop_embedded(scan, draft)
        scan.drafts.append(draft)
        cursor = draft.quote.inner_start if found.direction == "colon" and draft.quote else found.extent_end
        if found.direction != "forward":
            floor = cursor


def _forms_in(scan: Scan, start: int, end: int) -> list[tuple[int, int, str, CueSense]]:
    low = bisect.bisect_left(scan.cue_starts, start)
    high = bisect.bisect_left(scan.cue_starts, end)
    return scan.cue_forms[low:high]


def _reports_nothing(scan: Scan, cue: CueMatch, sentence_start: int) -> bool:
    if in_question(scan, cue.start):
        return True
    opening = not scan.text[sentence_start:cue.start].strip(_LEADING)
    return cue.form == GERUND and opening  # "Writing on X, Zelensky said ...": a frame, not a report


def _zone_start(scan: Scan, cue: CueMatch, cursor: int) -> int:
    """Where the clause of a cue starts: after the last statement; for a cue inside a
    quotation, within the quotation and the sentence of it that holds the cue."""
    quote = scan.quote_at(cue.start)
    unit = scan.unit_at(cue.start)
    if quote is None or unit is None:
        return cursor
    return max(cursor, quote.inner_start, unit.start)


def _drop_embedded(scan: Scan, outer: Draft) -> None:
    """A statement whose cue lies in the content of a later one was part of that content."""
    scan.drafts[:] = [d for d in scan.drafts if not (outer.start <= d.cue.start < outer.end)]


def _draft(scan: Scan, cue: CueMatch, found: Frame) -> Draft | None:
    speaker, inherited = _speaker(scan, cue, found)
    if speaker is None or speaker == FIRST_PERSON:
        return None
    kind, start, end, text = _content(scan, found)
    if end <= start or not any(c.isalnum() for c in text):
        return None  # nothing was said: "..., according to X" with no clause before it
    draft = Draft(cue=cue, kind=kind, start=start, end=end, text=text, speaker=speaker,
                  extent=(min(start, cue.start), found.extent_end), quote=found.quotes[0] if found.quotes else None)
    context = _nearest_first(scan, found)
    draft.channel = channel(scan, context, cue, speaker)
    draft.date = date(scan, context, cue, found.trailing_time)
    _inherit(scan, draft, channel_too=inherited)
    return draft


def _nearest_first(scan: Scan, found: Frame) -> list[tuple[int, int]]:
    """The attribution's main-clause chunks, nearest the cue first: "declaró este martes ante el
    Consejo de Seguridad" speaks of the saying; "La Embajadora ... ante Naciones Unidas, Linda
    Thomas-Greenfield," of the speaker."""
    after = main_clause_parts(scan, *found.post) if found.post[1] > found.post[0] else []
    before = main_clause_parts(scan, *found.pre) if found.pre[1] > found.pre[0] else []
    return after + before[::-1]


def _speaker(scan: Scan, cue: CueMatch, found: Frame) -> tuple[str | None, bool]:
    """The speaker's actor id, and whether it was taken from an earlier statement (dropped subject)."""
    cand: Candidate | None = None
    if found.pre[1] > found.pre[0]:
        cand = pick_before(scan, *found.pre)
    if cand is None and found.post[1] > found.post[0]:
        cand = pick_after(scan, *found.post)
    if cand is None and found.pre[1] > found.pre[0]:
        cand = noun_phrase_before(scan, found.pre[0], found.pre[1], opened=True)  # "the two workers said"
    if cand is not None:
        return resolve(scan, cand, cand.start), False
    return antecedent(scan, cue.start), True


def _content(scan: Scan, found: Frame) -> tuple[str, int, int, str]:
    """Kind, start, end and text of what was said."""
    if found.quotes:
        parts = [_inside(scan, q.inner_start, q.inner_end) for q in found.quotes]
        parts = [p for p in parts if p[1] > p[0]] or [(found.start, found.start)]
        text = " ".join(scan.text[s:e] for s, e in parts)
        return "direct", parts[0][0], parts[-1][1], text
    start, end = found.start, found.end
    quoted = any(q.closed and start <= q.start and q.end <= end for q in scan.quotes)
    return ("mixed" if quoted else "indirect"), start, end, scan.text[start:end]


def _inside(scan: Scan, start: int, end: int) -> tuple[int, int]:
    """A quotation's words without the spaces and the comma before its closing mark."""
    while start < end and scan.text[start].isspace():
        start += 1
    while end > start and scan.text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


def _inherit(scan: Scan, draft: Draft, channel_too: bool) -> None:
    """A later statement of a sentence keeps the sentence's date ("said on Wednesday ..., while
    Zelensky said ..."); one whose subject was dropped keeps its channel too ("confirmó ... a
    NBC News, aunque negó que ...")."""
    unit = scan.unit_at(draft.cue.start)
    earlier = [d for d in scan.drafts if unit is not None and d.cue.start < draft.cue.start
               and _sentence(scan, d.cue.start) == unit.sentence]
    if not earlier:
        return
    last = earlier[-1]
    draft.date = draft.date or last.date
    if channel_too and last.speaker == draft.speaker:
        draft.channel = draft.channel or last.channel


def _sentence(scan: Scan, pos: int) -> int | None:
    unit = scan.unit_at(pos)
    return unit.sentence if unit is not None else None


def _continued_quotes(scan: Scan) -> None:
    """"The front is stable," Syrskyi said. "We are holding our positions.": a quotation that
    is a sentence of its own, right after a direct statement, goes on with its speaker."""
    for quote in scan.quotes:
        if not _standalone(scan, quote):
            continue
        before = [d for d in scan.drafts if d.extent[1] <= quote.start]
        previous = max(before, key=lambda d: d.extent[1], default=None)
        if previous is None or previous.kind != "direct" \
                or scan.text[previous.extent[1]:quote.start].strip(_LEADING + ".!?\n"):
            continue
        start, end = _inside(scan, quote.inner_start, quote.inner_end)
        scan.drafts.append(Draft(cue=previous.cue, kind="direct", start=start, end=end, text=scan.text[start:end],
                                 speaker=previous.speaker, channel=previous.channel, date=previous.date,
                                 extent=(quote.start, quote.end), quote=quote))


def _standalone(scan: Scan, quote: Quote) -> bool:
    """A closed quotation of more than a few words that makes up its sentence and is no one's yet."""
    words = scan.text[quote.inner_start:quote.inner_end].split()
    if not quote.closed or len(words) <= scan.grammar.quotes.max_term_words:
        return False
    if any(q is not quote and q.start < quote.start and quote.end <= q.end for q in scan.quotes):
        return False  # nested in another quotation
    if any(d.extent[0] <= quote.start < d.extent[1] or d.start <= quote.start < d.end for d in scan.drafts):
        return False
    sentence = next((s for s in scan.work.sentences if s.start <= quote.start < s.end), None)
    if sentence is None:
        return False
    return not scan.text[sentence.start:quote.start].strip(_LEADING) and \
        not scan.text[quote.end:sentence.end].strip(" .!?")


def _statement(statement_id: str, draft: Draft) -> Statement:
    return Statement(
        id=statement_id, speaker=draft.speaker, kind=draft.kind, text=draft.text, cue=draft.cue.surface,
        channel=draft.channel, date=draft.date, start=draft.start, end=draft.end,
        extra={"stance": draft.cue.sense.stance, "cue_start": draft.cue.start, "cue_end": draft.cue.end},
    )
