"""The actor registry as data: reading its TOML files and checking them.

The format is documented in docs/actors.md. In short, a registry file holds a
``[meta]`` table (provenance, licence), ``[[actor]]`` entries and ``[[role]]``
entries; a role lists who held it from which day until which day (``until`` is
the first day the next holder is in office, so successive terms share that date
without overlapping). Every problem found is reported at once, naming the file and
the entry, because a user adding actors wants the whole list, not the first error.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..models import ACTOR_KINDS
from .actor_text import fold

# Alias buckets: "any" holds names written the same in every language (proper
# names, transliterations); the others hold words of one language.
LANGUAGE_NEUTRAL = "any"
_ID = re.compile(r"^[a-z0-9][a-z0-9_.]*$")
_LANG = re.compile(r"^[a-z]{2}$")
_ACTOR_KEYS = {"id", "name", "kind", "side", "title", "names", "aliases", "metonyms", "override", "note"}
_ROLE_KEYS = {"id", "title", "side", "aliases", "holders", "override", "note"}
_TENURE_KEYS = {"actor", "from", "until", "note"}

Aliases = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Tenure:
    """One holder of a role: ``start`` inclusive, ``end`` exclusive, ``None`` = open."""

    actor: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    side: str | None
    title: str | None  # an undated description ("ministry spokesman"); dated roles are [[role]]s
    names: tuple[str, ...]
    aliases: Aliases
    metonyms: Aliases
    source: str


@dataclass(frozen=True)
class RoleEntry:
    id: str
    title: str
    side: str | None
    aliases: Aliases
    holders: tuple[Tenure, ...]
    source: str

    def holder_on(self, day: dt.date | None) -> str | None:
        """Who held the role on ``day``; with no day, the latest holder."""
        if day is None:
            latest = max(self.holders, key=lambda t: t.end or dt.date.max, default=None)
            return latest.actor if latest else None
        for tenure in self.holders:
            if tenure.covers(day):
                return tenure.actor
        return None


@dataclass
class RegistryData:
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    roles: dict[str, RoleEntry] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> its [meta] table
    problems: list[str] = field(default_factory=list)


def read_registry(files: Iterable[Path], countries: frozenset[str]) -> RegistryData:
    """Parse and check ``files`` in order; raise ``ResourceError`` listing every problem."""
    data = RegistryData()
    for path in files:
        _read_file(path, data)
    data.problems += check_registry(data, countries)
    if data.problems:
        raise ResourceError("invalid actor registry:\n  " + "\n  ".join(data.problems))
    return data


def read_countries(path: Path) -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes a ``side`` may take."""
    return frozenset(_parse_toml(path).get("codes", []))


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ResourceError(f"{path}: cannot read actor file ({err.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ResourceError(f"{path}: {err}") from None


def _read_file(path: Path, data: RegistryData) -> None:
    table = _parse_toml(path)
    source = str(path)
    unknown = set(table) - {"meta", "actor", "role"}
    if unknown:
        data.problems.append(f"{path.name}: unknown top-level keys {sorted(unknown)}")
    data.meta[source] = table.get("meta", {})
    for raw in table.get("actor", []):
        entry = _actor(raw, source, data.problems)
        if entry:
            _add(data.actors, entry, raw, data.problems)
    for raw in table.get("role", []):
        role = _role(raw, source, data.problems)
        if role:
            _add(data.roles, role, raw, data.problems)


def _add(into: dict[str, Any], entry: ActorEntry | RoleEntry, raw: dict[str, Any], problems: list[str]) -> None:
    # A later file may replace an entry only when it says so: a silent clash is a mistake.
    previous = into.get(entry.id)
    if previous is not None and not raw.get("override", False):
        problems.append(f"{Path(entry.source).name}: id '{entry.id}' already defined in "
                        f"{Path(previous.source).name} (set override = true to replace it)")
        return
    into[entry.id] = entry


def _where(raw: dict[str, Any], source: str) -> str:
    return f"{Path(source).name}: {raw.get('id', '<no id>')}"


def _actor(raw: Any, source: str, problems: list[str]) -> ActorEntry | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("name"), str):
        problems.append(f"{Path(source).name}: an [[actor]] needs a string id and name ({raw!r:.80})")
        return None
    where = _where(raw, source)
    _unknown_keys(raw, _ACTOR_KEYS, where, problems)
    return ActorEntry(
        id=raw["id"], name=raw["name"], kind=raw.get("kind", ""), side=raw.get("side"),
        title=raw.get("title"), names=_strings(raw.get("names", []), f"{where} names", problems),
        aliases=_buckets(raw.get("aliases", {}), f"{where} aliases", problems),
        metonyms=_buckets(raw.get("metonyms", {}), f"{where} metonyms", problems), source=source)


