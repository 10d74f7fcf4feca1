"""Find where date expressions are: leftmost-longest matching of grammar rules.

The text is cut into words once; at each word not yet covered by a match the
scanner tries the rules filed under that word (see ``date_grammar``) and keeps
the longest match, so "el martes pasado" beats "el martes" and "en febrero de
2022" beats "en febrero". Most words have no rules at all, which is what keeps
a 2,500-character article well under a millisecond.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .date_grammar import Bucket, DateGrammar, Rule

__all__ = ["Found", "scan"]

_WORD = re.compile(r"\w+")
_DIGITS = "0123456789"
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
    folded = text.lower()
    same_length = len(folded) == len(text)  # lower() lengthens a few letters ("İ")
    pending: tuple[int, Bucket] | None = None  # a word whose rules wait for the next word
    for word in _WORD.finditer(folded if same_length else text):
        key = word.group() if same_length else word.group().lower()
        if pending is not None:
            if pending[1].may_go_on_with(key):
                _try(text, *pending, grammar, found)
            pending = None
        bucket = _bucket_for(grammar, key)
        if bucket is None or (found and word.start() < found[-1].end):
            continue
        if bucket.next_words is None:
            _try(text, word.start(), bucket, grammar, found)
        else:
            pending = (word.start(), bucket)
    return found


def _bucket_for(grammar: DateGrammar, key: str) -> Bucket | None:
    bucket = grammar.index.get(key)
    if bucket is None and key[0] in _DIGITS:  # "11th", "1º": the digits are the key
        bucket = grammar.index.get(key[:len(key) - len(key.lstrip(_DIGITS))])
    return bucket


def _try(text: str, start: int, bucket: Bucket, grammar: DateGrammar, found: list[Found]) -> None:
    """Append the longest match at ``start``, if any."""
    if found and start < found[-1].end:
        return
    best: Found | None = None
    for rule in bucket.rules:
        match = rule.regex.match(text, start)
        # Strictly longer: on a tie the rule filed first (see _KIND_ORDER) stays.
        if match and (best is None or match.end() > best.end):
            best = Found(start, match.end(), rule, match)
    if best is not None:
        found.append(_with_day_part(text, best, grammar))


def _with_day_part(text: str, found: Found, grammar: DateGrammar) -> Found:
    """Extend "el martes" to "el martes por la noche", "Tuesday" to "Tuesday night"."""
    if grammar.day_part is None or found.rule.kind not in _DAY_KINDS:
        return found
    part = grammar.day_part.match(text, found.end)
    if part is None:
        return found
    return Found(found.start, part.end(), found.rule, found.match)
