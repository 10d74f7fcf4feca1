"""Settings: defaults, then the user's TOML file, then the environment -> one immutable ``Settings``.

    home        $FRONTWATCH_HOME, else ~/.frontwatch (the ledger and the settings file live there)
    file        $FRONTWATCH_SETTINGS, else <home>/settings.toml (optional; a missing file is no error)
    environment FRONTWATCH_DB sets ``store.url``; FRONTWATCH_<SECTION>_<KEY> sets any scalar setting
                (``FRONTWATCH_RECONCILE_WINDOW_DAYS=7``)

Every setting is documented in docs/settings.md (``tests/assess/test_settings.py`` fails when one is not).
A setting nobody knows is an error, not silently ignored: a typo in a trust weight must not
change an assessment without a word.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .models import ACTOR_KINDS

__all__ = ["Settings", "load_settings", "default_home", "setting_keys"]

RELATIONS = ("self_serving", "against_interest", "third_party")


def _frozen(mapping: Mapping[str, float]) -> Mapping[str, float]:
    return types.MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class StoreSettings:
    url: str = ""  # empty: <home>/ledger.db
    busy_timeout: float = 30.0  # seconds a SQLite writer waits for another one


@dataclass(frozen=True)
class IngestSettings:
    timeout: float = 20.0
    user_agent: str = "frontwatch/0.1 (news ledger; +https://example.org/frontwatch)"
    max_bytes: int = 20 * 1024 * 1024
    syndication_threshold: float = 0.5
    shingle_words: int = 3
    minhash_size: int = 64
    minhash_bands: int = 32


@dataclass(frozen=True)
class ReconcileSettings:
    window_days: int = 10


@dataclass(frozen=True)
class AssessmentSettings:
    confirm_threshold: float = 1.0
    contest_threshold: float = 0.5
    belligerents: tuple[str, ...] = ("UA", "RU")
    official_kinds: tuple[str, ...] = ("government", "military", "person", "country")


@dataclass(frozen=True)
class TrustSettings:
    kinds: Mapping[str, float] = field(default_factory=lambda: _frozen({
        "government": 1.0, "military": 1.0, "country": 1.0, "person": 0.8, "osint": 0.8,
        "organization": 0.7, "media": 0.5, "group": 0.5, "unknown": 0.3}))
    relation: Mapping[str, float] = field(default_factory=lambda: _frozen({
        "self_serving": 0.5, "against_interest": 1.5, "third_party": 1.0}))
    sides: Mapping[str, float] = field(default_factory=lambda: _frozen({}))
    sources: Mapping[str, float] = field(default_factory=lambda: _frozen({}))


@dataclass(frozen=True)
class ReportSettings:
    statements_per_actor: int = 3
    max_actors: int = 10


@dataclass(frozen=True)
class ServeSettings:
    """``frontwatch serve``: the HTTP API and the web app (docs/api.md)."""

    host: str = "127.0.0.1"
    port: int = 8750
    token: str = ""  # the bearer token writing needs; empty: the API is read-only
    private: bool = False  # reading needs the token too
    assets: str = ""  # the web data folder (libraries, boundaries); empty: <home>/web
    page_size: int = 50
    max_page_size: int = 500
    max_document_bytes: int = 1_000_000
    max_search_chars: int = 200


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=lambda: default_home({}))
    store: StoreSettings = field(default_factory=StoreSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    reconcile: ReconcileSettings = field(default_factory=ReconcileSettings)
    assessment: AssessmentSettings = field(default_factory=AssessmentSettings)
    trust: TrustSettings = field(default_factory=TrustSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)

    def replace(self, **sections: Any) -> "Settings":
        return dataclasses.replace(self, **sections)


# Tables whose keys are fixed (a key outside them is a typo) and tables open to any key.
_CLOSED_TABLES = {("trust", "kinds"): (*ACTOR_KINDS, "unknown"), ("trust", "relation"): RELATIONS}
_LIMITS = {"ingest.minhash_size": (2, 256), "ingest.minhash_bands": (1, 256), "ingest.shingle_words": (1, 10),
           "serve.port": (1, 65535), "serve.page_size": (1, 10_000), "serve.max_page_size": (1, 10_000),
           "serve.max_document_bytes": (1, 20 * 1024 * 1024), "serve.max_search_chars": (1, 10_000)}
_SECTIONS: dict[str, type] = {"store": StoreSettings, "ingest": IngestSettings, "reconcile": ReconcileSettings,
                              "assessment": AssessmentSettings, "trust": TrustSettings, "report": ReportSettings,
                              "serve": ServeSettings}


def default_home(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("FRONTWATCH_HOME") or Path.home() / ".frontwatch").expanduser()


def setting_keys() -> list[str]:
    """Every setting as ``section.key`` (tables as ``section.table``): what docs/settings.md must list."""
    keys = []
    for name, section in _SECTIONS.items():
        keys += [f"{name}.{f.name}" for f in dataclasses.fields(section)]
    return keys


def load_settings(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, the settings file (``path``, else $FRONTWATCH_SETTINGS, else <home>/settings.toml), the environment."""
    environ = os.environ if environ is None else environ
    home = default_home(environ)
    explicit = path or environ.get("FRONTWATCH_SETTINGS")
    file = Path(explicit).expanduser() if explicit else home / "settings.toml"
    data = _read_toml(file, required=bool(explicit))
    sections = {name: _section(name, section(), data.pop(name, {}), str(file)) for name, section in _SECTIONS.items()}
    if data:
        raise SettingsError(f"{file}: unknown setting section(s): {', '.join(sorted(data))} (see docs/settings.md)")
    settings = Settings(home=home, **sections)
    return _apply_environment(settings, environ)


