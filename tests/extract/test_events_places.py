"""Where and by whom: places of a trigger (lists, anaphora, possessives), and its actors."""
from test_events_helpers import Said, analyzed, by_type, events_of

CAPTURE, ADVANCE, STRIKE, TALKS = "territory.capture", "territory.advance", "attack.strike", "diplomacy.talks"


def test_a_list_of_places_belongs_to_one_event():
    for text, lang in [("Las tropas rusas tomaron Zaporizke y Novoheorhiivka.", "es"),
                       ("Russian troops captured Zaporizke and Novoheorhiivka.", "en")]:
        [event] = by_type(events_of(text, lang), CAPTURE)
        assert event.places == ["zaporizke", "novoheorhiivka"]


def test_two_villages_are_the_villages_named_in_the_next_sentence():
    for text, lang in [
        ("Las tropas rusas han entrado en dos aldeas. Se trata de Zaporizke y Novoheorhiivka.", "es"),
        ("Russian troops have pushed into two villages. They are Zaporizke and Novoheorhiivka.", "en"),
    ]:
        [event] = by_type(events_of(text, lang), ADVANCE)
        assert set(event.places) == {"zaporizke", "novoheorhiivka"}


def test_both_villages_are_the_villages_named_before():
    for text, lang in [
        ("Zaporizke y Novoheorhiivka están en el frente. Rusia reivindicó la captura de ambas aldeas.", "es"),
        ("Zaporizke and Novoheorhiivka lie on the front. Russia claimed the capture of both villages.", "en"),
    ]:
        [event] = by_type(events_of(text, lang), CAPTURE)
        assert set(event.places) == {"zaporizke", "novoheorhiivka"}


def test_the_region_is_the_region_named_before():
    text = "Las tropas rusas cruzaron la región de Dnipropetrovsk. Kiev negó que controlen la región."
    [event] = by_type(events_of(text, "es"), ADVANCE)
    assert event.places == ["dnipro_obl"]


def test_a_capital_used_for_its_government_is_an_actor_not_a_place():
    for text, lang in [("Kiev acusa a Moscú de bombardear Járkov.", "es"),
                       ("Kyiv accuses Moscow of shelling Kharkiv.", "en")]:
        [event] = by_type(events_of(text, lang), STRIKE)
        assert event.places == ["kharkiv"]


def test_a_country_that_speaks_is_an_actor_but_the_country_attacked_is_a_place():
    text = "Rusia dijo que sus tropas bombardearon Ucrania."
    events = events_of(text, "es", (Said("ru_gov", "sus tropas bombardearon Ucrania", "dijo"),))
    [event] = by_type(events, STRIKE)
    assert event.places == ["ukraine"]


def test_our_cities_in_a_statement_are_the_speakers_country():
    text = "«El bombardeo de nuestras ciudades continúa», escribió Zelenski en X."
    said = Said("zelensky", "El bombardeo de nuestras ciudades continúa", "escribió", channel="x", kind="direct")
    work = analyzed(text, "es", (said,))
    [event] = by_type(work.events, STRIKE)
    [place] = [work.places[p] for p in event.places]
    assert (place.kind, place.country) == ("country", "UA")


def test_a_country_named_in_the_text_is_the_one_used():
    text = "Zelenski escribió: «El bombardeo de nuestras ciudades continúa». Rusia niega atacar Ucrania."
    said = Said("zelensky", "El bombardeo de nuestras ciudades continúa", "escribió", kind="direct")
    [event] = by_type(events_of(text, "es", (said,)), STRIKE)
    assert event.places == ["ukraine"]


def test_a_nationality_and_a_noun_for_towns_name_the_country():
    text = "Zelensky said Russia kept up its strikes on Ukrainian towns."
    said = Said("zelensky", "Russia kept up its strikes on Ukrainian towns", "said")
    work = analyzed(text, "en", (said,))
    [event] = by_type(work.events, STRIKE)
    assert [work.places[p].name for p in event.places] == ["Ukraine"]


def test_the_subject_of_the_trigger_is_its_actor():
    for text, lang in [("Las tropas rusas tomaron Zaporizke.", "es"), ("Russian troops captured Zaporizke.", "en"),
                       ("Un pequeño número de las fuerzas de Moscú habían cruzado la región de Dnipropetrovsk.", "es")]:
        [event] = events_of(text, lang)
        assert event.actors == ["ru_army"]


def test_a_passive_agent_is_an_actor():
    [event] = events_of("Zaporizke fue tomada por las tropas rusas.", "es")
    assert event.actors == ["ru_army"]


def test_the_speaker_and_channel_are_not_actors_of_what_they_report():
    text = "El ejército ucraniano confirmó a NBC News que las tropas rusas entraron en Zaporizke."
    said = Said("ua_army", "las tropas rusas entraron en Zaporizke", "confirmó", stance="confirms", channel="nbc")
    [event] = events_of(text, "es", (said,))
    assert event.actors == ["ru_army"]


def test_talks_have_the_parties_named_with_them():
    events = events_of("Trump had a phone call with Putin.", "en")
    assert set(by_type(events, TALKS)[0].actors) == {"trump", "putin"}
    events = events_of("Kiev y Moscú mantuvieron negociaciones en Catar.", "es")
    assert set(by_type(events, TALKS)[0].actors) == {"ua_gov", "ru_gov"}


def test_talks_take_their_venue_not_their_subject():
    [event] = by_type(events_of("Kyiv and Moscow held talks on Ukraine in Qatar.", "en"), TALKS)
    assert event.places == ["qatar"]


def test_a_country_named_as_a_doer_is_the_actor_of_aid():
    [event] = by_type(events_of("Dinamarca proporcionará misiles a Ucrania.", "es"), "aid.military")
    assert event.places == ["ukraine"]
    assert event.actors == ["x:dinamarca"]


def test_a_name_taken_as_a_government_is_looked_up_where_it_is_a_place():
    text = "Kyiv and Moscow held talks in Qatar."
    [event] = by_type(events_of(text, "en", actors_first=True), TALKS)
    assert event.places == ["qatar"]
    assert set(event.actors) == {"ua_gov", "ru_gov"}


def test_a_direction_word_does_not_hide_the_place():
    text = "Russian drones hit a power plant in northeastern Ukraine."
    [event] = by_type(events_of(text, "en"), STRIKE)
    assert event.places == ["ukraine"]


def test_a_place_in_the_attribution_is_not_the_reported_events():
    text = "Russian forces shelled a power plant, officials in Kyiv said."
    said = (Said("ua_gov", "Russian forces shelled a power plant", "said"),)
    [event] = by_type(events_of(text, "en", said), STRIKE)
    assert (event.places, event.actors) == ([], ["ru_army"])


def test_places_that_only_locate_another_do_not_merge_events():
    text = ("Las tropas rusas tomaron Zaporizke, una aldea de la región de Dnipropetrovsk. La semana anterior "
            "las tropas rusas tomaron Vorone, otra aldea de la región de Dnipropetrovsk.")
    captures = by_type(events_of(text, "es"), CAPTURE)
    assert sorted(e.places[0] for e in captures) == ["vorone", "zaporizke"]


def test_a_name_in_brackets_after_an_actor_is_a_gloss_not_a_place():
    [event] = events_of("Ayer, la agrupación Tsentr (Centro) tomó Vorone.", "es")
    assert (event.places, event.actors) == (["vorone"], ["ru_tsentr"])
