"""Sentence splitting: quote-aware, abbreviation-aware, for every language.

A hand-written splitter: spaCy's sentencizer breaks inside quotations and pysbd
is slow and unmaintained (see ../shared/research/ecosystem.md). Abbreviations
come from the language's ``grammar.toml``. A sentence never ends inside an open
quotation, so a quote of several sentences stays with its attribution.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..work import Sentence, Work

if TYPE_CHECKING:
    from ..resource_set import Resources

_BOUNDARY = re.compile(r'[.!?…]+["»”)\]]*\s+')
_LAST_WORD = re.compile(r'(\S+?)[.!?…]+["»”)\]]*\s+$')
_OPENERS = '"«“¿¡(\'‘„'


def _open_quotes(segment: str) -> int:
    straight = segment.count('"') % 2
    # “ closes a low opening mark („...“, Ukrainian and Russian inner quotes) and opens an English one
    low, high = segment.count("„"), segment.count("“")
    curly = low + high - segment.count("”") - 2 * min(low, high)
    return straight + segment.count("«") - segment.count("»") + curly


def _is_boundary(segment: str, following: str, abbreviations: frozenset[str]) -> bool:
    last = _LAST_WORD.search(segment)
    word = last.group(1).lower().lstrip(_OPENERS) if last else ""
    if word in abbreviations or (len(word) == 1 and word.isalpha()):
        return False  # an abbreviation or an initial
    if not (following[:1].isupper() or following[:1] in _OPENERS or following[:1].isdigit()):
        return False  # the next sentence must start like one
    return _open_quotes(segment) <= 0


def split_paragraph(text: str, offset: int, abbreviations: frozenset[str]) -> list[Sentence]:
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text[start:match.end()], text[match.end():match.end() + 1], abbreviations):
            sentences.append(_make(text, offset, start, match.end()))
            start = match.end()
    if text[start:].strip():
        sentences.append(_make(text, offset, start, len(text)))
    return sentences


def _make(text: str, offset: int, start: int, end: int) -> Sentence:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    return Sentence(offset + start + lead, offset + start + lead + len(body), body)


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            sentences.extend(split_paragraph(line, offset, abbreviations))
        offset += len(line) + 1
    return sentences


def find_sentences(work: Work, resources: "Resources") -> Work:
    abbreviations = frozenset(a.lower() for a in work.lang.get("grammar", "abbreviations", []))
    return replace(work, sentences=split_sentences(work.text, abbreviations))
