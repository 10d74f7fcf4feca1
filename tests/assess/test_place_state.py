"""The place-state rule of docs/assessment.md, case by case."""
from frontwatch.assess import assess

from assess_cases import ACTORS, PLACES, Ledger, capture, event, settings


def states(ledger: Ledger, place: str = "village", **environ: str) -> list[tuple[str | None, str, str | None]]:
    timeline = assess(ledger.stored, ACTORS, PLACES, settings(**environ)).places[place]
    return [(c.on, c.status, c.holder) for c in timeline.changes]


def test_a_claim_only_its_own_side_makes_is_claimed():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
    assert states(ledger) == [("2025-08-20", "claimed", "RU")]


def test_the_other_side_denying_it_makes_it_denied():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
    ledger.report("2025-08-21", [capture("village", ("ua_gs", "denies"))])
    assert states(ledger)[-1] == ("2025-08-21", "denied", "RU")


def test_an_admission_or_a_third_party_confirms_it():
    for confirmer in ("ua_gs", "us_gov", "deepstate"):
        ledger = Ledger()
        ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
        ledger.report("2025-08-22", [capture("village", (confirmer, "confirms"))])
        assert states(ledger)[-1] == ("2025-08-22", "confirmed", "RU"), confirmer


def test_corroborated_and_denied_is_contested():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), ("ua_gs", "denies"))])
    ledger.report("2025-08-22", [capture("village", ("deepstate", "asserts"))])
    assert [s for _, s, _ in states(ledger)] == ["denied", "contested"]


def test_an_official_concession_withdraws_the_sides_earlier_denials():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), ("ua_gs", "denies"),
                                         ("ua_army", "denies"))])
    ledger.report("2025-08-22", [capture("village", ("deepstate", "asserts"))])
    ledger.report("2025-08-25", [capture("village", ("ua_gs", "confirms"))])
    assert [s for _, s, _ in states(ledger)] == ["denied", "contested", "confirmed"]


def test_a_sources_latest_word_replaces_its_earlier_one():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), ("us_gov", "confirms"))])
    ledger.report("2025-08-23", [capture("village", ("us_gov", "denies"))])
    assert [s for _, s, _ in states(ledger)] == ["confirmed", "denied"]


def test_one_wire_story_relayed_by_many_outlets_is_one_voice():
    relayed, independent = Ledger(), Ledger()
    first = relayed.report("2025-08-20", [capture("village", ("wire", "asserts"))], outlet="Wire")
    for actor, outlet in (("paper1", "Paper One"), ("paper2", "Paper Two")):
        # each outlet's copy of the wire story: the outlet narrates, so it is the claim's source
        relayed.report("2025-08-20", [capture("village", (actor, "asserts"))], outlet=outlet, syndicated_of=first.id)
        independent.report("2025-08-20", [capture("village", (actor, "asserts"))], outlet=outlet)
    assert states(relayed) == [("2025-08-20", "claimed", "RU")]  # three outlets, one story: 0.5
    assert states(independent) == [("2025-08-20", "confirmed", "RU")]  # two reports of their own: 0.5 + 0.5


def test_trust_settings_change_the_outcome():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), ("ua_gs", "denies"))])
    ledger.report("2025-08-22", [capture("village", ("deepstate", "asserts"))])
    assert states(ledger)[-1][1] == "contested"
    stricter = {"FRONTWATCH_ASSESSMENT_CONFIRM_THRESHOLD": "1.5"}
    assert states(ledger, **stricter)[-1][1] == "denied"  # DeepState's 0.8 x 1.5 = 1.2 no longer enough


def test_a_withdrawal_hands_the_place_to_the_other_side():
    ledger = Ledger()
    ledger.report("2025-08-20", [event("territory.withdrawal", ["village"], [("ua_gs", "asserts")],
                                       actors=["ua_army"])])
    assert states(ledger) == [("2025-08-20", "confirmed", "RU")]  # a loss conceded: against interest


def test_a_recapture_opens_a_new_episode():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"), ("deepstate", "asserts"))])
    ledger.report("2025-09-20", [capture("village", ("ua_gs", "asserts"), actors=["ua_army"])])
    assert states(ledger) == [("2025-08-20", "confirmed", "RU"), ("2025-09-20", "claimed", "UA")]


def test_an_advance_confirmed_is_presence_not_control():
    ledger = Ledger()
    ledger.report("2025-08-27", [event("territory.advance", ["village"], [("ua_army", "confirms")]),
                                 capture("village", ("ru_mod", "asserts"), ("ua_army", "denies"), local_id="e2")])
    change = assess(ledger.stored, ACTORS, PLACES, settings()).places["village"].current
    assert (change.status, change.what, change.control, change.presence) == ("denied", "control", "denied", "confirmed")


def test_only_passing_it_on_is_reported():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("wire", "unverified"))])
    assert states(ledger) == [("2025-08-20", "reported", "RU")]


def test_each_change_carries_the_claims_that_moved_it():
    ledger = Ledger()
    ledger.report("2025-08-20", [capture("village", ("ru_mod", "asserts"))])
    denial = ledger.report("2025-08-21", [capture("village", ("ua_gs", "denies"), ("wire", "unverified"))])
    change = assess(ledger.stored, ACTORS, PLACES, settings()).places["village"].changes[-1]
    assert [(c.source, c.stance, c.document.id) for c in change.evidence] == [
        ("ua_gs", "denies", denial.id), ("wire", "unverified", denial.id)]
    assert {v.source for v in change.voices} == {"ru_mod", "ua_gs", "wire"}
