"""From raw hits to actor mentions: roles by date, "former" roles, apposition.

Apposition: a role phrase next to a name ("el portavoz del ministerio, Ana
Pérez", "ministry spokeswoman Ana Pérez", "Pérez, the ministry spokeswoman")
becomes ONE mention covering both, of the named actor, with ``how = "alias"``:
the name is the stronger evidence, so it wins even when the registry gives the
role to someone else that day. A name after the role wins only if it follows it
directly (a comma and spaces at most); a role after a name must follow a comma
and be held by that actor (or by nobody known) that day, so that a list such as
"Pérez, the foreign minister and..." is not merged.

A role phrase followed by a capitalised name the registry does not know ("the
ministry spokeswoman, Ana Pérez") gives a mention of a guessed actor (``how =
"guessed"``, id ``x:<name>``) with the role's title and side, not the registry's
holder: the text names someone else.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..models import Actor
from ..work import ActorMention
from .actor_data import RegistryData
from .actor_guess import guess_with_words
from .actor_matcher import Hit, longest_first
from .actor_text import fold
from .actor_words import ActorWords

_ROLE_THEN_NAME = re.compile(r"[ \t]?,?[ \t]?")
_NAME_THEN_ROLE = re.compile(r"[ \t]?,[ \t]?")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.]*(?:-[^\W\d_][\w'’.]*)*")
_MAX_NAME_TOKENS = 5


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    actor: str | None  # None: a role nobody (known) held that day
    how: str
    role: str | None = None  # the role id, for role phrases


@dataclass
class ActorFinding:
    """What ``ActorRegistry.resolve`` finds in a text."""

    mentions: list[ActorMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)  # every actor mentioned, by id


class Resolver:
    """Turns the hits of one text into mentions, for one language and one day."""

    def __init__(self, data: RegistryData, words: ActorWords, on_date: dt.date | None):
        self.data, self.words, self.on_date = data, words, on_date

    def mentions(self, text: str, hits: list[Hit]) -> tuple[list[ActorMention], dict[str, Actor]]:
        found = [f for f in (self._found(text, hit) for hit in longest_first(hits)) if f]
        return self._join_appositions(text, found)

    def _found(self, text: str, hit: Hit) -> _Found | None:
        pattern = hit.pattern
        if pattern.how != "role":
            return _Found(hit.start, hit.end, pattern.target, pattern.how)
        if self._blocked(text, hit.start, hit.end):
            return None  # "el ex portavoz", "the former president", "president-elect"
        holder = self.data.roles[pattern.target].holder_on(self.on_date)
        return _Found(hit.start, hit.end, holder, "role", pattern.target)

    def _blocked(self, text: str, start: int, end: int) -> bool:
        before = fold(text[max(0, start - 40):start]).split()
        after = fold(text[end:end + 40]).split()
        if any(" ".join(before[-n:]) in self.words.role_blockers for n in (1, 2) if len(before) >= n):
            return True
        return any(" ".join(after[:n]) in self.words.role_blockers_after for n in (1, 2) if len(after) >= n)

    def _join_appositions(self, text: str, found: list[_Found]) -> tuple[list[ActorMention], dict[str, Actor]]:
        mentions: list[ActorMention] = []
        guessed: dict[str, Actor] = {}
        i = 0
        while i < len(found):
            item, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
            joined = self._joined(text, item, nxt)
            if joined:
                mentions.append(joined)
                i += 2
                continue
            single = self._single(text, item, nxt, guessed)
            if single:
                mentions.append(single)
            i += 1
        return mentions, guessed

    def _joined(self, text: str, item: _Found, nxt: _Found | None) -> ActorMention | None:
        if nxt is None:
            return None
        gap = text[item.end:nxt.start]
        if item.how == "role" and self._is_person_name(nxt) and _ROLE_THEN_NAME.fullmatch(gap):
            return _mention(text, item.start, nxt.end, nxt.actor, "alias")
        if (self._is_person_name(item) and nxt.how == "role" and _NAME_THEN_ROLE.fullmatch(gap)
                and nxt.actor in (None, item.actor)):
            return _mention(text, item.start, nxt.end, item.actor, "alias")
        return None

    def _single(self, text: str, item: _Found, nxt: _Found | None,
                guessed: dict[str, Actor]) -> ActorMention | None:
        if item.how == "role":
            limit = nxt.start if nxt else len(text)
            name = self._unknown_name_after(text, item.end, limit)
            if name:
                actor = self._guess_holder(text[name[0]:name[1]], item.role or "")
                guessed[actor.id] = actor
                return _mention(text, item.start, name[1], actor.id, "guessed")
        if item.actor is None:
            return None
        return _mention(text, item.start, item.end, item.actor, item.how)

    def _is_person_name(self, item: _Found) -> bool:
        if item.how != "alias" or item.actor is None:
            return False
        return self.data.actors[item.actor].kind == "person"

    def _unknown_name_after(self, text: str, end: int, limit: int) -> tuple[int, int] | None:
        """The span of a capitalised name of 2+ words right after ``end``, before ``limit``."""
        gap = _ROLE_THEN_NAME.match(text, end)
        pos = gap.end() if gap else end
        tokens: list[re.Match[str]] = []
        for token in _NAME_TOKEN.finditer(text, pos, min(limit, pos + 120)):
            # names are consecutive words one space apart, particles ("de") allowed inside
            if token.start() != (tokens[-1].end() + 1 if tokens else pos) or len(tokens) == _MAX_NAME_TOKENS:
                break
            if not token.group()[0].isupper() and fold(token.group()) not in self.words.name_particles:
                break
            tokens.append(token)
        while tokens and not tokens[-1].group()[0].isupper():
            tokens.pop()  # a name does not end with "de"
        if len(tokens) < 2 or fold(tokens[0].group()) in self.words.articles:
            return None  # one capitalised word may be anything ("Monday"); "The Times" is no person
        last = tokens[-1]
        # a full stop ends the sentence, except after an initial ("John F.")
        trailing_stop = 1 if last.group().endswith(".") and len(last.group()) > 2 else 0
        return pos, last.end() - trailing_stop

    def _guess_holder(self, name: str, role_id: str) -> Actor:
        role = self.data.roles[role_id]
        actor = guess_with_words(name, self.words)
        actor.kind, actor.role = "person", role.title
        actor.side = actor.side or role.side
        return actor


def _mention(text: str, start: int, end: int, actor: str | None, how: str) -> ActorMention:
    return ActorMention(start=start, end=end, text=text[start:end], actor_id=actor or "", how=how)
