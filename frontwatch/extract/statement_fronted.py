"""Content that stands before the speaker rather than after the cue.

Two constructions of news prose, frequent in Ukrainian, Russian and Italian:

- *anaphoric*: a pronoun beside the cue stands for what the sentence before said,
  and the speaker follows the cue: "Про це заявив ... речник ... Віктор Трегубов",
  "Об этом сообщил ...", "Lo ha dichiarato oggi il portavoce ...". The sentence
  before is the content;
- *fronted*: the content opens the sentence with one of the cue's markers, the
  speaker comes between it and the cue: "О взятии соседней Новогеоргиевки Минобороны
  отчиталось 20 августа" ("of the capture ... the ministry reported").

The words are language data: ``content_anaphors`` in grammar.toml, the ``markers`` of
each verb group in cues.toml. ``statement_content.frame`` turns what is found here
into a ``Frame``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .cues import FINITE, CueMatch
from .speaker_candidates import DESCRIPTION, MENTION, NAME, candidates, pick_after
from .statement_grammar import words
from .statement_scan import Scan, body_start
from .statement_spans import attribution_end, skip_light, skip_spaces, top_level_break, trim, word_at

__all__ = ["Fronted", "anaphor_before", "anaphoric", "fronted"]

# Marks that may open a clause before its first word.
_LEADING = " \t\"'«“‘-–—•¿¡("


@dataclass(frozen=True)
class Fronted:
    """Where the content is and where the speaker may be named."""

    start: int
    end: int
    pre: tuple[int, int]  # where the subject may stand before the cue
    post: tuple[int, int]  # ... and after it
    extent_end: int  # where the attribution ends


def anaphor_before(scan: Scan, cue: CueMatch, zone_start: int) -> tuple[int, int] | None:
    """The content anaphor right before the cue, at the start of its clause ("Про це заявив",
    "Lo ha dichiarato", "Вчора про це повідомив"); only times and adverbs may precede it."""
    start = scan.grammar.ends("content_anaphors", scan.text, cue.start)
    if start is None or start < zone_start:
        return None
    return (start, cue.start) if _only_circumstances(scan, zone_start, start) else None


def anaphor_after(scan: Scan, cue: CueMatch, limit: int) -> tuple[int, int] | None:
    """A content anaphor of two words or more right after the cue ("заявив про це речник").
    A single word there is as likely the determiner of the subject ("ha dichiarato lo Stato
    maggiore", "заявив це відомство")."""
    pos = skip_spaces(scan.text, cue.end, limit)
    end = scan.grammar.starts("content_anaphors", scan.text, pos)
    if end is None or end > limit or len(words(scan.text, pos, end)) < 2:
        return None
    return pos, end


def anaphoric(scan: Scan, cue: CueMatch, anaphor: tuple[int, int], zone_start: int, limit: int) -> Fronted | None:
    """The sentence before is what was said; None when there is none, or when a statement
    was already found in it (the anaphor then points at that report, not at a new one)."""
    previous = _previous_sentence(scan, cue.start)
    if previous is None or any(previous[0] <= d.cue.start < previous[1] or d.start < previous[1] <= d.end
                               for d in scan.drafts):
        return None
    start, end = trim(scan, body_start(scan.text, *previous), previous[1])
    if end <= start:
        return None
    after = anaphor[1] if anaphor[0] >= cue.end else cue.end
    close = attribution_end(scan, after, limit)
    return Fronted(start, end, (zone_start, min(anaphor[0], cue.start)), (after, close), close)


def fronted(scan: Scan, cue: CueMatch, zone_start: int, limit: int) -> Fronted | None:
    """"О взятии ... Минобороны отчиталось 20 августа": the clause opens with a marker of the
    cue, the speaker stands just before the cue (or just after it), and nothing but times
    and circumstances follows the cue."""
    text = scan.text
    first = word_at(scan, _clause_start(scan, zone_start), limit)
    if cue.form != FINITE or first is None or first.group(0).casefold() not in _markers(cue):
        return None
    content_start = skip_spaces(text, first.end(), limit)
    if content_start >= cue.start or top_level_break(scan, content_start, cue.start, ",;:") is not None:
        return None
    if not _clause_ends(scan, skip_light(scan, cue, limit), limit):
        return None  # the cue has content of its own after it
    close = attribution_end(scan, cue.end, limit)
    subject = _subject_before(scan, content_start, cue.start)
    if subject is None and pick_after(scan, cue.end, close) is None:
        return None
    content_end = subject if subject is not None else cue.start
    start, end = trim(scan, content_start, content_end)
    if end <= start:
        return None
    return Fronted(start, end, (content_end, cue.start), (cue.end, close), close)


def _markers(cue: CueMatch) -> set[str]:
    return {m.casefold() for m in cue.sense.markers}


def _clause_start(scan: Scan, zone_start: int) -> int:
    pos = zone_start
    while pos < len(scan.text) and scan.text[pos] in _LEADING:
        pos += 1
    return pos


def _subject_before(scan: Scan, start: int, cue_start: int) -> int | None:
    """Where the subject standing right before the cue starts: the last name, mention or
    description of the stretch, with only times and adverbs between it and the cue."""
    found = [c for c in candidates(scan, start, cue_start) if c.kind in (MENTION, NAME, DESCRIPTION)]
    if not found or found[-1].start <= start:
        return None
    return found[-1].start if _only_circumstances(scan, found[-1].end, cue_start) else None


def _only_circumstances(scan: Scan, start: int, end: int) -> bool:
    """Only times, adverbs and opening marks in ``[start, end)``."""
    times = scan.work.time_mentions
    return all(scan.grammar.is_adverb(w.group(0)) or any(t.start <= w.start() < t.end for t in times)
               for w in words(scan.text, start, end))


def _clause_ends(scan: Scan, pos: int, limit: int) -> bool:
    rest = scan.text[pos:limit].strip()
    return not rest or rest[0] in ".;!?"


def _previous_sentence(scan: Scan, pos: int) -> tuple[int, int] | None:
    unit = scan.unit_at(pos)
    if unit is None or unit.sentence == 0:
        return None
    sentence = scan.work.sentences[unit.sentence - 1]
    return sentence.start, sentence.end
