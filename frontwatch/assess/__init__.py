"""Assessment: the ledger read as a whole. Reconciled events, each place's state over time, firsts.

    from frontwatch.assess import assess_ledger
    assessment = assess_ledger(ledger)            # or assess(stored_analyses, actors, places, settings)
    assessment.places["zaporizke"].current        # PlaceState(status="confirmed", holder="RU", ...)

Nothing here is stored: an assessment is derived from the stored analyses each time, so a new
report, or a changed trust setting, changes history consistently. The rule: docs/assessment.md.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Actor, Place
from ..settings import Settings
from ..store.ledger import Ledger
from ..store.records import StoredAnalysis
from .evidence import ClaimEvidence, ReportedEvent, all_reported_events
from .firsts import First, firsts, region_of
from .reconcile import LedgerEvent, reconcile
from .state import PlaceState, PlaceTimeline, Position, Rule, Voice, place_timelines

__all__ = [
    "Assessment", "ClaimEvidence", "First", "LedgerEvent", "PlaceState", "PlaceTimeline", "Position",
    "ReportedEvent", "Rule", "Voice", "assess", "assess_ledger", "region_of",
]


@dataclass(frozen=True)
class Assessment:
    events: tuple[LedgerEvent, ...]
    places: dict[str, PlaceTimeline]
    firsts: tuple[First, ...]
    analyses: tuple[StoredAnalysis, ...]
    actors: dict[str, Actor]
    place_records: dict[str, Place]

    def actor_name(self, actor_id: str | None) -> str:
        actor = self.actors.get(actor_id or "")
        return actor.name if actor else (actor_id or "unattributed")

    def place_name(self, place_id: str) -> str:
        place = self.place_records.get(place_id)
        return place.name if place else place_id


def assess(stored: Iterable[StoredAnalysis], actors: dict[str, Actor], places: dict[str, Place],
           settings: Settings) -> Assessment:
    analyses = tuple(stored)
    events = reconcile(all_reported_events(analyses, actors), actors, places, settings.reconcile.window_days)
    timelines = place_timelines(events, places, Rule(settings, actors))
    return Assessment(tuple(events), timelines, tuple(firsts(timelines)), analyses, actors, places)


def assess_ledger(ledger: Ledger) -> Assessment:
    return assess(ledger.stored_analyses(), ledger.actors(), ledger.places(), ledger.settings)

