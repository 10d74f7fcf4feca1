"""One event per happening: mentions that tell the same happening merge, others do not."""
from test_events_helpers import Said, by_type, claims_of, events_of

CAPTURE, ADVANCE, STRIKE, TALKS = "territory.capture", "territory.advance", "attack.strike", "diplomacy.talks"

SEED_LIKE = (
    "Las fuerzas de Moscú habían cruzado la región de Dnipropetrovsk y habían entrado en dos aldeas, confirmó el "
    "ejército ucraniano a NBC News, aunque negó "
    "que Rusia hubiera asegurado una posición estable en la región. Se refería a dos aldeas, Zaporizke y "
    "Novoheorhiivka, que habían caído bajo control ruso, según DeepState. El Ministerio de Defensa ruso había "
    "reivindicado previamente la captura de ambas aldeas."
)
SEED_SAID = (
    Said("ua_army", "Las fuerzas de Moscú habían cruzado la región de Dnipropetrovsk y habían entrado en dos aldeas",
         "confirmó", "confirms", channel="nbc"),
    Said("ua_army", "Rusia hubiera asegurado una posición estable en la región", "negó", "denies", channel="nbc"),
    Said("deepstate", "Zaporizke y Novoheorhiivka, que habían caído bajo control ruso", "según"),
    Said("ru_mod", "la captura de ambas aldeas", "había reivindicado"),
)


def test_mentions_of_one_capture_make_one_event_with_every_claim():
    events = events_of(SEED_LIKE, "es", SEED_SAID)
    [capture] = by_type(events, CAPTURE)
    assert {"zaporizke", "novoheorhiivka"} <= set(capture.places)
    assert claims_of(capture) == {("deepstate", "asserts"), ("ru_mod", "asserts"), ("ua_army", "denies")}
    assert [c.statement for c in capture.claims if c.source == "ua_army"] == ["s2"]


def test_event_ids_count_up_in_text_order_and_spans_cover_the_clause():
    events = events_of(SEED_LIKE, "es", SEED_SAID)
    assert [e.id for e in events] == [f"e{n}" for n in range(1, len(events) + 1)]
    advance = by_type(events, ADVANCE)[0]
    assert SEED_LIKE[advance.start:advance.end].startswith("Las fuerzas de Moscú habían cruzado")
    assert set(advance.places) == {"dnipro_obl", "zaporizke", "novoheorhiivka"}


def test_a_list_told_village_by_village_supports_each_village_event():
    text = ("«Las afirmaciones sobre la ocupación de Zaporizke y Novoheorhiivka son falsas», aseguró el Estado "
            "Mayor. El Ministerio de Defensa ruso anunció el lunes que sus tropas habían tomado Zaporizke. "
            "Antes había anunciado la toma de Novoheorhiivka.")
    said = (Said("ua_gs", "Las afirmaciones sobre la ocupación de Zaporizke y Novoheorhiivka son falsas", "aseguró",
                 kind="direct"),
            Said("ru_mod", "sus tropas habían tomado Zaporizke", "anunció"),
            Said("ru_mod", "la toma de Novoheorhiivka", "había anunciado"))
    captures = by_type(events_of(text, "es", said), CAPTURE)
    assert sorted(tuple(e.places) for e in captures) == [("novoheorhiivka",), ("zaporizke",)]
    for event in captures:
        assert claims_of(event) == {("ru_mod", "asserts"), ("ua_gs", "denies")}


def test_strikes_on_one_city_on_different_days_are_two_events():
    text = ("Ayer, las tropas rusas bombardearon un teatro en Mariúpol. La semana pasada las tropas rusas "
            "bombardearon un hospital en Mariúpol.")
    assert len(by_type(events_of(text, "es", published="2022-03-17"), STRIKE)) == 2


def test_a_definite_noun_refers_back_to_the_event_told_before():
    text = "Russian forces shelled Kharkiv on Tuesday. The shelling came as talks stalled."
    [strike] = by_type(events_of(text, "en"), STRIKE)
    assert strike.places == ["kharkiv"]
    assert claims_of(strike) == {("x:test-wire", "asserts")}


def test_talks_in_two_places_on_two_days_are_two_events():
    text = "Zelensky said Kyiv and Moscow held talks in Qatar on Tuesday and in Saudi Arabia on Wednesday."
    said = (Said("zelensky", "Kyiv and Moscow held talks in Qatar on Tuesday and in Saudi Arabia on Wednesday", "said"),)
    talks = by_type(events_of(text, "en", said), TALKS)
    assert [(e.places, e.date) for e in talks] == [(["qatar"], "2025-08-26"), (["saudi"], "2025-08-27")]


def test_talks_without_a_place_merge_by_their_parties():
    text = "Trump had a phone call with Putin. The call lasted two hours. Trump met Zelensky later."
    talks = by_type(events_of(text, "en"), TALKS)
    assert [set(e.actors) for e in talks] == [{"trump", "putin"}, {"trump", "zelensky"}]


def test_crossing_a_region_and_entering_villages_in_one_sentence_is_one_advance():
    text = "Russian troops crossed into the Dnipropetrovsk region and entered Zaporizke and Novoheorhiivka."
    [advance] = by_type(events_of(text, "en"), ADVANCE)
    assert set(advance.places) == {"dnipro_obl", "zaporizke", "novoheorhiivka"}
