"""The event stage's language data, compiled once per language.

``events.toml`` (triggers, place and grammar words) and ``stances.toml``
(negation, modality, hedges) become a :class:`Lexicon` of precompiled patterns.
Nothing here knows a language: every word comes from the files, and the same
code serves every folder under ``resources/lang/``. Compiling is the slow part,
so :func:`lexicon_for` keeps one lexicon per language for the life of the process.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ResourceError
from ..languages import LanguageData
from ..models import EVENT_TYPES
from .trigger_text import PhraseSet, normal

__all__ = ["Frame", "Lexicon", "Retype", "lexicon_for"]

@dataclass(frozen=True)
class Frame:
    """A verb that is a trigger only with one of its objects nearby."""

    type: str
    verbs: PhraseSet
    objects: PhraseSet
    actor_object: bool
    window: int


@dataclass(frozen=True)
class Retype:
    """An attack trigger that changes type when a cue word is near it."""

    source: str
    target: str
    cues: PhraseSet


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the event and claim stages read from one language's files."""

    code: str
    forms: Mapping[str, tuple[str, str]]  # normal surface -> (event type, "verb" | "noun")
    triggers: PhraseSet
    frames: tuple[Frame, ...]
    frame_verbs: PhraseSet  # the verbs of every frame, to find them in one pass
    frames_of: Mapping[str, tuple[Frame, ...]]  # normal verb -> the frames it opens
    not_triggers: PhraseSet
    retypes: tuple[Retype, ...]
    place_nouns: Mapping[str, tuple[str, bool]]  # noun -> (place kind, plural)
    place_nouns_set: PhraseSet
    territory_nouns: frozenset[str]
    definite: Mapping[str, int]
    indefinite: Mapping[str, int]
    place_pronouns: PhraseSet
    speaker_possessives: frozenset[str]
    reported_possessives: frozenset[str]
    speaker_pronouns: frozenset[str]
    group_nouns: PhraseSet
    demonyms: Mapping[str, str]  # adjective -> ISO country code
    country_names: Mapping[str, tuple[str, ...]]  # ISO country code -> its names in this language
    grammar: Mapping[str, frozenset[str]]
    phrases: Mapping[str, PhraseSet]  # the grammar lists as patterns
    stances: Mapping[str, PhraseSet]

    def word_set(self, key: str) -> frozenset[str]:
        return self.grammar.get(key, frozenset())


def lexicon_for(lang: LanguageData) -> Lexicon:
    """The compiled lexicon of ``lang`` (built on first use, then shared)."""
    return _compiled(lang)


@functools.cache
def _compiled(lang: LanguageData) -> Lexicon:
    events, stances = lang.file("events"), lang.file("stances")
    forms = _trigger_forms(lang.code, events)
    frames = tuple(_frames(lang.code, events))
    verbs = {verb for frame in frames for verb in frame.verbs.phrases}
    nouns = {**{normal(k): (v, False) for k, v in events.get("place_nouns_singular", {}).items()},
             **{normal(k): (v, True) for k, v in events.get("place_nouns_plural", {}).items()}}
    return Lexicon(
        code=lang.code,
        forms=forms,
        triggers=PhraseSet(forms),
        frames=frames,
        frame_verbs=PhraseSet(verbs),
        frames_of={verb: tuple(f for f in frames if verb in f.verbs.phrases) for verb in verbs},
        not_triggers=PhraseSet(events.get("not_triggers", [])),
        retypes=tuple(Retype(r["from"], r["to"], PhraseSet(r.get("cues", []))) for r in events.get("retype", [])),
        place_nouns=nouns,
        place_nouns_set=PhraseSet(nouns),
        territory_nouns=_words(events.get("territory_nouns", [])),
        definite={normal(k): int(v) for k, v in events.get("definite_quantifiers", {}).items()},
        indefinite={normal(k): int(v) for k, v in events.get("indefinite_quantifiers", {}).items()},
        place_pronouns=PhraseSet(events.get("place_pronouns", [])),
        speaker_possessives=_words(events.get("speaker_possessives", [])),
        reported_possessives=_words(events.get("reported_possessives", [])),
        speaker_pronouns=_words(events.get("speaker_pronouns", [])),
        group_nouns=PhraseSet(events.get("group_nouns", [])),
        demonyms={normal(word): code for code, table in events.get("countries", {}).items()
                  for word in table.get("demonyms", [])},
        country_names={code: tuple(table.get("names", [])) for code, table in events.get("countries", {}).items()},
        grammar={key: _words(words) for key, words in events.get("grammar", {}).items()},
        phrases={key: PhraseSet(words) for key, words in events.get("grammar", {}).items()},
        stances={key: PhraseSet(value) for key, value in stances.items() if isinstance(value, list)},
    )


def _words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normal(w) for w in words)


def _trigger_forms(code: str, events: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """Every surface form of every trigger, with its type and part of speech.

    Verbs are entered first so that a form listed as a noun too ("attack",
    "strike") is a noun: the stage then decides from its neighbours.
    """
    classes: dict[str, list[str]] = events.get("verb_classes", {})
    forms: dict[str, tuple[str, str]] = {}
    for event_type, table in _trigger_tables(code, events):
        for form in _verb_forms(code, event_type, table, classes):
            forms.setdefault(normal(form), (event_type, "verb"))
    for event_type, table in _trigger_tables(code, events):
        for noun in table.get("nouns", []):
            forms[normal(noun)] = (event_type, "noun")
    return forms


def _trigger_tables(code: str, events: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for event_type, table in events.get("triggers", {}).items():
        if event_type not in EVENT_TYPES:
            raise ResourceError(f"lang/{code}/events.toml: unknown event type {event_type!r}")
        yield event_type, table


def _verb_forms(code: str, event_type: str, table: Mapping[str, Any], classes: Mapping[str, list[str]]) -> list[str]:
    forms = list(table.get("verbs", []))
    for verb_class, stems in table.get("stems", {}).items():
        if verb_class not in classes:
            raise ResourceError(f"lang/{code}/events.toml: {event_type} uses unknown verb class {verb_class!r}")
        forms += [stem + ending for stem in stems for ending in classes[verb_class]]
    return forms


def _frames(code: str, events: Mapping[str, Any]) -> Iterator[Frame]:
    for event_type, table in _trigger_tables(code, events):
        for frame in table.get("frames", []):
            yield Frame(type=event_type, verbs=PhraseSet(frame.get("verbs", [])),
                        objects=PhraseSet(frame.get("objects", [])),
                        actor_object=bool(frame.get("actor_object", False)), window=int(frame.get("window", 5)))
