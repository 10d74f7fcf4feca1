"""Values derived from the whole ledger (its assessment, its actor registry), built once per ledger
state and shared by every request until a document is added.

The key is ``queries.ledger_version``: one cheap query per request. Building is serialised (one
lock): ten requests arriving after a new document wait for one rebuild, not ten. Readers of a
value already built take no lock.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..assess import Assessment, LedgerEvent, assess_ledger
from ..models import Actor, Place
from ..report.lines import event_index
from ..store import Ledger
from .queries import actor_counts, ledger_version

T = TypeVar("T")


@dataclass(frozen=True)
class Assessed:
    """The assessment and the lookups the API needs from it."""

    assessment: Assessment
    events: dict[str, LedgerEvent]
    events_at: dict[str, list[LedgerEvent]]  # place id -> the ledger events that happen there
    ledger_event_of: dict[tuple[int, str], str]  # (document id, event id in it) -> ledger event id
    places: dict[str, Place] = field(default_factory=dict)  # every place: registry and timelines

    @classmethod
    def of(cls, assessment: Assessment) -> "Assessed":
        events_at: dict[str, list[LedgerEvent]] = {}
        for event in assessment.events:
            for place in event.places:
                events_at.setdefault(place, []).append(event)
        places = dict(assessment.place_records)
        for pid, timeline in assessment.places.items():
            places.setdefault(pid, timeline.place)
        for pid in events_at:
            places.setdefault(pid, Place(id=pid, name=pid))
        return cls(assessment, {e.id: e for e in assessment.events}, events_at, event_index(assessment.events), places)


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]
    places: dict[str, Place]
    actor_counts: dict[str, dict[str, int]]


class LedgerCache:
    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self._values: dict[tuple[tuple[int, int], str], Any] = {}
        self._build_lock = threading.Lock()

    def get(self, name: str, build: Callable[[Ledger], T]) -> T:
        version = ledger_version(self.ledger)
        value = self._values.get((version, name))
        if value is not None:
            return value  # type: ignore[no-any-return]
        with self._build_lock:
            value = self._values.get((version, name))
            if value is None:
                value = build(self.ledger)
                kept = {k: v for k, v in self._values.items() if k[0] == version}  # older states go
                kept[(version, name)] = value
                self._values = kept
        return value  # type: ignore[no-any-return]

    def assessed(self) -> Assessed:
        return self.get("assessment", lambda ledger: Assessed.of(assess_ledger(ledger)))

    def registry(self) -> Registry:
        return self.get("registry", lambda ledger: Registry(ledger.actors(), ledger.places(), actor_counts(ledger)))