def _role(raw: Any, source: str, problems: list[str]) -> RoleEntry | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("title"), str):
        problems.append(f"{Path(source).name}: a [[role]] needs a string id and title ({raw!r:.80})")
        return None
    where = _where(raw, source)
    _unknown_keys(raw, _ROLE_KEYS, where, problems)
    holders = tuple(t for t in (_tenure(h, where, problems) for h in raw.get("holders", [])) if t)
    return RoleEntry(id=raw["id"], title=raw["title"], side=raw.get("side"),
                     aliases=_buckets(raw.get("aliases", {}), f"{where} aliases", problems),
                     holders=holders, source=source)


def _tenure(raw: Any, where: str, problems: list[str]) -> Tenure | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("actor"), str):
        problems.append(f"{where}: a holder needs an actor id ({raw!r:.80})")
        return None
    _unknown_keys(raw, _TENURE_KEYS, f"{where} holder {raw['actor']}", problems)
    start, end = raw.get("from"), raw.get("until")
    for value in (start, end):
        if value is not None and not isinstance(value, dt.date):
            problems.append(f"{where}: holder {raw['actor']}: dates are TOML dates (2025-01-20), not {value!r}")
            return None
    return Tenure(raw["actor"], start, end)


def _unknown_keys(raw: dict[str, Any], allowed: set[str], where: str, problems: list[str]) -> None:
    unknown = set(raw) - allowed
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: must be a list of strings")
        return ()
    return tuple(value)


def _buckets(value: Any, where: str, problems: list[str]) -> Aliases:
    if not isinstance(value, dict):
        problems.append(f"{where}: must be a table of language code -> list of strings")
        return {}
    return {lang: _strings(words, f"{where}.{lang}", problems) for lang, words in value.items()}


# --- checks across entries -------------------------------------------------

def check_registry(data: RegistryData, countries: frozenset[str]) -> list[str]:
    problems: list[str] = []
    for entry in data.actors.values():
        problems += _check_actor(entry, countries)
    for role in data.roles.values():
        problems += _check_role(role, data.actors, countries)
    problems += _check_shared_ids(data)
    problems += _check_alias_clashes(data)
    return problems


def _check_side(side: Any, countries: frozenset[str], where: str) -> list[str]:
    if side is None or (isinstance(side, str) and side in countries):
        return []
    return [f"{where}: side {side!r} is not an ISO 3166-1 alpha-2 code (or leave it out)"]


def _check_actor(entry: ActorEntry, countries: frozenset[str]) -> list[str]:
    where = f"{Path(entry.source).name}: {entry.id}"
    problems = [] if _ID.match(entry.id) else [f"{where}: ids are lower case letters, digits, '_' and '.'"]
    if entry.kind not in ACTOR_KINDS:
        problems.append(f"{where}: kind {entry.kind!r} is not one of {', '.join(ACTOR_KINDS)}")
    problems += _check_side(entry.side, countries, where)
    if not entry.name.strip():
        problems.append(f"{where}: empty name")
    problems += _check_names(entry.names, where)
    problems += _check_buckets(entry.aliases, f"{where} aliases")
    problems += _check_buckets(entry.metonyms, f"{where} metonyms")
    return problems


