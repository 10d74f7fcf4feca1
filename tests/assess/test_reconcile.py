"""Reconciliation: the events several reports tell of one happening become one ledger event."""
import random

from frontwatch.assess import assess
from frontwatch.assess.evidence import all_reported_events
from frontwatch.assess.reconcile import reconcile

from assess_cases import ACTORS, PLACES, Ledger, capture, event, settings


def ledger_events(ledger: Ledger, window: int = 10):
    return reconcile(all_reported_events(ledger.stored, ACTORS), ACTORS, PLACES, window)


def test_same_type_place_and_close_dates_are_one_event_with_every_claim():
    ledger = Ledger()
    first = ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), date="2025-08-20")])
    second = ledger.report("2025-08-26", [capture("village", ("ua_gs", "denies"))])  # undated: published day
    [merged] = ledger_events(ledger)
    assert (merged.type, merged.places, merged.first_date, merged.last_date) == (
        "territory.capture", ("village",), "2025-08-20", "2025-08-26")
    assert [(c.source, c.document.id) for c in merged.claims] == [("ru_mod", first.id), ("ua_gs", second.id)]


def test_dates_beyond_the_window_are_two_events():
    ledger = Ledger()
    ledger.report("2025-08-01", [capture("village", ("ru_mod", "asserts"))])
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
    assert len(ledger_events(ledger)) == 2
    assert len(ledger_events(ledger, window=30)) == 1


def test_a_month_matches_any_day_in_it():
    ledger = Ledger()
    ledger.report("2025-08-25", [capture("village", ("ru_mod", "asserts"), date="2025-08")])
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), date="2025-08-20")])
    assert len(ledger_events(ledger)) == 1


def test_opposing_sides_taking_a_place_are_two_events():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
    ledger.report("2025-08-22", [capture("village", ("ua_gs", "asserts"), actors=["ua_army"])])
    assert len(ledger_events(ledger)) == 2


def test_different_types_or_places_are_different_events():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts")),
                                 capture("hamlet", ("ru_mod", "asserts"), local_id="e2"),
                                 event("attack.strike", ["village"], [("ua_gs", "asserts")], local_id="e3")])
    assert sorted(e.id for e in ledger_events(ledger)) == [
        "attack.strike@village/2025-08-20", "territory.capture@hamlet/2025-08-20",
        "territory.capture@village/2025-08-20"]


def test_a_capture_of_two_places_is_two_captures():
    ledger = Ledger()
    ledger.report("2025-08-26", [capture("village", ("ua_gs", "denies"))])
    ledger.report("2025-08-26", [event("territory.capture", ["village", "hamlet"], [("ru_mod", "asserts")])])
    events = {e.places: e for e in ledger_events(ledger)}
    assert set(events) == {("village",), ("hamlet",)}
    assert [c.source for c in events[("village",)].claims] == ["ua_gs", "ru_mod"]


def test_a_capture_happens_at_its_most_specific_place():
    ledger = Ledger()
    ledger.report("2025-08-26", [event("territory.capture", ["dnipro_obl", "village", "hamlet"],
                                       [("ru_mod", "asserts")])])
    ledger.report("2025-08-26", [event("territory.advance", ["dnipro_obl", "town"], [("ru_mod", "asserts")])])
    assert sorted(e.places for e in ledger_events(ledger)) == [("dnipro_obl",), ("hamlet",), ("town",), ("village",)]


def test_placeless_events_need_a_common_actor():
    ledger = Ledger()
    ledger.report("2025-08-20", [event("diplomacy.talks", [], [("wire", "asserts")], actors=["ru_mod", "us_gov"])])
    ledger.report("2025-08-21", [event("diplomacy.talks", [], [("wire", "asserts")], actors=["us_gov"])])
    ledger.report("2025-08-22", [event("diplomacy.talks", [], [("wire", "asserts")], actors=["wire"])])
    assert [len(e.reports) for e in ledger_events(ledger)] == [2, 1]


def test_the_result_does_not_depend_on_ingestion_order():
    ledger = Ledger()
    for day in ("2025-08-20", "2025-08-24", "2025-08-29", "2025-09-15", "2025-09-18"):
        ledger.report(day, [capture("village", ("ru_mod", "asserts")), capture("hamlet", ("ua_gs", "denies"),
                                                                                local_id="e2")])
    expected = [(e.id, len(e.reports)) for e in ledger_events(ledger)]
    shuffled = Ledger()
    shuffled.stored = random.Random(7).sample(ledger.stored, len(ledger.stored))
    assert sorted((e.id, len(e.reports)) for e in ledger_events(shuffled)) == sorted(expected)
    assert assess(shuffled.stored, ACTORS, PLACES, settings()).places["village"].changes == \
        assess(ledger.stored, ACTORS, PLACES, settings()).places["village"].changes
