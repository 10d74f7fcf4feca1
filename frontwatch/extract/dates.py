"""Date expressions: find them, resolve them against the publication date.

The pipeline stage :func:`find_dates` fills ``Work.time_mentions``. Other stages
ask :func:`date_in_span` and :func:`date_near` which date goes with a
statement or an event, and :func:`is_anterior` whether a clause reports
something that happened before ("había reivindicado previamente"), so that
the publication date should not be given to it.

Everything a language says about dates lives in ``resources/lang/<code>/
dates.toml`` (documented in docs/dates.md); this module and its helpers
(``date_patterns``, ``date_grammar``, ``date_scan``, ``date_resolve``) hold no
word of any language.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from ..languages import LanguageData
from ..resource_set import Resources
from ..work import TimeMention, Work
from .date_grammar import DateGrammar, grammar_for
from .date_resolve import resolve
from .date_scan import Found, scan

__all__ = ["find_dates", "date_in_span", "date_near", "is_anterior", "resolve_expression", "time_mentions"]


def find_dates(work: Work, resources: Resources) -> Work:
    """Pipeline stage: every date expression of the text, resolved.

    Writes ``time_mentions``. Without a publication date, expressions that
    depend on it ("ayer", "el martes", "20 August") are left out.
    """
    mentions = time_mentions(work.text, grammar_for(work.lang), work.document.published_date)
    return dataclasses.replace(work, time_mentions=mentions)


def time_mentions(text: str, grammar: DateGrammar, published: dt.date | None) -> list[TimeMention]:
    """The resolved date expressions of ``text``, in order of appearance."""
    resolved = (resolve(found, grammar, text, published) for found in scan(text, grammar))
    return [mention for mention in resolved if mention is not None]


def resolve_expression(text: str, lang: LanguageData, published: dt.date) -> TimeMention | None:
    """The date a standalone string expresses ("hace dos días"), or None.

    When the string holds several expressions the longest wins. Offsets are
    those of the string.
    """
    mentions = time_mentions(text, grammar_for(lang), published)
    return max(mentions, key=lambda m: m.end - m.start, default=None)


def date_in_span(work: Work, start: int, end: int) -> TimeMention | None:
    """The date expression inside ``[start, end)``; of several, the one nearest ``start``."""
    inside = [m for m in work.time_mentions if m.start < end and m.end > start]
    return min(inside, key=lambda m: abs(m.start - start), default=None)


def date_near(work: Work, start: int, end: int, *, window: int = 80) -> TimeMention | None:
    """The date expression nearest the span, in the same sentence, at most ``window``
    characters away (0 when it overlaps the span). On a tie the earlier one wins:
    "declaró este miércoles que ..." dates what follows it."""
    low, high = _sentence_bounds(work, start, end)
    best: TimeMention | None = None
    best_gap = window + 1
    for mention in work.time_mentions:
        if mention.start < low or mention.end > high:
            continue
        gap = max(mention.start - end, start - mention.end, 0)
        if gap < best_gap:
            best, best_gap = mention, gap
    return best


def _sentence_bounds(work: Work, start: int, end: int) -> tuple[int, int]:
    """The sentences the span touches; the whole text when there are no sentences yet."""
    if not work.sentences:
        return 0, len(work.text)
    touched = [s for s in work.sentences if s.start < max(end, start + 1) and s.end > start]
    if not touched:
        return start, end  # a span outside every sentence: only what overlaps it
    return min(s.start for s in touched), max(s.end for s in touched)


def is_anterior(text: str, lang: LanguageData) -> bool:
    """Whether the clause is in a pluperfect/anterior tense ("había reivindicado",
    "had claimed") or carries an anterior adverb ("previamente", "earlier", "ранее").

    An adverb that is part of a date expression ("earlier today", "Earlier on
    Sunday") does not count: that clause has a date of its own.
    """
    grammar = grammar_for(lang)
    if grammar.anterior is None:
        return False
    has_verbs = "verb" in grammar.anterior.groupindex
    dates: list[Found] | None = None  # scanned only when an adverb is found
    for match in grammar.anterior.finditer(text):
        if has_verbs and match.group("verb"):
            return True
        dates = scan(text, grammar) if dates is None else dates
        if not any(d.start <= match.start() and match.end() <= d.end for d in dates):
            return True
    return False
