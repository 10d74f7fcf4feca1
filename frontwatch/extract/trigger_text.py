"""Words of a text and phrase lists matched against them, fast.

A text is split into word tokens once (and kept while it is being analysed);
a :class:`PhraseSet` indexes its phrases by their first word, so matching walks
the tokens once instead of trying hundreds of alternatives at every character,
which is what a single big regular expression does. Phrases and text are
compared in lower case with straight apostrophes; a phrase of several words
matches only words separated by spaces or hyphens ("cease-fire", "bajo control").
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Hit", "PhraseSet", "Token", "elided_tail", "normal", "tokens_of"]

_WORD = re.compile(r"\w+(?:['’]\w+)*(?:\.\w+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_JOINER = re.compile(r"[\s\-‐–]*")  # what may stand between the words of a phrase
_SCAN_ONCE = 200  # characters beyond which a range is answered from a scan of the whole text


def normal(text: str) -> str:
    """The key a surface form is looked up by: lower case, single spaces, straight apostrophes."""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


class Token(NamedTuple):  # a tuple: thousands are made per text, a dataclass is slower
    start: int
    end: int
    text: str
    key: str  # lower case, straight apostrophes


@dataclass(frozen=True)
class _Tokens:
    starts: list[int]
    tokens: list[Token]


@functools.lru_cache(maxsize=8)
def _tokenize(text: str) -> _Tokens:
    keys = text.translate(_APOSTROPHES).lower()
    if len(keys) != len(text):  # a letter whose lower case is longer ("İ"): key each word alone
        tokens = [Token(m.start(), m.end(), m.group(), m.group().translate(_APOSTROPHES).lower())
                  for m in _WORD.finditer(text)]
    else:
        tokens = [Token(m.start(), m.end(), text[m.start():m.end()], m.group()) for m in _WORD.finditer(keys)]
    return _Tokens([t.start for t in tokens], tokens)


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The whole words of ``text[start:end]`` (the text is split once, then sliced)."""
    split = _tokenize(text)
    end = len(text) if end is None else end
    first = bisect.bisect_left(split.starts, start)
    last = bisect.bisect_left(split.starts, end, lo=first)
    words = split.tokens[first:last]
    return words if not words or words[-1].end <= end else words[:-1]


_ELIDED_HEAD = 5  # letters at most of an elided word ("l'", "dell'", "quest'"); "Russia's" is a possessive
_ELIDED_TAIL = 3  # letters at least of the word after it ("don't", "Kyiv's" end in no word)


def elided_tail(token: Token) -> Token | None:
    """The word after an elided article or preposition inside one token: "l'attacco" -> "attacco"."""
    head, mark, tail = token.key.partition("'")
    if not mark or len(head) > _ELIDED_HEAD or len(tail) < _ELIDED_TAIL:
        return None
    start = token.start + len(head) + 1
    return Token(start, token.end, token.text[len(head) + 1:], tail)


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().translate(_APOSTROPHES).lower() for m in _WORD.finditer(phrase))


class Hit:
    """A phrase found in a text, with the ``re.Match`` methods the stage uses."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


class PhraseSet:
    """Whole-word phrases, indexed by first word; matching prefers the longest phrase."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = frozenset(normal(p) for p in phrases if p.strip())
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            words = _phrase_words(phrase)
            if words:
                index.setdefault(words[0], []).append(words)
        self.index = {k: sorted(v, key=len, reverse=True) for k, v in index.items()}
        # (text, hit starts, hits) of the last whole text scanned; one tuple, so a reader on
        # another thread sees either the old or the new entry, never a mix
        self._whole: tuple[str, list[int], list[Hit]] | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        end = len(text) if end is None else end
        if end - start > _SCAN_ONCE:
            return self._sliced(text, start, end)
        return self._scan(text, start, end)

    def _sliced(self, text: str, start: int, end: int) -> Iterator[Hit]:
        """Hits in a long range, from one scan of the whole text kept for the next call:
        the stage asks about every sentence of a document in turn."""
        cached = self._whole
        if cached is None or cached[0] is not text:
            hits = list(self._scan(text, 0, len(text)))
            cached = self._whole = (text, [h.start() for h in hits], hits)
        first, last = bisect.bisect_left(cached[1], start), bisect.bisect_left(cached[1], end)
        return (h for h in cached[2][first:last] if h.end() <= end)

    def _scan(self, text: str, start: int, end: int) -> Iterator[Hit]:
        words, index = tokens_of(text, start, end), self.index
        position = 0
        while position < len(words):
            phrases = index.get(words[position].key)
            size = self._match_at(text, words, position, phrases) if phrases else 0
            if size:
                yield Hit(words[position].start, words[position + size - 1].end, text)
                position += size
                continue
            hit = self._elided_match(text, words, position)
            if hit is not None:
                yield hit
            position += 1

    def _elided_match(self, text: str, words: list[Token], position: int) -> Hit | None:
        """A phrase after an elided article or preposition: "l'attacco", "dell'offensiva"
        (Italian, French, Catalan write them as one word with the noun)."""
        tail = elided_tail(words[position])
        phrases = self.index.get(tail.key) if tail is not None else None
        if not phrases:
            return None
        run = [tail, *words[position + 1:]]
        size = self._match_at(text, run, 0, phrases)
        return Hit(tail.start, run[size - 1].end, text) if size else None

    @staticmethod
    def _match_at(text: str, words: list[Token], position: int, phrases: list[tuple[str, ...]]) -> int:
        for phrase in phrases:
            size = len(phrase)
            if position + size > len(words):
                continue
            if all(words[position + k].key == phrase[k] and _JOINER.fullmatch(
                    text, words[position + k - 1].end, words[position + k].start) for k in range(1, size)):
                return size
        return 0

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        return next(self.finditer(text, start, end), None)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and normal(word) in self.phrases

    def __bool__(self) -> bool:
        return bool(self.phrases)
