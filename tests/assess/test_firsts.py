"""Firsts come from the ledger's own history, not from a report's wording."""
from frontwatch.assess import assess

from assess_cases import ACTORS, PLACES, Ledger, capture, event, settings


def firsts(ledger: Ledger):
    return {(f.side, f.region): f for f in assess(ledger.stored, ACTORS, PLACES, settings()).firsts}


def test_the_first_claim_in_a_region_is_its_first_and_the_first_confirmation_is_dated():
    ledger = Ledger()
    ledger.report("2025-07-01", [capture("town", ("ru_mod", "asserts"))])  # another region
    ledger.report("2025-08-21", [capture("hamlet", ("ru_mod", "asserts"))])
    ledger.report("2025-08-20", [event("territory.advance", ["village"], [("ru_mod", "asserts")])])
    ledger.report("2025-08-27", [event("territory.advance", ["village"], [("ua_army", "confirms")])])
    found = firsts(ledger)
    first = found[("RU", "Dnipropetrovsk Oblast")]
    assert (first.place, first.claimed_on, first.claim.source) == ("village", "2025-08-20", "ru_mod")
    assert (first.confirmed_on, first.confirmed_place, first.confirmed_what) == ("2025-08-27", "village", "presence")
    assert found[("RU", "Donetsk Oblast")].claimed_on == "2025-07-01"


def test_a_denial_is_not_a_first():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ua_gs", "denies"))])
    assert firsts(ledger) == {}


def test_an_event_at_the_region_itself_counts():
    ledger = Ledger()
    ledger.report("2025-06-08", [event("territory.advance", ["dnipro_obl"], [("ru_mod", "asserts")])])
    assert firsts(ledger)[("RU", "Dnipropetrovsk Oblast")].place == "dnipro_obl"
