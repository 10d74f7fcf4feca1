"""What the statement modules share while they read one document.

``Scan`` bundles the work record with the compiled language data, the quotes,
the text cut into *units* (sentences, and the sentences inside a quote of
several) and the statements drafted so far, which later cues read to resolve
"he added" or "añadió". ``Draft`` is a statement before it gets its id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..languages import LanguageData
from ..models import Actor
from ..work import Sentence, TimeMention, Work
from .cues import CueLexicon, CueMatch, lexicon_for
from .quotes import Quote, find_quotes, innermost
from .statement_grammar import Grammar, grammar_for

# Where a sentence inside a quotation ends: end punctuation, closing marks, a capital.
_INNER_BOUNDARY = re.compile(r"[.!?…]+[\"»”’)\]]*\s+(?=[¿¡\"«“‘(]?[^\W\d_])")
# "MOSCOW, Aug 24 (FW Wire) — ", "Kiev, 26 ago (FWN).- ": a dateline opening a paragraph.
_DATELINE = re.compile(r"[^\n()]{1,60}?\([^\n()]{1,30}\)\s*\.?\s*[-–—]+\s*")
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
    zones: list[tuple[int, int]] = field(default_factory=list)  # attribution: speaker, channel, date
    extent: tuple[int, int] = (0, 0)  # content and attribution together
    quote: Quote | None = None  # the quotation a direct statement is
    inherited: bool = False  # speaker taken from an earlier statement of the same sentence
    trailing_time: TimeMention | None = None


@dataclass
class Scan:
    work: Work
    grammar: Grammar
    lexicon: CueLexicon
    quotes: list[Quote]
    units: list[Unit]
    actors: dict[str, Actor]
    drafts: list[Draft] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.work.text

    @property
    def lang(self) -> LanguageData:
        return self.work.lang

    def unit_at(self, pos: int) -> Unit | None:
        for unit in self.units:
            if unit.start <= pos < unit.end:
                return unit
        return None

    def quote_at(self, pos: int) -> Quote | None:
        return innermost(self.quotes, pos)

    def direct_quotes(self) -> list[Quote]:
        return [d.quote for d in self.drafts if d.quote is not None]


def new_scan(work: Work) -> Scan:
    grammar = grammar_for(work.lang)
    quotes = find_quotes(work.text, grammar.quotes)
    return Scan(work=work, grammar=grammar, lexicon=lexicon_for(work.lang), quotes=quotes,
                units=_units(work.text, work.sentences, grammar), actors=dict(work.actors))


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
