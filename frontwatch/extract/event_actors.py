"""Who did it: the actors of an event mention, from the actor mentions around its trigger.

The actors are the trigger's subject (the actor mentions closing the stretch of
text before it, with those joined to them by "and" or a comma: "Trump and
Zelensky had a call"), a passive agent ("tomada por las tropas rusas"), and for
talks, deals and exchanges the participants ("talks with Putin", "entre Kiev y
Moscú"). A first-person pronoun in a quote is its speaker ("I called Putin").
Speakers and channels of the statement that reports the event are not its
actors, nor are media.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Statement
from ..work import ActorMention, Work
from .trigger_lexicon import Lexicon
from .trigger_text import normal, tokens_of
from .triggers import Trigger

__all__ = ["ActorContext", "allowed_mentions", "event_actors", "group_reference", "implied_parties"]

_STRONG_BREAK = re.compile(r"[;:\[\]—–]")  # not brackets: "la agrupación Tsentr (Centro) tomó"
_PUNCTUATION = re.compile(r"[,;:.()\[\]«»“”\"—–]")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:.]")  # a bracketed gloss may stand between subject and verb
_POSSESSIVE = re.compile(r"^['’]s?\s+[^,;:]*$")
_AGENT_WORDS = 4  # words after a trigger where a passive agent may stand
_SUBJECT_GAP = 6  # words between a subject and its trigger ("Trump and Zelensky had a fantastic phone call")
_TITLE_WORDS = 3  # words between a preposition and the name it introduces ("with President Putin")
_PARTICIPANT_WORDS = 8  # words after a participant preposition that may name participants
_PARTICIPANT_TYPES = ("diplomacy.talks", "diplomacy.agreement", "exchange.prisoners")


@dataclass(frozen=True)
class ActorContext:
    """The actor mentions an event may take its actors from."""

    mentions: list[ActorMention]
    statement: Statement | None
    low: int  # start of the stretch the subject may come from (sentence or statement)
    introduced: Callable[[int], bool]  # whether a preposition introduces the words at an offset
    everyone: list[ActorMention]  # every actor mention of the sentence, speakers included
    declined: Callable[[ActorMention], bool] = lambda mention: False  # a name in an oblique case
    author: str | None = None  # the document is this actor's own words (an address, a statement)


def allowed_mentions(work: Work, statement: Statement | None, low: int, high: int,
                     others: list[Statement]) -> list[ActorMention]:
    """Actor mentions in ``[low, high)`` that may be event actors: inside the reporting
    statement's text when there is one; never a speaker or channel of a statement
    outside that statement's text; never a medium."""
    if statement is not None:
        low, high = max(low, statement.start), min(high, statement.end)
    voices = {(s.speaker, s.channel) for s in others}
    reporters = {a for pair in voices for a in pair if a}
    kept = []
    for mention in work.actor_mentions:
        if not (low <= mention.start and mention.end <= high):
            continue
        actor = work.actors.get(mention.actor_id)
        if actor is not None and actor.kind == "media":
            continue
        if mention.actor_id in reporters and not any(s.start <= mention.start < s.end for s in others):
            continue
        kept.append(mention)
    return kept


