"""The actor registry and the ``actors`` pipeline stage.

    registry = ActorRegistry.load(None)                 # the bundled registry
    registry.get("zelensky")                            # -> Actor
    registry.find(text, "es", date(2025, 8, 27))        # -> [ActorMention, ...]
    guess_actor("Ana Pérez", "es")                      # -> Actor(id="x:ana-perez", kind="person")
    find_actors(work, resources)                        # fills work.actor_mentions, work.actors

The registry is data (``frontwatch/resources/actors/*.toml``, format in
docs/actors.md); nothing here knows a particular person or place. ``load`` only
lists the files: they are parsed and checked on first use, and each language's
matcher is compiled on first use in that language, then kept. Its entries never
change once read (only those caches grow), so one registry serves every analysis
of a worker.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from pathlib import Path

from ..errors import ResourceError
from ..languages import LANG_ROOT, RESOURCE_ROOT
from ..models import Actor
from ..resource_set import Resources
from ..work import ActorMention, Work
from .actor_data import ActorEntry, RegistryData, RoleEntry, Tenure, read_countries, read_registry
from .actor_guess import guess_actor, guess_with_words, strip_articles
from .actor_matcher import Matcher, build_matcher
from .actor_resolve import ActorFinding, Resolver
from .actor_text import dotted_acronyms, fold
from .actor_words import ActorWords, words_for, words_for_code

__all__ = ["BUNDLED_ACTORS", "ActorFinding", "ActorRegistry", "find_actors", "guess_actor"]

BUNDLED_ACTORS = RESOURCE_ROOT / "actors"
COUNTRY_CODES = BUNDLED_ACTORS / "_countries.toml"


class ActorRegistry:
    """People and organisations with their names in several languages and their roles by date."""

    def __init__(self, files: list[Path], *, lang_root: Path = LANG_ROOT):
        self.files = files
        self.lang_root = lang_root
        self._matchers: dict[str, Matcher] = {}
        self._records: dict[tuple[str, tuple[str, ...]], Actor] = {}

    @classmethod
    def load(cls, paths: list[Path] | None = None, *, bundled: bool = True,
             lang_root: Path = LANG_ROOT) -> ActorRegistry:
        """The bundled registry plus ``paths`` (TOML files or folders of them).

        ``paths=None`` is the bundled registry alone; ``bundled=False`` leaves it out.
        Later files may replace an entry of earlier ones with ``override = true``.
        """
        files = registry_files([BUNDLED_ACTORS]) if bundled else []
        return cls(files + registry_files(paths or []), lang_root=lang_root)

    @functools.cached_property
    def data(self) -> RegistryData:
        """The parsed, checked entries (read on first use; ResourceError if invalid)."""
        return read_registry(self.files, read_countries(COUNTRY_CODES))

    def validate(self) -> None:
        """Read and check every file now rather than on first use."""
        _ = self.data

    def __len__(self) -> int:
        return len(self.data.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.data.actors

    def ids(self) -> list[str]:
        return list(self.data.actors)

    def get(self, actor_id: str, on_date: dt.date | None = None) -> Actor:
        """The actor record, with the roles it held on ``on_date`` (KeyError if unknown)."""
        try:
            entry = self.data.actors[actor_id]
        except KeyError:
            raise KeyError(f"no actor {actor_id!r} in the registry") from None
        roles = self.roles_of(actor_id, on_date)
        key = (actor_id, tuple(role.id for role in roles))
        if key not in self._records:  # records are rebuilt only when the roles differ
            self._records[key] = _record(entry, roles)
        template = self._records[key]
        return dataclasses.replace(template, aliases=list(template.aliases), extra={})

    def holder(self, role_id: str, on_date: dt.date | None = None) -> Actor | None:
        """Who held a role on a day (the latest holder if no day), or None."""
        holder = self.data.roles[role_id].holder_on(on_date)
        return self.get(holder, on_date) if holder else None

    def roles_of(self, actor_id: str, on_date: dt.date | None = None) -> list[RoleEntry]:
        """The roles ``actor_id`` held on ``on_date``.

        With no date: the roles it holds with no end date, else its latest one.
        """
        held = self._tenures.get(actor_id, [])
        if on_date is not None:
            return [role for role, tenure in held if tenure.covers(on_date)]
        current = [role for role, tenure in held if tenure.end is None]
        if current or not held:
            return current
        return [max(held, key=lambda rt: rt[1].end or dt.date.max)[0]]

    @functools.cached_property
    def _tenures(self) -> dict[str, list[tuple[RoleEntry, Tenure]]]:
        """Actor id -> the roles it held and when."""
        index: dict[str, list[tuple[RoleEntry, Tenure]]] = {}
        for role in self.data.roles.values():
            for tenure in role.holders:
                index.setdefault(tenure.actor, []).append((role, tenure))
        return index

    def find(self, text: str, lang_code: str, on_date: dt.date | None = None) -> list[ActorMention]:
        """Mentions of registry actors in ``text`` (roles resolved for ``on_date``)."""
        return self.resolve(text, lang_code, on_date).mentions

    def resolve(self, text: str, lang: str | ActorWords, on_date: dt.date | None = None) -> ActorFinding:
        """The mentions and the actor record of everyone mentioned.

        ``on_date`` decides who holds a role; with no date, role phrases go to the
        latest holder.
        """
        words = lang if isinstance(lang, ActorWords) else words_for_code(lang, self.lang_root)
        hits = self.matcher(words).scan(text)
        mentions, guessed = Resolver(self.data, words, on_date).mentions(text, hits)
        actors = {m.actor_id: self.get(m.actor_id, on_date) for m in mentions if m.actor_id in self.data.actors}
        return ActorFinding(mentions=mentions, actors={**actors, **guessed})

    def actor_for(self, surface: str, lang_code: str, on_date: dt.date | None = None) -> Actor:
        """The actor a speaker's name refers to: the registry's if the whole name is
        one mention (after articles), else a guessed one. ValueError only if empty."""
        words = words_for_code(lang_code, self.lang_root)
        name = strip_articles(surface.strip(), words)
        finding = self.resolve(name, words, on_date)
        whole = [m for m in finding.mentions if m.start == 0 and m.end == len(name)]
        if whole:
            return finding.actors[whole[0].actor_id]
        return guess_with_words(surface, words)

    def matcher(self, words: ActorWords) -> Matcher:
        if words.code not in self._matchers:
            self._matchers[words.code] = build_matcher(self.data, words)
        return self._matchers[words.code]


def registry_files(paths: list[Path]) -> list[Path]:
    """TOML files of ``paths`` in order; a folder gives its ``*.toml`` files by name
    (files starting with ``_`` hold reference data, not actors)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.glob("*.toml") if not p.name.startswith("_"))
        elif path.is_file():
            files.append(path)
        else:
            raise ResourceError(f"{path}: no such actor file or folder")
    return files


