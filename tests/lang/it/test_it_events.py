"""Italian events and claims: triggers, elided articles and prepositions ("l'occupazione",
"nell'Ucraina"), denials and hedges, on sentences written for the tests."""
from lang_cases import claims, events_of, happened, place

ZAP = place("zaporizke", "Zaporizke")
NOVO = place("novoheorhiivka", "Novoheorhiivka")
KHARKIV = place("kharkiv", "Kharkiv", admin1="Kharkiv Oblast")
UKRAINE = place("ukraine", "Ukraine", kind="country", admin1=None)
PLACES = {"Zaporizke": ZAP, "Novoheorhiivka": NOVO, "Kharkiv": KHARKIV, "Ucraina": UKRAINE}


def test_an_entry_told_by_a_source_and_a_denial_by_a_quote():
    text = ("Secondo Viktor Trehubov, piccoli gruppi di soldati russi sono riusciti a penetrare nei villaggi di "
            "Zaporizke e Novoheorhiivka. \"Il nemico non controlla quei villaggi\", ha dichiarato Trehubov.")
    work = events_of(text, "it", PLACES)
    assert sorted(happened(work)) == [("territory.advance", ("zaporizke", "novoheorhiivka")),
                                      ("territory.capture", ("zaporizke", "novoheorhiivka"))]
    capture = next(e for e in work.events if e.type == "territory.capture")
    assert claims(capture) == {("trehubov", "denies")}


def test_elided_articles_and_prepositions():
    text = ("Il ministero della Difesa russo ha annunciato l'occupazione di Novoheorhiivka. Nell'attacco su Kharkiv "
            "sono morte tre persone. Gli Stati Uniti hanno annunciato nuovi aiuti militari all'Ucraina.")
    work = events_of(text, "it", PLACES)
    assert happened(work) == [("territory.capture", ("novoheorhiivka",)), ("attack.strike", ("kharkiv",)),
                              ("aid.military", ("ukraine",))]


def test_the_presa_and_the_conquista_are_two_captures_dated_by_their_cues():
    text = ("Il ministero della Difesa russo aveva rivendicato il 20 agosto la presa di Novoheorhiivka e lunedì ha "
            "annunciato la conquista di Zaporizke. Martedì lo Stato maggiore ucraino aveva definito quelle "
            "rivendicazioni \"false\".")
    work = events_of(text, "it", PLACES)
    assert sorted((e.places[0], e.date) for e in work.events) == [("novoheorhiivka", "2025-08-20"),
                                                                  ("zaporizke", "2025-08-25")]
    for event in work.events:
        assert claims(event) == {("ru_mod", "asserts"), ("ua_general_staff", "denies")}


def test_fighting_there():
    text = "I russi sono entrati a Zaporizke, ma lì si continua a combattere."
    assert ("attack.clash", ("zaporizke",)) in happened(events_of(text, "it", PLACES))


def test_what_is_not_an_event():
    for text in ["Le truppe russe potrebbero conquistare Zaporizke.", "Prima della guerra a Zaporizke vivevano 440 persone.",
                 "I negoziatori hanno preso atto della proposta."]:
        assert events_of(text, "it", PLACES).events == [], text
