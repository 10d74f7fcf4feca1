"""Claims: who vouches for each event, with which stance, through which intermediaries."""
from test_events_helpers import Said, by_type, claims_of, events_of

CAPTURE, ADVANCE, STRIKE = "territory.capture", "territory.advance", "attack.strike"


def test_a_reported_event_is_claimed_by_the_speaker_with_the_cues_stance():
    text = "Las tropas rusas entraron en Zaporizke, confirmó el ejército ucraniano a NBC News."
    said = (Said("ua_army", "Las tropas rusas entraron en Zaporizke", "confirmó", "confirms", channel="nbc"),)
    [event] = events_of(text, "es", said)
    [claim] = event.claims
    assert (claim.source, claim.stance, claim.via, claim.statement) == ("ua_army", "confirms", ["nbc"], "s1")


def test_a_post_on_a_platform_goes_via_the_platform():
    text = "«El bombardeo de Járkov continúa», escribió Zelenski en X."
    said = (Said("zelensky", "El bombardeo de Járkov continúa", "escribió", channel="x", kind="direct"),)
    [event] = events_of(text, "es", said)
    assert [(c.source, c.via) for c in event.claims] == [("zelensky", ["x"])]


def test_a_channel_that_is_a_person_is_no_intermediary():
    text = "Zelensky told Trump that Russian forces shelled Kharkiv."
    said = (Said("zelensky", "Russian forces shelled Kharkiv", "told", channel="trump"),)
    [event] = events_of(text, "en", said)
    assert event.claims[0].via == []


def test_what_the_publisher_narrates_the_publisher_asserts():
    for text, lang in [("Las tropas rusas bombardearon Járkov el martes.", "es"),
                       ("Russian forces shelled Kharkiv on Tuesday.", "en")]:
        [event] = events_of(text, lang, source="Test Wire")
        assert claims_of(event) == {("x:test-wire", "asserts")}


def test_a_document_that_is_one_persons_statement_is_claimed_by_its_author():
    text = "Overnight, Russia launched a massive missile attack on Kharkiv."
    [event] = events_of(text, "en", source="The White House",
                        title="Statement from President Donald Trump on Russia's Attack on Kharkiv")
    assert claims_of(event) == {("x:president-donald-trump", "asserts")}


def test_the_publishers_hedge_makes_its_claim_unverified():
    for text, lang in [
        ("Las tropas rusas bombardearon Járkov. La información no ha podido ser verificada de forma independiente.", "es"),
        ("Russian forces shelled Kharkiv. The report could not be independently verified.", "en"),
        ("Russian forces shelled Kharkiv, which could not be independently verified.", "en"),
    ]:
        [event] = events_of(text, lang)
        assert claims_of(event) == {("x:test-wire", "unverified")}


def test_the_hedge_covers_the_claims_of_others_it_follows():
    text = ("Las tropas rusas han tomado Zaporizke, anunció el Ministerio de Defensa ruso. "
            "La información no ha podido ser verificada de forma independiente.")
    said = (Said("ru_mod", "Las tropas rusas han tomado Zaporizke", "anunció"),)
    [event] = events_of(text, "es", said)
    assert claims_of(event) == {("ru_mod", "asserts"), ("x:test-wire", "unverified")}


def test_no_response_from_the_other_side_is_recorded_on_the_claim():
    for text, words, lang in [
        ("Las tropas rusas han tomado Zaporizke, anunció el Ministerio de Defensa ruso, sin que Kiev se haya "
         "pronunciado.", "Las tropas rusas han tomado Zaporizke", "es"),
        ("Russian troops captured Zaporizke, Russia's Defence Ministry said. Kyiv did not immediately respond.",
         "Russian troops captured Zaporizke", "en"),
    ]:
        [event] = events_of(text, lang, (Said("ru_mod", words, "anunció" if lang == "es" else "said"),))
        assert [c.extra.get("no_response_from") for c in event.claims] == ["ua_gov"]


