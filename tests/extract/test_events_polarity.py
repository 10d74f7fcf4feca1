"""Negation and modality: denials are claims, possibilities and plans are not events."""
import pytest

from test_events_helpers import Said, by_type, claims_of, events_of

CAPTURE, TALKS, AID = "territory.capture", "diplomacy.talks", "aid.military"


@pytest.mark.parametrize("text,lang", [
    ("Las tropas rusas podrían capturar Zaporizke.", "es"),
    ("Las tropas rusas intentan tomar Zaporizke.", "es"),
    ("Moscú pretende conquistar Zaporizke.", "es"),
    ("Russian troops could capture Zaporizke.", "en"),
    ("Russian troops aim to take Zaporizke.", "en"),
    ("Russian troops are trying to seize Zaporizke.", "en"),
    ("Will Russian troops take Zaporizke?", "en"),
])
def test_a_possible_or_intended_capture_is_no_capture(text, lang):
    assert not by_type(events_of(text, lang), CAPTURE)


@pytest.mark.parametrize("text,lang", [
    ("Las tropas rusas no lograron tomar Zaporizke.", "es"),
    ("Las tropas rusas no han tomado Zaporizke.", "es"),
    ("Russian troops failed to capture Zaporizke.", "en"),
    ("Russian troops have not captured Zaporizke.", "en"),
])
def test_a_negated_capture_is_denied_not_asserted(text, lang):
    [event] = by_type(events_of(text, lang), CAPTURE)
    assert {stance for _, stance in claims_of(event)} == {"denies"}


def test_a_denial_cue_denies_what_it_reports():
    text = "El Estado Mayor negó que las tropas rusas hubieran tomado Zaporizke."
    said = (Said("ua_gs", "las tropas rusas hubieran tomado Zaporizke", "negó", stance="denies"),)
    [event] = by_type(events_of(text, "es", said), CAPTURE)
    assert claims_of(event) == {("ua_gs", "denies")}


def test_a_negated_clause_in_a_denial_is_not_a_double_negative_assertion():
    text = "«Moscow holds neither of the villages», the General Staff said about Zaporizke and Novoheorhiivka."
    said = (Said("ua_gs", "Moscow holds neither of the villages", "said", kind="direct"),)
    events = events_of(text, "en", said)
    assert all(stance == "denies" for e in by_type(events, CAPTURE) for _, stance in claims_of(e))


def test_one_statement_confirms_one_event_and_denies_another():
    text = ("Las tropas rusas entraron en Zaporizke, confirmó el ejército ucraniano, aunque negó que Rusia "
            "hubiera tomado Zaporizke.")
    said = (Said("ua_army", "Las tropas rusas entraron en Zaporizke", "confirmó", "confirms"),
            Said("ua_army", "Rusia hubiera tomado Zaporizke", "negó", "denies"))
    events = events_of(text, "es", said)
    assert claims_of(by_type(events, "territory.advance")[0]) == {("ua_army", "confirms")}
    assert claims_of(by_type(events, CAPTURE)[0]) == {("ua_army", "denies")}


def test_denial_words_in_the_quote_deny_its_events():
    text = "«Las afirmaciones sobre la captura de Zaporizke son falsas», aseguró el Estado Mayor."
    said = (Said("ua_gs", "Las afirmaciones sobre la captura de Zaporizke son falsas", "aseguró", kind="direct"),)
    [event] = by_type(events_of(text, "es", said), CAPTURE)
    assert claims_of(event) == {("ua_gs", "denies")}


@pytest.mark.parametrize("text,lang", [
    ("Zelenski se reunirá con Trump en Catar.", "es"),
    ("Zelensky will meet Trump in Qatar.", "en"),
    ("Zelensky is going to meet Trump in Qatar.", "en"),
])
def test_future_talks_are_not_events(text, lang):
    assert not by_type(events_of(text, lang), TALKS)


@pytest.mark.parametrize("text,lang", [
    ("Dinamarca proporcionará misiles a Ucrania.", "es"),
    ("Denmark will provide missiles to Ukraine.", "en"),
])
def test_announced_aid_is_an_event_even_if_it_comes_later(text, lang):
    assert by_type(events_of(text, lang), AID)


def test_a_goal_is_not_an_event():
    assert not by_type(events_of("Kiev y Moscú negocian para la tregua en Catar.", "es"), "diplomacy.agreement")
    assert not by_type(events_of("Kyiv and Moscow discussed moves toward a ceasefire.", "en"), "diplomacy.agreement")


def test_a_request_is_not_an_event():
    text = "Zelensky asked for more air defense systems for Ukraine."
    said = (Said("zelensky", "more air defense systems for Ukraine", "asked for"),)
    assert not by_type(events_of(text, "en", said), AID)
