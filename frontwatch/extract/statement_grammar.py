"""The words of ``grammar.toml`` and ``quotes.toml``, compiled once per language.

Statements are found with word lists, not a parser: "is the word before this
name a preposition?", "does a complementizer follow the cue?". ``Grammar`` holds
each list as a set of single words (``is_``) and as a regex of its phrases
(``starts``/``ends``) so that multi-word entries ("a través de", "of the") work
the same. Nothing here names a word of any language.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..languages import LanguageData

# A word: letters (with inner apostrophes, hyphens or periods) or a number.
WORD = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d+(?:[.,]\d+)*")

# Lists of grammar.toml that the statement stages read as phrase sets.
_LISTS = (
    "articles", "indefinite_articles", "numerals", "determiners", "anaphoric_modifiers", "prepositions",
    "genitive_prepositions", "speaker_prepositions", "audience_prepositions",
    "object_markers", "relative_pronouns", "complementizers", "coordinators", "clause_breaks", "subordinators",
    "negations",
    "object_pronouns", "first_person", "clitics", "impersonal_markers", "perfect_auxiliaries", "modal_auxiliaries",
    "passive_auxiliaries", "adverbs", "titles", "person_nouns", "org_nouns", "document_nouns",
    "audience_nouns", "platform_nouns", "name_connectors", "abbreviations", "content_anaphors",
)


@dataclass(frozen=True)
class PhraseSet:
    """One word list: membership of single words, and a regex of all its phrases."""

    words: frozenset[str]
    pattern: re.Pattern[str] | None
    tail: re.Pattern[str] | None  # the same phrases anchored at the end of a string

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold() in self.words


def phrase_set(phrases: Iterable[str]) -> PhraseSet:
    items = sorted({p.strip().casefold() for p in phrases if p.strip()}, key=len, reverse=True)
    if not items:
        return PhraseSet(frozenset(), None, None)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)
    head = re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", re.IGNORECASE)
    tail = re.compile(rf"(?<![\w'’])(?:{body})\s*$", re.IGNORECASE)
    return PhraseSet(frozenset(items), head, tail)


@dataclass(frozen=True)
class QuoteStyle:
    pairs: tuple[tuple[str, str], ...]
    glue: frozenset[str]
    introducers: frozenset[str]
    attribution_gap: int
    max_term_words: int
    openers: frozenset[str] = frozenset()
    closers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Grammar:
    code: str
    lists: dict[str, PhraseSet]
    pronouns: dict[str, str]  # subject pronoun -> person | organization | any
    possessive_suffixes: tuple[str, ...]
    adverb_suffixes: tuple[str, ...]
    adjectives_follow: bool
    quotes: QuoteStyle
    function_words: frozenset[str] = field(default=frozenset())

    def has(self, name: str, word: str | None) -> bool:
        """Is ``word`` (one word or a phrase) in the grammar.toml list ``name``?"""
        if word is None:
            return False
        folded = word.casefold()
        if " " in folded or "\n" in folded:
            folded = " ".join(folded.split())
        return folded in self.lists[name].words

    def starts(self, name: str, text: str, pos: int) -> int | None:
        """End of a phrase of list ``name`` that starts exactly at ``pos``, else None."""
        pattern = self.lists[name].pattern
        match = pattern.match(text, pos) if pattern else None
        return match.end() if match else None

    def ends(self, name: str, text: str, pos: int) -> int | None:
        """Start of a phrase of list ``name`` that ends at ``pos`` (spaces allowed), else None."""
        tail = self.lists[name].tail
        if tail is None:
            return None
        low = max(0, pos - 40)
        match = tail.search(text[low:pos])
        return low + match.start() if match else None

    def is_adverb(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.lists["adverbs"].words:
            return True
        return word[:1].islower() and any(folded.endswith(s) and len(folded) > len(s) + 2
                                          for s in self.adverb_suffixes)

    def is_function_word(self, word: str) -> bool:
        return word.casefold() in self.function_words


@functools.cache
def grammar_for(lang: LanguageData) -> Grammar:
    """The compiled grammar of a language (cached per language data object)."""
    data = lang.file("grammar")
    lists = {name: phrase_set(data.get(name, [])) for name in _LISTS}
    pronouns = {k.casefold(): v for k, v in data.get("pronouns", {}).items()}
    function_words = frozenset().union(*(lists[n].words for n in _FUNCTION_LISTS), pronouns)
    return Grammar(
        code=lang.code, lists=lists, pronouns=pronouns,
        possessive_suffixes=tuple(data.get("possessive_suffixes", [])),
        adverb_suffixes=tuple(data.get("adverb_suffixes", [])),
        adjectives_follow=bool(data.get("adjectives_follow", False)),
        quotes=_quote_style(lang.file("quotes")), function_words=function_words,
    )


# Lists whose words never start a name, even capitalised at the start of a sentence.
_FUNCTION_LISTS = (
    "articles", "determiners", "prepositions", "object_markers", "relative_pronouns", "complementizers", "coordinators",
    "negations", "object_pronouns", "first_person", "adverbs", "subordinators", "clause_breaks",
    "perfect_auxiliaries", "passive_auxiliaries", "numerals",
)


def _quote_style(data: dict) -> QuoteStyle:
    pairs = tuple((str(o), str(c)) for o, c in data.get("pairs", []))
    return QuoteStyle(
        pairs=pairs, glue=frozenset(data.get("glue", [])), introducers=frozenset(data.get("introducers", [])),
        attribution_gap=int(data.get("attribution_gap", 8)), max_term_words=int(data.get("max_term_words", 4)),
        openers=frozenset(o for o, _ in pairs), closers=frozenset(c for _, c in pairs),
    )


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` as matches with offsets in ``text``."""
    return list(WORD.finditer(text, start, len(text) if end is None else end))


def word_before(text: str, pos: int, low: int = 0) -> re.Match[str] | None:
    """The last word ending at or before ``pos`` (not before ``low``)."""
    found = None
    for match in WORD.finditer(text, max(low, pos - 60), pos):
        found = match
    return found


def word_after(text: str, pos: int, high: int | None = None) -> re.Match[str] | None:
    return WORD.search(text, pos, len(text) if high is None else high)
