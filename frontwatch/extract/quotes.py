"""Quotations: every span between a pair of quotation marks of ``quotes.toml``.

Marks are paired with a stack, so quotes nest ("“... he said, ‘Well ...’ ...”").
A style whose marks differ (« », “ ”) may run over several paragraphs (a
readout quoted whole); a style whose marks are the same (" ') closes within its
paragraph. A single closing mark between letters is an apostrophe (let’s,
Russia's), not a quote. A quote left open ends with its paragraph.

Whether a quote is speech is decided by ``statements``: only a quote attached
to an attribution, or within reported content, becomes (part of) a statement;
a quoted term, nickname or title stays what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .statement_grammar import QuoteStyle


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark, or the end of the paragraph when left open
    closed: bool = True

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end

    def contains(self, pos: int) -> bool:
        return self.inner_start <= pos < self.inner_end


@dataclass
class _Open:
    mark: str
    close: str
    pos: int


def find_quotes(text: str, style: QuoteStyle) -> list[Quote]:
    """Every quotation of ``text``, nested ones included, ordered by start."""
    closers = {c: o for o, c in style.pairs}
    openers = {o: c for o, c in style.pairs}
    stack: list[_Open] = []
    found: list[Quote] = []
    marks = re.compile("[" + re.escape("".join(set(closers) | set(openers))) + "\n]")
    for match in marks.finditer(text):
        i, char = match.start(), match.group(0)
        if char == "\n":
            _end_paragraph(text, i, stack, found)
        elif char in closers and _closes(text, i, char, stack):
            _close(i, char, stack, found)
        elif char in openers and _opens(text, i, char, openers[char]):
            stack.append(_Open(char, openers[char], i))
    _end_paragraph(text, len(text), stack, found)
    return sorted(found, key=lambda q: (q.start, -q.end))


def _closes(text: str, i: int, char: str, stack: list[_Open]) -> bool:
    if not any(o.close == char for o in stack):
        return False
    if char in "'’":
        return _single_closes(text, i)
    if char == '"':
        return i > 0 and not text[i - 1].isspace() or _no_word_after(text, i)
    return True


def _opens(text: str, i: int, char: str, close: str) -> bool:
    if char in "'‘" and i > 0 and text[i - 1].isalnum():
        return False  # an apostrophe inside a word
    if char == "'" or char == close:
        # a mark that is its own closer opens only before a word
        return i + 1 < len(text) and not text[i + 1].isspace() and (i == 0 or not text[i - 1].isalnum())
    return True


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _no_word_after(text: str, i: int) -> bool:
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _close(i: int, char: str, stack: list[_Open], found: list[Quote]) -> None:
    while stack:
        top = stack.pop()
        if top.close == char:
            found.append(Quote(top.pos, i + 1))
            return
        # an inner quote left open ends where its outer quote closes
        found.append(Quote(top.pos, i, closed=False))


def _end_paragraph(text: str, i: int, stack: list[_Open], found: list[Quote]) -> None:
    """Symmetric and single marks never run past a paragraph; typographic doubles may."""
    keep: list[_Open] = []
    for item in stack:
        if item.mark == item.close or item.mark in "'‘" or i >= len(text):
            found.append(Quote(item.pos, _paragraph_end(text, item.pos), closed=False))
        else:
            keep.append(item)
    stack[:] = keep


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def innermost(quotes: list[Quote], pos: int) -> Quote | None:
    """The innermost quote whose inside holds ``pos``."""
    inside = [q for q in quotes if q.contains(pos)]
    return max(inside, key=lambda q: q.start, default=None)


def quote_starting(quotes: list[Quote], pos: int) -> Quote | None:
    return next((q for q in quotes if q.start == pos), None)


def quote_ending(quotes: list[Quote], end: int) -> Quote | None:
    """The quote whose closing mark ends at ``end``."""
    return next((q for q in quotes if q.closed and q.end == end), None)
