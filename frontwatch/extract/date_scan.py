"""Find where date expressions are: leftmost-longest matching of grammar rules.

The text is cut into words once and every word is looked up in the grammar's
index (see ``date_grammar``). Most words have no rules at all; a function word
("el", "in", "на") is dropped at once when the next word cannot continue any of
its rules. At the few words left the scanner tries the rules and keeps the
longest match, so "el martes pasado" beats "el martes" and "en febrero de 2022"
beats "en febrero". That keeps a 2,500-character article well under a
millisecond.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from typing import cast

from .date_grammar import Bucket, DateGrammar, Rule

__all__ = ["Found", "scan"]

# Splitting keeps the separators: chunks alternate separator, word, separator, ...
# so offsets come from summed lengths instead of a match object per word.
_WORDS = re.compile(r"(\w+)")
# Kinds that name a day, so "por la noche" / "night" after them belongs to them.
_DAY_KINDS = frozenset({"relative", "weekday", "date", "holiday"})


@dataclass(frozen=True)
class Found:
    """One match: its span (day part included), the rule and the regex match of its core."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def scan(text: str, grammar: DateGrammar) -> list[Found]:
    """Every date expression of ``text``, in order, none overlapping."""
    found: list[Found] = []
    chunks = _WORDS.split(fold_case(text))
    words = chunks[1::2]
    buckets = list(map(grammar.index.get, words))  # most words have none
    offset = done = 0  # the chunks before index ``done`` are ``offset`` characters long
    last = len(words) - 1
    for i in compress(range(len(words)), buckets):
        bucket = cast(Bucket, buckets[i])  # compress() kept only the words that have one
        if bucket.next_words is not None:  # runs for every "de", "in": kept inline
            following = words[i + 1] if i < last else ""
            if following not in bucket.next_words and not (bucket.next_digits and following[:1].isdigit()):
                continue
        offset += sum(map(len, chunks[done:2 * i + 1]))
        done = 2 * i + 1
        _try(text, offset, bucket, grammar, found)
    return found


def fold_case(text: str) -> str:
    """Lower case of the same length, so offsets still hold ("İ".lower() has two characters)."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _try(text: str, start: int, bucket: Bucket, grammar: DateGrammar, found: list[Found]) -> None:
    """Add the longest match at ``start``, if any.

    A match that starts inside the previous one but reaches further replaces
    it: "on Aug 24-26, 2025" is one span, though "on Aug 24" matched first.
    """
    best: Found | None = None
    for rule in bucket.rules:
        match = rule.regex.match(text, start)
        # Strictly longer: on a tie the rule filed first (see _KIND_ORDER) stays.
        if match and (best is None or match.end() > best.end):
            best = Found(start, match.end(), rule, match)
    if best is None:
        return
    best = _with_day_part(text, best, grammar)
    if not found or start >= found[-1].end:
        found.append(best)
    elif best.end > found[-1].end:
        found[-1] = best


def _with_day_part(text: str, found: Found, grammar: DateGrammar) -> Found:
    """Extend "el martes" to "el martes por la noche", "Tuesday" to "Tuesday night"."""
    if grammar.day_part is None or found.rule.kind not in _DAY_KINDS:
        return found
    part = grammar.day_part.match(text, found.end)
    if part is None:
        return found
    return Found(found.start, part.end(), found.rule, found.match)
