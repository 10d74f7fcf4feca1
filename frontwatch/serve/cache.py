"""Values derived from the whole ledger (its assessment, its actor registry), built once per ledger
state and shared by every request until a document is added.

The key is ``queries.ledger_version``: one cheap query per request. Building is serialised (one
lock): ten requests arriving after a new document wait for one rebuild, not ten. Readers of a
value already built take no lock.

The assessment of a large ledger takes seconds to build (about 10 s for 100,000 claims:
docs/api.md). Once one has been built, a newer ledger state is assessed in the background when
the last build took longer than ``SYNC_BUILD_SECONDS``: meanwhile readers get the previous
assessment at once (``status()`` says it is stale) instead of all waiting. A small ledger is
always rebuilt before answering, so what a client just posted shows in its next read.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..assess import Assessment, ClaimEvidence, LedgerEvent, assess_ledger
from ..models import Actor, Place
from ..report.lines import event_index
from ..store import Ledger
from .queries import actor_counts, ledger_version

T = TypeVar("T")
Version = tuple[int, int]
SYNC_BUILD_SECONDS = 1.0


@dataclass(frozen=True)
class Assessed:
    """The assessment and the lookups the API needs from it, computed once."""

    assessment: Assessment
    events: dict[str, LedgerEvent]
    claims: dict[str, tuple[ClaimEvidence, ...]]  # ledger event id -> its claims, in date order
    events_at: dict[str, list[LedgerEvent]]  # place id -> the ledger events that happen there
    ledger_event_of: dict[tuple[int, str], str]  # (document id, event id in it) -> ledger event id
    places: dict[str, Place] = field(default_factory=dict)  # every place: registry and timelines
    change_days: dict[str, list[str]] = field(default_factory=dict)  # place id -> the days its state changed
    changes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # place id -> its history, compact

    @classmethod
    def of(cls, assessment: Assessment) -> Assessed:
        events_at: dict[str, list[LedgerEvent]] = {}
        for event in assessment.events:
            for place in event.places:
                events_at.setdefault(place, []).append(event)
        places = dict(assessment.place_records)
        for pid, timeline in assessment.places.items():
            places.setdefault(pid, timeline.place)
        for pid in events_at:
            places.setdefault(pid, Place(id=pid, name=pid))
        # LedgerEvent.claims sorts on every access: once here, not once per request and event.
        claims = {e.id: e.claims for e in assessment.events}
        days = {pid: [c.on or "" for c in t.changes] for pid, t in assessment.places.items()}
        changes = {pid: [{"on": c.on, "status": c.status, "holder": c.holder, "what": c.what} for c in t.changes]
                   for pid, t in assessment.places.items()}
        return cls(assessment, {e.id: e for e in assessment.events}, claims, events_at,
                   event_index(assessment.events), places, days, changes)


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]
    places: dict[str, Place]
    actor_counts: dict[str, dict[str, int]]


@dataclass(frozen=True)
class Built:
    version: Version
    value: Any
    seconds: float


class LedgerCache:
    def __init__(self, ledger: Ledger, version: Callable[[Ledger], Version] = ledger_version):
        self.ledger = ledger
        self._version = version
        self._values: dict[tuple[Version, str], Any] = {}
        self._latest: dict[str, Built] = {}
        self._building: set[str] = set()
        self._build_lock = threading.Lock()

    def get(self, name: str, build: Callable[[Ledger], T], stale_ok: bool = False) -> T:
        version = self._version(self.ledger)
        value = self._values.get((version, name))
        if value is not None:
            return value  # type: ignore[no-any-return]
        previous = self._latest.get(name)
        if stale_ok and previous is not None and previous.seconds > SYNC_BUILD_SECONDS:
            self._build_in_background(name, build)
            return previous.value  # type: ignore[no-any-return]
        with self._build_lock:
            value = self._values.get((version, name))
            if value is None:
                value = self._build(name, build, version)
        return value  # type: ignore[no-any-return]

    def _build(self, name: str, build: Callable[[Ledger], Any], version: Version) -> Any:
        """Build and keep a value (the caller holds the build lock)."""
        started = time.perf_counter()
        value = build(self.ledger)
        self._latest[name] = Built(version, value, time.perf_counter() - started)
        kept = {k: v for k, v in self._values.items() if k[0] == version}  # older states go
        kept[(version, name)] = value
        self._values = kept
        return value

    def _build_in_background(self, name: str, build: Callable[[Ledger], Any]) -> None:
        with self._build_lock:
            if name in self._building:
                return
            self._building.add(name)

        def run() -> None:
            try:
                with self._build_lock:
                    version = self._version(self.ledger)
                    if (version, name) not in self._values:
                        self._build(name, build, version)
            finally:
                self._building.discard(name)

        threading.Thread(target=run, name=f"frontwatch-{name}", daemon=True).start()

    def status(self, name: str) -> dict[str, Any]:
        """Which ledger state the value was built from, how long it took, whether it is behind."""
        built = self._latest.get(name)
        if built is None:
            return {"built": False}
        current = self._version(self.ledger)
        return {"built": True, "documents": built.version[0], "seconds": round(built.seconds, 3),
                "stale": built.version != current, "building": name in self._building}

    def assessed(self) -> Assessed:
        return self.get("assessment", lambda ledger: Assessed.of(assess_ledger(ledger)), stale_ok=True)

    def registry(self) -> Registry:
        return self.get("registry", lambda ledger: Registry(ledger.actors(), ledger.places(), actor_counts(ledger)))
