"""Cue words and stop-words: what the words around a name say about it.

Loaded from ``resources/gazetteer/cues.toml`` and ``stopwords.toml`` (one table per
language, the same keys in each) for the languages of a text plus English.
Phrases are kept as tuples of folded words, matched against the folded tokens
just before or just after a name.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .names import fold
from .regions import load_toml

__all__ = ["Cues", "cues_for", "ADMIN_KINDS", "CUE_KINDS", "AREA_OF_CUE", "longest_suffix", "longest_prefix"]

# Cue kind -> the place kinds it allows.
ADMIN_KINDS = {"admin1": frozenset({"admin1"}), "admin2": frozenset({"admin2"}),
               "settlement": frozenset({"settlement", "feature"})}
CUE_KINDS = (*ADMIN_KINDS, "direction")
# Cues after which a name may be an adjective formed from a town's name.
AREA_OF_CUE = {"admin2": "district", "direction": "direction"}

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    before: dict[str, frozenset[Phrase]]  # cue kind -> phrases that come before the name
    after: dict[str, frozenset[Phrase]]
    near: frozenset[Phrase]
    stop: frozenset[str]
    given_names: frozenset[str]

    @functools.cached_property
    def _before_kinds(self) -> dict[Phrase, tuple[str, ...]]:
        return _kinds_of(self.before)

    @functools.cached_property
    def _after_kinds(self) -> dict[Phrase, tuple[str, ...]]:
        return _kinds_of(self.after)

    def kinds_before(self, words: Sequence[str]) -> dict[str, int]:
        """Cue kind -> length of the longest phrase of that kind the words end with: every kind
        in one probe per phrase length (a name's context is read for every span tried)."""
        found: dict[str, int] = {}
        for n in range(1, len(words) + 1):
            for kind in self._before_kinds.get(tuple(words[len(words) - n:]), ()):
                found[kind] = n
        return found

    def kinds_after(self, words: Sequence[str]) -> dict[str, int]:
        """Cue kind -> length of the longest phrase of that kind the words start with."""
        found: dict[str, int] = {}
        for n in range(1, len(words) + 1):
            for kind in self._after_kinds.get(tuple(words[:n]), ()):
                found[kind] = n
        return found


@functools.cache
def cues_for(languages: tuple[str, ...]) -> Cues:
    table = load_toml("cues.toml")
    stops = load_toml("stopwords.toml")
    before: dict[str, set[Phrase]] = {k: set() for k in CUE_KINDS}
    after: dict[str, set[Phrase]] = {k: set() for k in CUE_KINDS}
    near: set[Phrase] = set()
    stop = {fold(w) for w in stops.get("all", [])}
    for language in languages:
        entry = table.get(language, {})
        for kind in CUE_KINDS:
            before[kind] |= _phrases(entry.get(f"{kind}_before", []))
            after[kind] |= _phrases(entry.get(f"{kind}_after", []))
        near |= _phrases(entry.get("near", []))
        stop |= {fold(w) for w in stops.get(language, [])}
    given = frozenset(fold(w) for w in stops.get("given_names", []))
    return Cues({k: frozenset(v) for k, v in before.items()}, {k: frozenset(v) for k, v in after.items()},
                frozenset(near), frozenset(stop | given), given)


def _kinds_of(phrases: dict[str, frozenset[Phrase]]) -> dict[Phrase, tuple[str, ...]]:
    kinds: dict[Phrase, tuple[str, ...]] = {}
    for kind, found in phrases.items():
        for phrase in found:
            kinds[phrase] = (*kinds.get(phrase, ()), kind)
    return kinds


def _phrases(entries: list[str]) -> set[Phrase]:
    return {tuple(fold(entry).split()) for entry in entries if fold(entry)}


def longest_suffix(words: Sequence[str], phrases: frozenset[Phrase]) -> int | None:
    """Length of the longest phrase the word sequence ends with, or None."""
    for n in _lengths(phrases):
        if n <= len(words) and tuple(words[len(words) - n:]) in phrases:
            return n
    return None


def longest_prefix(words: Sequence[str], phrases: frozenset[Phrase]) -> int | None:
    for n in _lengths(phrases):
        if n <= len(words) and tuple(words[:n]) in phrases:
            return n
    return None


@functools.cache
def _lengths(phrases: frozenset[Phrase]) -> tuple[int, ...]:
    """The phrase lengths present, longest first: a phrase set is probed once per length (1-4
    words) instead of compared phrase by phrase. Few sets exist (one per cue kind and language set)."""
    return tuple(sorted({len(p) for p in phrases}, reverse=True))
