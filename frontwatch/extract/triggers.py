"""Event triggers: the words that say something happened ("capturó", "shelling").

A trigger is a listed verb form or noun of one event type, or a *frame*: a verb
that counts only with one of its objects nearby ("launched ... missiles",
"provided ... weapons"). Triggers inside a listed non-event ("took place") are
dropped, overlapping ones keep the longest, and attack triggers may change type
with the words around them ("attacked positions" is a clash, "aerial assault" a
strike). Everything language-specific comes from :class:`Lexicon`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..work import ActorMention, Sentence
from .trigger_lexicon import Frame, Lexicon
from .trigger_text import Hit, Token, normal, tokens_of

__all__ = ["Trigger", "Token", "event_units", "find_triggers", "tokens_of"]

_RETYPE_WINDOW = 4  # words either side of an attack trigger that may change its type
_UNIT_END = re.compile(r'[.!?…]+["»”’)\]]*\s+')
_JOIN_GAP = re.compile(r"\s*(?:\w+\s+){0,2}")  # at most two words between triggers that are one


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    pos: str  # "verb" | "noun"
    sentence: int  # index in work.sentences


def event_units(text: str, sentences: list[Sentence], abbreviations: frozenset[str]) -> list[Sentence]:
    """The sentences again, also split inside quotations: the sentence stage keeps a quote
    of several sentences whole (for its attribution), but an event's arguments stay
    within one sentence of the quote."""
    units: list[Sentence] = []
    for sentence in sentences:
        start = sentence.start
        for match in _UNIT_END.finditer(text, sentence.start, sentence.end):
            if _ends_unit(text, start, match, abbreviations, sentence.end):
                units.append(Sentence(start, match.end(), text[start:match.end()]))
                start = match.end()
        units.append(Sentence(start, sentence.end, text[start:sentence.end]))
    return [u for u in units if u.text.strip()]


def _ends_unit(text: str, start: int, match: re.Match[str], abbreviations: frozenset[str], end: int) -> bool:
    following = text[match.end():match.end() + 1]
    words = tokens_of(text, start, match.start() + 1)
    last = words[-1].text.lower() if words else ""
    return (match.end() < end and (following.isupper() or following in "\"«“¿¡")
            and last not in abbreviations and len(last) > 1)


def find_triggers(text: str, sentences: list[Sentence], lex: Lexicon, actors: list[ActorMention],
                  cues: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """Every trigger of the text, in order, at most one per stretch of text. Words of an
    actor's name ("Russian infiltration groups") and speech cues ("anunció") are none."""
    found: list[Trigger] = []
    for index, sentence in enumerate(sentences):
        words = tokens_of(text, sentence.start, sentence.end)
        candidates = [*_listed(text, sentence, index, lex), *_framed(text, sentence, index, words, lex, actors)]
        blocked = [(m.start(), m.end()) for m in lex.not_triggers.finditer(text, sentence.start, sentence.end)]
        blocked += [(a.start, a.end) for a in actors if sentence.start <= a.start < sentence.end]
        blocked += [(s, e) for s, e in cues if sentence.start <= s < sentence.end]
        kept = [t for t in candidates if not any(s <= t.start and t.end <= e for s, e in blocked)]
        found += _joined([_retyped(t, text, words, lex) for t in _longest(kept)], text)
    return found


def _joined(triggers: list[Trigger], text: str) -> list[Trigger]:
    """Near triggers of one type are one: "caído bajo control", "anunció nuevos paquetes de
    asistencia" (a frame verb and its object), "strikes reportedly hit"."""
    out: list[Trigger] = []
    for trigger in triggers:
        last = out[-1] if out else None
        if last and last.type == trigger.type and _JOIN_GAP.fullmatch(text, last.end, trigger.start):
            out[-1] = replace(last, end=trigger.end, text=text[last.start:trigger.end])
        else:
            out.append(trigger)
    return out


def _listed(text: str, sentence: Sentence, index: int, lex: Lexicon) -> Iterator[Trigger]:
    for match in lex.triggers.finditer(text, sentence.start, sentence.end):
        event_type, pos = lex.forms[normal(match.group())]
        yield Trigger(match.start(), match.end(), match.group(), event_type, pos, index)


def _framed(text: str, sentence: Sentence, index: int, words: list[Token], lex: Lexicon,
            actors: list[ActorMention]) -> Iterator[Trigger]:
    for match in lex.frame_verbs.finditer(text, sentence.start, sentence.end):
        for frame in lex.frames_of[normal(match.group())]:
            if _frame_holds(frame, text, match, words, actors):
                yield Trigger(match.start(), match.end(), match.group(), frame.type, "verb", index)
                break


def _frame_holds(frame: Frame, text: str, match: Hit, words: list[Token],
                 actors: list[ActorMention]) -> bool:
    low, high = _window(words, match.start(), match.end(), frame.window)
    if frame.actor_object:
        after = _window(words, match.end(), match.end(), frame.window)[1]
        return any(match.end() <= a.start < after for a in actors)
    return frame.objects.search(text, low, high) is not None


def _window(words: list[Token], start: int, end: int, size: int) -> tuple[int, int]:
    """Character bounds of ``size`` words either side of ``[start, end)``."""
    before = [w for w in words if w.end <= start][-size:]
    after = [w for w in words if w.start >= end][:size]
    return (before[0].start if before else start), (after[-1].end if after else end)


def _longest(triggers: Iterable[Trigger]) -> list[Trigger]:
    """Overlapping triggers keep the longest (then the first)."""
    kept: list[Trigger] = []
    for trigger in sorted(triggers, key=lambda t: (-(t.end - t.start), t.start)):
        if not any(t.start < trigger.end and trigger.start < t.end for t in kept):
            kept.append(trigger)
    return sorted(kept, key=lambda t: t.start)


def _retyped(trigger: Trigger, text: str, words: list[Token], lex: Lexicon) -> Trigger:
    for rule in lex.retypes:
        if rule.source != trigger.type:
            continue
        low, high = _window(words, trigger.start, trigger.end, _RETYPE_WINDOW)
        if rule.cues.search(text, low, high):
            return replace(trigger, type=rule.target)
    return trigger
