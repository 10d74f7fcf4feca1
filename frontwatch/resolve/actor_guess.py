"""Actors that are not in the registry: a name and a kind guessed from the words.

A speaker is never dropped for being unknown: "Ana Pérez" becomes a person,
"el Ministerio de Sanidad" a government body, "la agencia Noticias del Sur" a medium.
The kind comes from keywords in ``lang/<code>/actors.toml`` (``kind_words``); the
``head`` setting says which keyword of a long name decides, because the head noun
comes first in Spanish ("Ministerio de Defensa") and last in English ("Defence
Ministry"). The id is ``x:`` and the folded name, stable across documents so a
ledger can gather what the same unknown speaker said.
"""
from __future__ import annotations

from pathlib import Path

from ..languages import LANG_ROOT
from ..models import Actor
from .actor_text import ascii_key, at_word_edges, fold
from .actor_words import ActorWords, words_for_code

GUESSED_PREFIX = "x:"
_TRIM = " \t\r\n,.;:\"'«»“”‘’()[]"


def guess_actor(surface: str, lang_code: str, *, lang_root: Path = LANG_ROOT) -> Actor:
    """An actor for a speaker that is not in the registry; raises ValueError if empty."""
    return guess_with_words(surface, words_for_code(lang_code, lang_root))


def guess_with_words(surface: str, words: ActorWords) -> Actor:
    name = strip_articles(surface.strip(_TRIM), words)
    if not name:
        raise ValueError(f"no name to guess an actor from: {surface!r}")
    folded = fold(name)
    return Actor(id=guessed_id(name), name=name, kind=_kind(name, folded, words),
                 side=_first_label(folded, words.side_words, "first"))


def guessed_id(name: str) -> str:
    return GUESSED_PREFIX + (ascii_key(name) or "-".join(name.casefold().split()))


def strip_articles(name: str, words: ActorWords) -> str:
    tokens = name.split()
    while len(tokens) > 1 and fold(tokens[0]) in words.articles:
        tokens = tokens[1:]
    return " ".join(tokens)


def _kind(name: str, folded: str, words: ActorWords) -> str:
    kind = _first_label(folded, words.kind_words, words.head)
    if kind:
        return kind
    tokens = [t for t in name.split() if fold(t) not in words.name_particles]
    if tokens and all(t[:1].isupper() for t in tokens):
        # a lone acronym ("XYZ") names a body, capitalised words a person
        is_acronym = len(tokens) == 1 and len(tokens[0]) > 1 and tokens[0].isupper()
        return "organization" if is_acronym else "person"
    return "group"  # "local officials", "residents": people spoken of together


def _first_label(folded: str, phrases: tuple[tuple[str, str], ...], head: str) -> str | None:
    """The label of the first (or last) phrase found as whole words in ``folded``."""
    found: list[tuple[int, int, str]] = []
    for phrase, label in phrases:
        start = folded.find(phrase)
        while start >= 0:
            if at_word_edges(folded, start, start + len(phrase)):
                found.append((start, -len(phrase), label))
            start = folded.find(phrase, start + 1)
    if not found:
        return None
    if head == "last":
        return max(found, key=lambda hit: (hit[0] - hit[1], -hit[1]))[2]  # the phrase ending last
    return min(found)[2]
