"""The per-language words of actor recognition: ``resources/lang/<code>/actors.toml``.

Every language file has the same keys (documented in docs/actors.md); this module
turns one into an ``ActorWords`` record with its words already folded, so that the
matcher and ``guess_actor`` compare folded text with folded words. A language
without the file gets empty words: registry names still match, nothing is guessed
from keywords and names are not declined.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..languages import LANG_ROOT, LanguageData, load_language
from ..models import ACTOR_KINDS
from .actor_text import fold

HEADS = ("first", "last")


@dataclass(frozen=True)
class ActorWords:
    code: str
    head: str = "first"  # which keyword of a multi-word name tells its kind
    articles: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    role_blockers: frozenset[str] = frozenset()  # "former" before a role phrase
    role_blockers_after: frozenset[str] = frozenset()  # "elect" after it
    kind_words: tuple[tuple[str, str], ...] = ()  # (folded phrase, kind)
    side_words: tuple[tuple[str, str], ...] = ()  # (folded phrase, ISO code)
    inflection: tuple[tuple[str, tuple[str, ...], bool], ...] = ()  # (folded ending, forms by case, adjective?)

    @classmethod
    def from_table(cls, code: str, table: dict[str, Any]) -> ActorWords:
        _check(code, table)
        return cls(
            code=code, head=table.get("head", "first"),
            articles=_folded_set(table.get("articles", [])),
            name_particles=_folded_set(table.get("name_particles", [])),
            role_blockers=_folded_set(table.get("role_blockers", [])),
            role_blockers_after=_folded_set(table.get("role_blockers_after", [])),
            kind_words=_pairs(table.get("kind_words", {})),
            side_words=_pairs(table.get("side_words", {})),
            inflection=tuple((fold(rule["ending"]), tuple(rule["forms"]), bool(rule.get("adjective", False)))
                             for rule in table.get("inflection", [])),
        )


def _check(code: str, table: dict[str, Any]) -> None:
    """Refuse a malformed file early, saying which key is wrong."""
    where = f"lang/{code}/actors.toml"
    if table.get("head", "first") not in HEADS:
        raise ResourceError(f"{where}: head must be one of {HEADS}, not {table.get('head')!r}")
    unknown_kinds = set(table.get("kind_words", {})) - set(ACTOR_KINDS)
    if unknown_kinds:
        raise ResourceError(f"{where}: kind_words has unknown kinds {sorted(unknown_kinds)}")
    for rule in table.get("inflection", []):
        if not (isinstance(rule, dict) and isinstance(rule.get("ending"), str)
                and isinstance(rule.get("forms"), list)):
            raise ResourceError(f"{where}: an inflection rule is {{ ending = \"...\", forms = [...] }}, not {rule!r}")


def _folded_set(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _pairs(table: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    # Longest phrases first, so "estado mayor" is tried before "estado".
    pairs = [(fold(word), label) for label, words in table.items() for word in words]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@functools.cache
def words_for(lang: LanguageData) -> ActorWords:
    """The actor words of a loaded language (empty words if it has no actors.toml)."""
    if "actors" not in lang.file_names():
        return ActorWords(code=lang.code)
    return ActorWords.from_table(lang.code, lang.file("actors"))


def words_for_code(code: str, lang_root: Path = LANG_ROOT) -> ActorWords:
    """Like ``words_for``, by language code; a language with no folder gets empty words."""
    try:
        lang = load_language(code, lang_root)
    except ResourceError:
        return ActorWords(code=code)
    return words_for(lang)
