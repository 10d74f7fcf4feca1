"""Which actor mentions are declined: a name written in an oblique case ("України",
"телемарафону «Єдині новини»") rather than as the registry writes it.

Slavic languages mark with the ending what English marks with a preposition: a genitive
("друзів України", friends *of* Ukraine) or a dative is no subject, and a noun in an oblique
case after a preposition is governed by it. The registry holds the names as subjects write
them; its language's rules (``actors.toml``, ``inflection``) give the other forms.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from ..resolve.actor_text import fold, inflected_forms
from ..resolve.actor_words import words_for
from ..work import ActorMention, Work

__all__ = ["as_named", "declension_check"]


def declension_check(work: Work) -> Callable[[ActorMention], bool]:
    """Whether a mention is a declined form of its actor's names ("України", "друзів України"):
    a genitive or a dative is no subject, which Slavic marks by the ending where English uses
    a preposition. Always False in languages that do not decline names."""
    rules = words_for(work.lang).inflection
    if not rules:
        return lambda mention: False

    def declined(mention: ActorMention) -> bool:
        names = _names(work, mention.actor_id)
        key = fold(mention.text)
        return bool(names) and key not in names and key in _declined_forms(names, rules)
    return declined


def as_named(work: Work, actor_id: str | None, surface: str) -> bool:
    """Whether ``surface`` is written as the registry writes one of the actor's names: the
    form of a subject ("Минобороны России"), not a case form a preposition governs."""
    return fold(surface) in _names(work, actor_id)


def _names(work: Work, actor_id: str | None) -> tuple[str, ...]:
    actor = work.actors.get(actor_id or "")
    return tuple(sorted({fold(n) for n in [actor.name, *actor.aliases]})) if actor else ()


@functools.lru_cache(maxsize=2048)
def _declined_forms(names: tuple[str, ...], rules: tuple[tuple[str, tuple[str, ...], bool], ...]) -> frozenset[str]:
    return frozenset(fold(form) for name in names for form in inflected_forms(name, rules))
