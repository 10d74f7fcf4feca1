"""What the words around a trigger say about it: its clause, negation, modality.

A trigger's *clause* runs between the nearest clause breaks (punctuation or a
clause-opening word such as "que", "that", "and") and never past the sentence
or the statement it sits in. Negation, modality and future markers count only
inside that clause and before the trigger (or, for "neither of them", just after
it), so "negó que Rusia hubiera asegurado" leaves the negation to the speech cue
and "could capture" is no capture. Every word comes from the lexicon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..work import ActorMention, Sentence
from .trigger_lexicon import Lexicon
from .trigger_text import PhraseSet, normal, tokens_of
from .triggers import Trigger

__all__ = ["Polarity", "clause_bounds", "polarity", "background_spans", "is_definite", "after_coordinator"]

_PUNCT_BREAK = re.compile(r"[,;:()\[\]«»“”\"—–]")
_NEAR_WORDS = 6  # words before a trigger that negation and modality may reach
_GOAL_GAP = 2  # words between a goal word and its trigger ("para la tregua", "toward a full ceasefire")
_LONGEST_GOAL = 4  # words of the longest goal phrase ("on the way to")
_OBJECT_WORDS = 3  # words after a trigger where an object negation may stand
_QUESTION = re.compile(r"[?¿]")
_RELATIVE_END = re.compile(r"[,;.!?\n]")  # a relative clause runs to the next comma (quotes inside it stay)


@dataclass(frozen=True)
class Polarity:
    negated: bool  # the clause says it did not happen
    modal: bool  # a possibility, plan, wish, goal or question: not a happening
    future: bool  # said to happen later


def clause_bounds(text: str, lex: Lexicon, trigger: Trigger, low: int, high: int,
                  keep: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The clause of ``trigger`` within ``[low, high)`` (its sentence or statement);
    words in ``keep`` do not break it."""
    start, end = low, high
    for match in _PUNCT_BREAK.finditer(text, low, high):
        if match.end() <= trigger.start:
            start = match.end()
        elif match.start() >= trigger.end:
            end = min(end, match.start())
            break
    breaks = lex.phrases.get("clause_breaks")
    for word in breaks.finditer(text, start, end) if breaks else ():
        if normal(word.group()) in keep:
            continue
        if word.end() <= trigger.start:
            start = word.start()
        elif word.start() >= trigger.end:
            end = min(end, word.start())
            break
    return start, end


def polarity(text: str, lex: Lexicon, trigger: Trigger, clause: tuple[int, int], sentence: Sentence,
             zone: tuple[int, int]) -> Polarity:
    """Negation within the trigger's clause; modality and future also across "and" ("los
    esfuerzos de paz y mediación": the efforts qualify both), within ``zone`` (its sentence
    or statement); a question is never a report of a happening."""
    wide = clause_bounds(text, lex, trigger, *zone, keep=lex.word_set("coordinators"))
    reach = _words_back(text, wide[0], trigger.start)
    return Polarity(
        negated=_negated(text, lex, trigger, clause),
        modal=(_found(lex.stances.get("modals"), text, reach, trigger.start) or _goal(text, lex, trigger, clause)
               or bool(_QUESTION.search(sentence.text))),
        future=_found(lex.stances.get("future"), text, reach, trigger.start) or _future_form(trigger, lex))


def _negated(text: str, lex: Lexicon, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """"have not secured", "no lograron tomar", "holds neither of them"."""
    before = tokens_of(text, clause[0], trigger.start)[-_NEAR_WORDS:]
    after = tokens_of(text, trigger.end, clause[1])[:_OBJECT_WORDS]
    negations = lex.stances.get("negations")
    return (negations is not None and any(w.key in negations.phrases for w in before)
            or _found(lex.stances.get("failures"), text, before[0].start if before else trigger.start, trigger.start)
            or _found(lex.stances.get("object_negations"), text, trigger.end, after[-1].end if after else trigger.end))


def _words_back(text: str, low: int, offset: int) -> int:
    """Where the last few words before ``offset`` (not before ``low``) start."""
    words = tokens_of(text, low, offset)[-_NEAR_WORDS:]
    return words[0].start if words else offset


def _found(phrases: PhraseSet | None, text: str, start: int, end: int) -> bool:
    return start < end and phrases is not None and phrases.search(text, start, end) is not None


def _goal(text: str, lex: Lexicon, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """A goal word just before the trigger, a determiner or adjective or two between."""
    goals = lex.stances.get("goals")
    if not goals:
        return False
    before = tokens_of(text, clause[0], trigger.start)[-(_GOAL_GAP + _LONGEST_GOAL):]
    low = before[0].start if before else trigger.start
    for match in goals.finditer(text, low, trigger.start):
        if len(tokens_of(text, match.end(), trigger.start)) <= _GOAL_GAP:
            return True
    return False


def _future_form(trigger: Trigger, lex: Lexicon) -> bool:
    endings = lex.stances.get("future_endings")
    last = normal(trigger.text).split()[0] if trigger.pos == "verb" else ""
    return endings is not None and any(last.endswith(e) for e in endings.phrases)


def background_spans(text: str, lex: Lexicon, actors: list[ActorMention]) -> list[tuple[int, int]]:
    """Relative clauses hung on an actor by a comma ("Moscú, que invadió Ucrania en 2022,"):
    background the narrator presupposes rather than reports."""
    relatives = lex.word_set("relative_pronouns")
    spans = []
    for mention in actors:
        words = tokens_of(text, mention.end, min(len(text), mention.end + 40))[:1]
        gap = text[mention.end:words[0].start] if words else ""
        if words and gap.strip() == "," and words[0].key in relatives:
            close = _RELATIVE_END.search(text, words[0].end)
            spans.append((words[0].start, close.start() if close else len(text)))
    return spans


def is_definite(text: str, lex: Lexicon, trigger: Trigger, low: int) -> bool:
    """A noun trigger led by a definite or demonstrative determiner, an adjective at most
    between ("the attack", "este diálogo", "this massive bombardment")."""
    if trigger.pos != "noun":
        return False
    determiners = lex.word_set("anaphoric_determiners")
    for word in reversed(tokens_of(text, low, trigger.start)[-2:]):
        if word.key in determiners:
            return not _PUNCT_BREAK.search(text, word.end, trigger.start)
    return False


def after_coordinator(text: str, lex: Lexicon, previous: Trigger, trigger: Trigger) -> bool:
    """``trigger`` is a second predicate of ``previous``'s subject: only a coordinator and
    auxiliaries (and the first predicate's object) stand between, no new clause opener
    other than the coordinator ("habían cruzado la región y habían entrado en dos aldeas")."""
    if previous.sentence != trigger.sentence or previous.pos != "verb" or trigger.pos != "verb":
        return False
    between = tokens_of(text, previous.end, trigger.start)
    coordinators, auxiliaries = lex.word_set("coordinators"), lex.word_set("auxiliaries")
    words = [w.key for w in between]
    while words and words[-1] in auxiliaries:
        words.pop()
    if not words or words[-1] not in coordinators:
        return False
    breaks = lex.word_set("clause_breaks") - coordinators
    return not any(w in breaks for w in words[:-1]) and not re.search(r"[;:.]", text[previous.end:trigger.start])