def event_actors(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    actors = _subject(text, lex, trigger, context) + _agent(text, lex, trigger, context)
    if trigger.type in _PARTICIPANT_TYPES:
        others = _participants(text, lex, trigger, context) + _object(text, lex, trigger, context)
        # "his call with Putin": the possessor is a party only beside a named other party
        actors = (_possessor(text, lex, trigger, context) if others else []) + actors + others
    if trigger.type == "exchange.prisoners" and not actors:
        actors = _following(text, lex, trigger, context)
    return list(dict.fromkeys(actors))


def implied_parties(trigger: Trigger, context: ActorContext) -> list[str]:
    """Talks a statement mentions without naming their parties: the last actor the
    statement names before them ("Moscow was sending the wrong signals about peace talks"),
    else the speaker, who tells of a meeting they took part in."""
    statement = context.statement
    before = [m for m in context.mentions if statement is not None and statement.start <= m.start < trigger.start
              and not context.introduced(m.start)]
    if before:
        return [before[-1].actor_id]
    return [statement.speaker] if statement is not None and statement.speaker else []


def _subject(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    low = _subject_start(text, lex, trigger, context.low)
    before = [m for m in context.mentions if low <= m.start and m.end <= trigger.start
              and not context.introduced(m.start) and not context.declined(m)]
    if not before or not _close(text, before[-1].end, trigger.start):
        return _speaker_pronoun(text, lex, trigger, context, low)
    chain, head = [before[-1]], before[-1].start
    for mention in reversed(before[:-1]):
        gap = text[mention.end:head]
        if _POSSESSIVE.match(gap):
            head = mention.start  # "Ukraine's President Zelenskyy": a modifier of the next name
            continue
        if not _joined(gap, lex):
            break
        chain.insert(0, mention)
        head = mention.start
    return [m.actor_id for m in chain]


def _close(text: str, end: int, start: int) -> bool:
    """A subject stands near its verb: a few words ("has stepped up its"), no comma."""
    return len(tokens_of(text, end, start)) <= _SUBJECT_GAP and not _CLAUSE_PUNCTUATION.search(text, end, start)


def _subject_start(text: str, lex: Lexicon, trigger: Trigger, low: int) -> int:
    """Where the trigger's subject may start: after the last strong break or subordinating
    word (coordinators excepted, so "Trump and Zelensky" stays one subject)."""
    start = low
    for match in _STRONG_BREAK.finditer(text, low, trigger.start):
        start = match.end()
    subordinators = lex.phrases.get("clause_breaks")
    coordinators = lex.word_set("coordinators")
    for word in subordinators.finditer(text, start, trigger.start) if subordinators else ():
        if normal(word.group()) not in coordinators:
            start = word.end()
    return start


def _joined(gap: str, lex: Lexicon) -> bool:
    """Names joined into one list: a comma, or "and" with at most titles between ("Putin and
    President Zelenskyy")."""
    words = re.findall(r"[\w'’]+", gap)
    coordinators = lex.word_set("coordinators")
    plain = [normal(w) for w in words if not w[:1].isupper()]
    return "," in gap or not words or (all(w in coordinators for w in plain) and len(words) - len(plain) <= 2
                                       and (bool(plain) or len(words) == 0))


def _speaker_pronoun(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext, low: int) -> list[str]:
    statement = context.statement
    if statement is None:
        return _author_pronoun(text, lex, trigger, context, low)
    if statement.kind == "indirect" or not statement.speaker:
        return []
    words = tokens_of(text, max(low, trigger.start - 30), trigger.start)
    auxiliaries = lex.word_set("auxiliaries")
    while words and words[-1].key in auxiliaries:
        words.pop()
    return [statement.speaker] if words and words[-1].key in lex.speaker_pronouns else []


def _author_pronoun(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext, low: int) -> list[str]:
    """In a document that is one person's own words, "нам вдалося досягти припинення вогню"
    ("we managed to reach a ceasefire"): the author is a party to the talks, deal or exchange
    whose clause holds a first-person pronoun before the trigger."""
    if context.author is None or trigger.type not in _PARTICIPANT_TYPES:
        return []
    words = tokens_of(text, low, trigger.start)
    return [context.author] if any(w.key in lex.speaker_pronouns for w in words) else []


def _agent(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    after = tokens_of(text, trigger.end, min(len(text), trigger.end + 60))[:_AGENT_WORDS]
    agents = lex.word_set("agent_prepositions")
    for index, word in enumerate(after):
        if word.key in agents:
            following = [m for m in context.mentions if word.end <= m.start < word.end + 40]
            return [following[0].actor_id] if following else []
    return []


def _participants(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    """"talks with Putin", "negociaciones entre Kiev y Moscú": the names right after a
    participant preposition, as long as they are joined by commas or "and"."""
    after = tokens_of(text, trigger.end, min(len(text), trigger.end + 200))
    prepositions = lex.word_set("participant_prepositions")
    for index, word in enumerate(after[:4]):
        if word.key in prepositions:
            return _name_chain(text, lex, context.mentions, word.end)
    return []


def _name_chain(text: str, lex: Lexicon, mentions: list[ActorMention], start: int) -> list[str]:
    following = [m for m in mentions if m.start >= start]
    if not following or len(tokens_of(text, start, following[0].start)) > _TITLE_WORDS:
        return []
    chain = [following[0]]
    for mention in following[1:]:
        if not _joined(text[chain[-1].end:mention.start], lex):
            break
        chain.append(mention)
    return [m.actor_id for m in chain]


def _object(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    """"I called President Putin", "met Zelensky": the name right after a verb of talks."""
    return _name_chain(text, lex, context.mentions, trigger.end) if trigger.pos == "verb" else []


def _possessor(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    """"President Trump described his call with Putin": a possessive before a noun trigger
    stands for the clause's subject, its first name (even a speaker's)."""
    before = tokens_of(text, max(context.low, trigger.start - 30), trigger.start)[-2:]
    owners = lex.speaker_possessives | lex.reported_possessives
    if trigger.pos != "noun" or not any(w.key in owners for w in before):
        return []
    start = _subject_start(text, lex, trigger, context.low)
    first = [m for m in context.everyone if start <= m.start < trigger.start]
    return [first[0].actor_id] if first else []


def _following(text: str, lex: Lexicon, trigger: Trigger, context: ActorContext) -> list[str]:
    """"a swap in which Russia and Ukraine each freed 146 prisoners": for an exchange, the
    names in the words that follow the trigger, up to the end of the phrase."""
    stop = _PUNCTUATION.search(text, trigger.end)
    end = min(stop.start() if stop else len(text), trigger.end + 80)
    inside = [m for m in context.mentions if trigger.end <= m.start and m.end <= end]
    return _name_chain(text, lex, inside, inside[0].start) if inside else []


def group_reference(text: str, lex: Lexicon, trigger: Trigger, low: int) -> int | None:
    """A group noun that points back to parties already named ("los dos líderes acordaron",
    "negociaciones entre las partes", "both sides"): how many parties it names (0 when it
    does not say), or None. "European leaders" names new people, not a group told before."""
    start = _subject_start(text, lex, trigger, low)
    matches = list(lex.group_nouns.finditer(text, start, trigger.start))
    after = tokens_of(text, trigger.end, min(len(text), trigger.end + 60))[:4]
    if not matches and after:
        matches = list(lex.group_nouns.finditer(text, trigger.end, after[-1].end))
    if not matches:
        return None
    words = [w.key for w in tokens_of(text, max(start, matches[-1].start() - 20), matches[-1].start())][-2:]
    pointing = lex.word_set("anaphoric_determiners") | frozenset(lex.definite)
    if not words or not (words[-1] in pointing or (len(words) == 2 and words[0] in pointing and words[1] in lex.indefinite)):
        return None
    return max((lex.definite.get(w) or lex.indefinite.get(w) or 0 for w in words), default=0)