def _record(entry: ActorEntry, roles: list[RoleEntry]) -> Actor:
    """The FORMAT.md actor: every name in every language, and the roles held that day."""
    titles = [role.title for role in roles]
    names = [*entry.names, *_flat(entry.aliases), *_flat(entry.metonyms), *titles,
             *(alias for role in roles for alias in _flat(role.aliases))]
    if entry.title:
        names.append(entry.title)
    names += [dotted for dotted in map(dotted_acronyms, names) if dotted]
    return Actor(id=entry.id, name=entry.name, kind=entry.kind, side=entry.side,
                 role=titles[0] if titles else entry.title, aliases=_unique(names, entry.name))


def _flat(buckets: dict[str, tuple[str, ...]]) -> list[str]:
    return [word for words in buckets.values() for word in words]


def _unique(names: list[str], name: str) -> list[str]:
    """``names`` without repeats (after folding) and without ``name`` itself."""
    seen = {fold(name)}
    unique = []
    for alias in names:
        if fold(alias) not in seen:
            seen.add(fold(alias))
            unique.append(alias)
    return unique


def find_actors(work: Work, resources: Resources) -> Work:
    """Pipeline stage: ``work.actor_mentions`` and ``work.actors`` for every actor mentioned.

    Pronouns and dropped subjects ("añadió", "he added") are left to the statements stage.
    """
    finding = resources.actors.resolve(work.text, words_for(work.lang), work.document.published_date)
    return dataclasses.replace(work, actor_mentions=finding.mentions, actors={**work.actors, **finding.actors})