def _check_names(names: Iterable[str], where: str) -> list[str]:
    problems = []
    for name in names:
        if not name.strip():
            problems.append(f"{where}: empty name or alias")
        elif name != name.strip():
            problems.append(f"{where}: name {name!r} has spaces at its ends")
        elif not (name[0].isupper() or name[0].isdigit()):
            problems.append(f"{where}: name {name!r} must start with a capital (names match only capitalised)")
    return problems


def _check_buckets(buckets: Aliases, where: str) -> list[str]:
    problems = [f"{where}: {lang!r} is not a language code or 'any'"
                for lang in buckets if lang != LANGUAGE_NEUTRAL and not _LANG.match(lang)]
    for lang, words in buckets.items():
        problems += [f"{where}.{lang}: empty alias" for word in words if not word.strip()]
        problems += [f"{where}.{lang}: {word!r} has spaces at its ends" for word in words
                     if word.strip() and word != word.strip()]
    return problems


def _check_role(role: RoleEntry, actors: dict[str, ActorEntry], countries: frozenset[str]) -> list[str]:
    where = f"{Path(role.source).name}: role {role.id}"
    problems = [] if _ID.match(role.id) else [f"{where}: ids are lower case letters, digits, '_' and '.'"]
    problems += _check_side(role.side, countries, where)
    problems += _check_buckets(role.aliases, f"{where} aliases")
    for tenure in role.holders:
        if tenure.actor not in actors:
            problems.append(f"{where}: holder {tenure.actor!r} is not a registered actor")
        if tenure.start and tenure.end and tenure.start >= tenure.end:
            problems.append(f"{where}: holder {tenure.actor}: from {tenure.start} is not before until {tenure.end}")
    problems += _check_overlaps(role, where)
    return problems


def _check_overlaps(role: RoleEntry, where: str) -> list[str]:
    # One holder per role per day: successive terms may share a boundary day only
    # as one's ``until`` and the next one's ``from``.
    ordered = sorted(role.holders, key=lambda t: t.start or dt.date.min)
    problems = []
    for before, after in itertools.pairwise(ordered):
        if before.end is None or (after.start or dt.date.min) < before.end:
            problems.append(f"{where}: {before.actor} and {after.actor} hold it on the same day")
    return problems


def _check_shared_ids(data: RegistryData) -> list[str]:
    shared = sorted(set(data.actors) & set(data.roles))
    return [f"id {i!r} names both an actor and a role" for i in shared]


def alias_keys(data: RegistryData) -> Iterator[tuple[str, str, str, str]]:
    """Every (language, folded alias, target id, surface) the matcher will use."""
    for entry in data.actors.values():
        for name in (entry.name, *entry.names):
            yield LANGUAGE_NEUTRAL, fold(name), entry.id, name
        for buckets in (entry.aliases, entry.metonyms):
            for lang, words in buckets.items():
                for word in words:
                    yield lang, fold(word), entry.id, word
    for role in data.roles.values():
        for lang, words in role.aliases.items():
            for word in words:
                yield lang, fold(word), role.id, word


def _check_alias_clashes(data: RegistryData) -> list[str]:
    """No alias may point at two entries in a language: the matcher could not choose."""
    owners: dict[tuple[str, str], dict[str, str]] = {}  # (language, folded) -> {target: surface}
    for lang, key, target, surface in alias_keys(data):
        owners.setdefault((lang, key), {}).setdefault(target, surface)
    problems = []
    for (lang, key), targets in owners.items():
        # language-neutral names are matched in every language, so they clash with all
        merged = {**owners.get((LANGUAGE_NEUTRAL, key), {}), **targets}
        if len(merged) > 1:
            surface = next(iter(targets.values()))
            problems.append(f"alias {surface!r} ({lang}) belongs to {' and '.join(sorted(merged))}")
    return problems
