"""Finding the registry's names in a text: one Aho-Corasick automaton per language.

Every surface form (a name, an alias, a metonym, a role phrase, and the variants
generated from them) is folded (``actor_text.fold``) and added to the automaton;
a text is folded the same way and scanned once, so the cost does not grow with
the size of the registry. A raw hit is kept only if it is a whole word sequence
and the capital letters of the registry form are capitals in the text: "AP" the
agency is not "ap" in "apreciamos", "X" the platform is not the letter "x".
Among overlapping hits the longest wins ("portavoz del Gobierno" over "Gobierno").
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import ahocorasick

from .actor_data import LANGUAGE_NEUTRAL, RegistryData
from .actor_text import at_word_edges, case_fits, dotted_acronyms, fold, inflected_forms
from .actor_words import ActorWords

# When one span is both an actor's alias and a role phrase (after folding), the
# more specific reading is tried first.
_HOW_ORDER = {"alias": 0, "metonymy": 1, "role": 2}


# NamedTuples rather than dataclasses: thousands are built and hashed per language.
class Pattern(NamedTuple):
    target: str  # an actor id, or a role id when how == "role"
    how: str  # alias | metonymy | role
    surface: str  # as written in the registry: its capitals must be capitals in the text


class Hit(NamedTuple):
    start: int
    end: int
    pattern: Pattern


class Matcher:
    """All surface forms of one language, ready to scan texts."""

    def __init__(self, surfaces: Iterable[tuple[str, str, str]]):
        """``surfaces``: (surface form, target id, how)."""
        table: dict[str, dict[Pattern, None]] = {}
        for surface, target, how in surfaces:
            table.setdefault(fold(surface), {})[Pattern(target, how, surface)] = None
        self._automaton = ahocorasick.Automaton()
        for key, patterns in table.items():
            self._automaton.add_word(key, (len(key), _ordered(patterns)))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()

    def scan(self, text: str) -> list[Hit]:
        """Every whole-word, case-fitting occurrence of a surface form (overlaps kept)."""
        if not self.size:
            return []
        hits = []
        for last, (length, patterns) in self._automaton.iter(fold(text)):
            start, end = last - length + 1, last + 1
            if not at_word_edges(text, start, end):
                continue
            for pattern in patterns:
                if case_fits(text, start, pattern.surface):
                    hits.append(Hit(start, end, pattern))
                    break
        return hits


def _ordered(patterns: Iterable[Pattern]) -> tuple[Pattern, ...]:
    """Aliases before metonyms before roles; stricter capitalisation first."""
    listed = tuple(patterns)
    if len(listed) == 1:
        return listed
    return tuple(sorted(listed, key=lambda p: (_HOW_ORDER[p.how], -sum(map(str.isupper, p.surface)))))


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longer ones winning, in text order."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(c.start < hit.end and hit.start < c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def build_matcher(data: RegistryData, words: ActorWords) -> Matcher:
    return Matcher(_with_variants(_surfaces(data, words.code), words))


def _surfaces(data: RegistryData, lang: str) -> Iterator[tuple[str, str, str]]:
    buckets = (LANGUAGE_NEUTRAL, lang)
    for entry in data.actors.values():
        for name in (entry.name, *entry.names):
            yield name, entry.id, "alias"
        for bucket in buckets:
            for alias in entry.aliases.get(bucket, ()):
                yield alias, entry.id, "alias"
            for metonym in entry.metonyms.get(bucket, ()):
                yield metonym, entry.id, "metonymy"
    for role in data.roles.values():
        for bucket in buckets:
            for phrase in role.aliases.get(bucket, ()):
                yield phrase, role.id, "role"


def _with_variants(surfaces: Iterable[tuple[str, str, str]], words: ActorWords) -> Iterator[tuple[str, str, str]]:
    """Each surface plus its generated spellings: dotted acronyms, declined forms."""
    for surface, target, how in surfaces:
        yield surface, target, how
        dotted = dotted_acronyms(surface)
        if dotted:
            yield dotted, target, how
        for form in inflected_forms(surface, words.inflection):
            yield form, target, how
