"""The records of the analysis format (``../shared/eval/FORMAT.md``, version 1).

Every record converts to the FORMAT.md JSON with ``to_dict()`` and back with
``from_dict()``; unknown keys are kept in ``extra`` so a round trip loses nothing.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

FORMAT_VERSION = "1"

ACTOR_KINDS = ("person", "organization", "government", "military", "media", "osint", "country", "group")
PLACE_KINDS = ("country", "admin1", "admin2", "settlement", "feature")
STATEMENT_KINDS = ("direct", "indirect", "mixed")
EVENT_TYPES = (
    "territory.advance", "territory.capture", "territory.withdrawal",
    "attack.strike", "attack.clash",
    "diplomacy.talks", "diplomacy.agreement",
    "exchange.prisoners", "aid.military", "policy.sanctions",
)
STANCES = ("asserts", "confirms", "denies", "unverified")
DATE_PRECISIONS = ("day", "month", "year")

R = TypeVar("R", bound="Record")


@dataclass
class Record:
    """Base: JSON conversion shared by every record."""

    extra: dict[str, Any] = field(default_factory=dict, kw_only=True)
    _nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name == "extra":
                continue
            out[f.name] = _plain(getattr(self, f.name))
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        kwargs: dict[str, Any] = {}
        for name in names:
            if name not in data:
                continue
            kwargs[name] = _load(cls._nested.get(name), data[name])
        extra = {k: v for k, v in data.items() if k not in names}
        return cls(**kwargs, extra=extra)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _load(kind: type | None, value: Any) -> Any:
    if kind is None or value is None:
        return value
    if isinstance(value, list):
        return [kind.from_dict(v) for v in value]
    return kind.from_dict(value)


@dataclass
class Document(Record):
    """One report: its body text and what is known about it."""

    id: str
    text: str = ""
    language: str | None = None
    published: str | None = None  # ISO date, the base for relative dates
    source: str | None = None  # the publisher (outlet), who claims what it narrates
    title: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # The analysis carries the document's metadata, not its body.
        data = super().to_dict()
        data.pop("text")
        return data

    @property
    def published_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None


@dataclass
class Actor(Record):
    id: str
    name: str
    kind: str = "person"
    side: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Place(Record):
    id: str
    name: str
    kind: str = "settlement"
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Statement(Record):
    id: str
    speaker: str | None
    kind: str
    text: str
    cue: str | None = None
    channel: str | None = None
    date: str | None = None
    start: int = 0
    end: int = 0


@dataclass
class Claim(Record):
    source: str | None
    stance: str
    via: list[str] = field(default_factory=list)
    statement: str | None = None


@dataclass
class Event(Record):
    id: str
    type: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    start: int = 0
    end: int = 0
    claims: list[Claim] = field(default_factory=list)
    _nested: ClassVar[dict[str, type]] = {"claims": Claim}


@dataclass
class Analysis(Record):
    """What ``analyze`` returns for one document: the FORMAT.md object."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    frontwatch: str = FORMAT_VERSION
    _nested: ClassVar[dict[str, type]] = {
        "document": Document, "actors": Actor, "places": Place,
        "statements": Statement, "events": Event,
    }

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        return {"frontwatch": data.pop("frontwatch"), **data}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> "Analysis":
        return cls.from_dict(json.loads(text))