def test_background_in_a_relative_clause_is_claimed_by_nobody_and_keeps_its_date():
    text = "Moscú, que invadió Ucrania en febrero de 2022, también declaró que no quiere hablar."
    [event] = events_of(text, "es")
    assert (event.type, event.places, event.claims) == ("attack.clash", ["ukraine"], [])
    assert (event.date, event.date_precision) == ("2022-02", "month")


def test_a_denial_of_the_other_sides_claims_denies_what_they_asserted():
    text = ("Russia's Defence Ministry said its forces had captured Zaporizke. "
            "The General Staff rejected the Russian claims as false.")
    said = (Said("ru_mod", "its forces had captured Zaporizke", "said"),
            Said("ua_gs", "the Russian claims as false", "rejected", stance="denies"))
    [event] = by_type(events_of(text, "en", said), CAPTURE)
    assert claims_of(event) == {("ru_mod", "asserts"), ("ua_gs", "denies")}


def test_an_acknowledgement_in_the_sentence_makes_the_statement_confirm():
    text = ("Russian troops have pushed into Zaporizke, a Ukrainian spokesman said, the first time Kyiv has "
            "acknowledged a ground presence.")
    said = (Said("ua_army", "Russian troops have pushed into Zaporizke", "said"),)
    [event] = by_type(events_of(text, "en", said), ADVANCE)
    assert claims_of(event) == {("ua_army", "confirms")}


def test_a_source_that_asserts_and_confirms_one_event_makes_one_claim():
    text = ("Las tropas rusas entraron en Zaporizke, dijo el ejército ucraniano. Las tropas rusas habían entrado "
            "en Zaporizke, confirmó el ejército ucraniano a NBC News.")
    said = (Said("ua_army", "Las tropas rusas entraron en Zaporizke", "dijo"),
            Said("ua_army", "Las tropas rusas habían entrado en Zaporizke", "confirmó", "confirms", channel="nbc"))
    [event] = events_of(text, "es", said)
    assert claims_of(event) == {("ua_army", "confirms")}


def test_the_topic_of_thanks_is_the_narrators_claim():
    text = "Zelensky thanked Trump for the talks with Putin in Qatar."
    said = (Said("zelensky", "the talks with Putin in Qatar", "thanked"),)
    [event] = events_of(text, "en", said)
    assert claims_of(event) == {("x:test-wire", "asserts")}


def test_a_trigger_between_a_cue_and_its_quote_is_the_speakers():
    text = "Trump described his call with Putin: “I told him we want peace.”"
    said = (Said("trump", "I told him we want peace.", "described", kind="direct"),)
    [event] = events_of(text, "en", said)
    assert claims_of(event) == {("trump", "asserts")}
    assert set(event.actors) == {"trump", "putin"}


def test_a_hedge_with_no_event_of_its_own_covers_its_paragraph_only():
    text = ("Russian forces shelled Kharkiv, the mayor said.\n\n"
            "Russia's Defence Ministry said its troops had captured Zaporizke. The claim could not be "
            "independently verified.")
    said = (Said("ua_gov", "Russian forces shelled Kharkiv", "said"),
            Said("ru_mod", "its troops had captured Zaporizke", "said"))
    events = events_of(text, "en", said)
    assert claims_of(by_type(events, STRIKE)[0]) == {("ua_gov", "asserts")}
    assert claims_of(by_type(events, CAPTURE)[0]) == {("ru_mod", "asserts"), ("x:test-wire", "unverified")}


def test_the_speech_cue_is_not_part_of_the_event():
    text = "Estados Unidos anunció un nuevo paquete de ayuda militar para Ucrania."
    said = (Said("ua_gov", "un nuevo paquete de ayuda militar para Ucrania", "anunció"),)
    [event] = events_of(text, "es", said)
    assert (event.type, event.places, claims_of(event)) == ("aid.military", ["ukraine"], {("ua_gov", "asserts")})