def _read_toml(file: Path, required: bool) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if required:
            raise SettingsError(f"{file}: no such settings file") from None
        return {}
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsError(f"{file}: cannot be read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise SettingsError(f"{file}: not valid TOML ({err})") from None


def _section(name: str, defaults: Any, values: Any, origin: str) -> Any:
    if not isinstance(values, dict):
        raise SettingsError(f"{origin}: [{name}] must be a table")
    changes = {}
    known = {f.name: f for f in dataclasses.fields(defaults)}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(f"{origin}: unknown setting {name}.{key} (see docs/settings.md)")
        changes[key] = _coerce(f"{name}.{key}", getattr(defaults, key), value, origin, (name, key))
    return dataclasses.replace(defaults, **changes)


def _coerce(key: str, default: Any, value: Any, origin: str, table: tuple[str, str]) -> Any:
    """``value`` checked against the type of the default (an int is a fine float; a table merges)."""
    if isinstance(default, Mapping):
        return _merge_table(key, default, value, origin, _CLOSED_TABLES.get(table))
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SettingsError(f"{origin}: {key} must be a list of strings")
        return tuple(value)
    if isinstance(default, bool) or isinstance(default, str):
        if not isinstance(value, type(default)):
            raise SettingsError(f"{origin}: {key} must be a {type(default).__name__}, not {value!r}")
        return value
    if isinstance(default, (int, float)) and isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(default, int) and not isinstance(value, int):
            raise SettingsError(f"{origin}: {key} must be a whole number, not {value!r}")
        low, high = _LIMITS.get(key, (0, None))
        if value < low or (high is not None and value > high):
            raise SettingsError(f"{origin}: {key} must be between {low} and {high}" if high is not None
                                else f"{origin}: {key} must not be negative")
        return type(default)(value)
    raise SettingsError(f"{origin}: {key} must be a number, not {value!r}")


def _merge_table(key: str, default: Mapping[str, float], value: Any, origin: str,
                 allowed: tuple[str, ...] | None) -> Mapping[str, float]:
    if not isinstance(value, dict):
        raise SettingsError(f"{origin}: {key} must be a table of numbers")
    merged = dict(default)
    for name, weight in value.items():
        if allowed is not None and name not in allowed:
            raise SettingsError(f"{origin}: unknown key {key}.{name} (one of: {', '.join(allowed)})")
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight < 0:
            raise SettingsError(f"{origin}: {key}.{name} must be a number >= 0, not {weight!r}")
        merged[name] = float(weight)
    return _frozen(merged)


def _apply_environment(settings: Settings, environ: Mapping[str, str]) -> Settings:
    if environ.get("FRONTWATCH_DB"):
        settings = settings.replace(store=dataclasses.replace(settings.store, url=environ["FRONTWATCH_DB"]))
    for name in _SECTIONS:
        section = getattr(settings, name)
        changes = {}
        for f in dataclasses.fields(section):
            variable = f"FRONTWATCH_{name}_{f.name}".upper()
            if variable in environ and not isinstance(getattr(section, f.name), Mapping):
                changes[f.name] = _coerce(f"{name}.{f.name}", getattr(section, f.name),
                                          _parse_env(environ[variable]), variable, (name, f.name))
        if changes:
            settings = settings.replace(**{name: dataclasses.replace(section, **changes)})
    return settings


def _parse_env(text: str) -> Any:
    """A variable's value read as a TOML value when it is one (numbers, lists), else as a string."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text
