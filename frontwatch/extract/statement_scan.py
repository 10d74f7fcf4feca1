"""What the statement modules share while they read one document.

``Scan`` bundles the work record with the compiled language data, the quotes,
the text cut into *units* (sentences, and the sentences inside a quote of
several) and the statements drafted so far, which later cues read to resolve
"he added" or "añadió". ``Draft`` is a statement before it gets its id.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..languages import LanguageData
from ..models import Actor
from ..work import Sentence, Work
from .cues import CueLexicon, CueMatch, CueSense, cue_spans, lexicon_for
from .quotes import Quote, find_quotes, innermost
from .statement_grammar import Grammar, grammar_for

# Where a sentence inside a quotation ends: end punctuation, closing marks, a capital.
_INNER_BOUNDARY = re.compile(r"[.!?…]+[\"»”’)\]]*\s+(?=[¿¡\"«“‘(]?[^\W\d_])")
# "MOSCOW, Aug 24 (FW Wire) — ", "Kiev, 26 ago (FWN).- ", "(ANSA) - ROMA, 27 AGO - ": a dateline
# opening a paragraph.
_DATELINE = re.compile(r"[^\n()]{1,60}?\([^\n()]{1,30}\)\s*\.?\s*[-–—]+\s*"
                       r"|\([^\n()]{1,30}\)\s*[-–—]+\s*[^\n()]{1,40}?\s[-–—]+\s+")
# "- ", "• ": a bullet opening a line.
_BULLET = re.compile(r"[-•*–—]\s+")


@dataclass(frozen=True)
class Unit:
    """A sentence, or a sentence inside a quotation that holds several."""

    start: int
    end: int
    sentence: int  # index in work.sentences


@dataclass
class Draft:
    """A statement found but not yet numbered."""

    cue: CueMatch
    kind: str  # direct | indirect | mixed
    start: int
    end: int
    text: str
    speaker: str | None = None
    channel: str | None = None
    date: str | None = None
    extent: tuple[int, int] = (0, 0)  # content and attribution together
    quote: Quote | None = None  # the quotation a direct statement is


@dataclass
class Scan:
    work: Work
    grammar: Grammar
    lexicon: CueLexicon
    quotes: list[Quote]
    units: list[Unit]
    actors: dict[str, Actor]
    drafts: list[Draft] = field(default_factory=list)
    text: str = ""
    folded_names: dict[str, frozenset[str]] = field(default_factory=dict)  # actor id -> its names, folded
    cue_starts: list[int] = field(default_factory=list)  # where any cue form starts, in order
    cue_forms: list[tuple[int, int, str, CueSense]] = field(default_factory=list)  # every cue form
    candidate_cache: dict[tuple[int, int], tuple[Any, ...]] = field(default_factory=dict)  # speaker_candidates
    unit_starts: list[int] = field(default_factory=list)

    def has_cue(self, start: int, end: int) -> bool:
        """Is there a cue form (in use or not) in ``[start, end)``?"""
        index = bisect.bisect_left(self.cue_starts, start)
        return index < len(self.cue_starts) and self.cue_starts[index] < end

    @property
    def lang(self) -> LanguageData:
        return self.work.lang

    def unit_at(self, pos: int) -> Unit | None:
        if not self.unit_starts:
            self.unit_starts = [u.start for u in self.units]
        index = bisect.bisect_right(self.unit_starts, pos) - 1
        if index >= 0 and self.units[index].start <= pos < self.units[index].end:
            return self.units[index]
        return None

    def quote_at(self, pos: int) -> Quote | None:
        return innermost(self.quotes, pos)

    def direct_quotes(self) -> list[Quote]:
        return [d.quote for d in self.drafts if d.quote is not None]


def new_scan(work: Work) -> Scan:
    grammar = grammar_for(work.lang)
    quotes = find_quotes(work.text, grammar.quotes)
    lexicon = lexicon_for(work.lang)
    forms = list(cue_spans(work.text, 0, len(work.text), lexicon))
    return Scan(work=work, grammar=grammar, lexicon=lexicon, quotes=quotes,
                units=_units(work.text, work.sentences, grammar), actors=dict(work.actors), text=work.text,
                cue_starts=[f[0] for f in forms], cue_forms=forms)


def _units(text: str, sentences: list[Sentence], grammar: Grammar) -> list[Unit]:
    units = []
    for index, sentence in enumerate(sentences):
        start = sentence.start
        for match in _INNER_BOUNDARY.finditer(text, sentence.start, sentence.end):
            if _is_abbreviation(text, start, match.start(), grammar):
                continue
            units.append(Unit(start, match.end(), index))
            start = match.end()
        units.append(Unit(start, sentence.end, index))
    return units


def _is_abbreviation(text: str, low: int, pos: int, grammar: Grammar) -> bool:
    word = text[low:pos].rsplit(None, 1)[-1] if text[low:pos].strip() else ""
    word = word.lstrip("\"«“‘(¿¡").casefold()
    return grammar.has("abbreviations", word) or (len(word) == 1 and word.isalpha())


def body_start(text: str, start: int, end: int) -> int:
    """Where a sentence's words start: after a dateline or a bullet."""
    paragraph_start = start == 0 or text[start - 1] == "\n" or text[:start].rstrip(" \t").endswith("\n")
    if paragraph_start:
        match = _DATELINE.match(text, start, end) or _BULLET.match(text, start, end)
        if match and match.end() < end:
            return match.end()
    return start


def in_question(scan: Scan, pos: int) -> bool:
    """Is ``pos`` in a question ("¿Está de acuerdo ...?"): asking is not reporting."""
    unit = scan.unit_at(pos)
    if unit is None:
        return False
    piece = scan.text[unit.start:unit.end].strip().rstrip("\"»”’)")
    return piece.endswith("?") or piece.startswith("¿")
