"""Italian statements: the constructions of Italian agency copy, on sentences written for the
tests, published on Wednesday 27 August 2025."""
from lang_cases import one, spoken, statements_of


def test_it_was_said_by_reports_the_sentence_before():
    """"Lo ha dichiarato ...": the content is the sentence before, after the agency's dateline."""
    text = ("(FW Agenzia) - MOSCA, 27 AGO - Il Cremlino apprezza gli sforzi di pace. Lo ha dichiarato oggi il "
            "portavoce della presidenza russa, Dmitri Peskov, parlando con i giornalisti.")
    statement = one(statements_of(text, "it"))
    assert (statement.speaker, statement.text, statement.date) == ("peskov", "Il Cremlino apprezza gli sforzi di pace",
                                                                   "2025-08-27")


def test_a_quote_and_a_dropped_subject():
    text = 'Il portavoce del Cremlino Dmitri Peskov ha parlato ai giornalisti. "Per noi è un lavoro utile", ha aggiunto.'
    assert spoken(statements_of(text, "it"))[-1] == ("peskov", "direct", "Per noi è un lavoro utile")


def test_according_to_a_name_with_its_apposition():
    text = ('Secondo Viktor Trehubov, portavoce del raggruppamento "Dnipro", i russi sono entrati in due villaggi.')
    statement = one(statements_of(text, "it"))
    assert (statement.speaker, statement.cue, statement.text) == ("trehubov", "Secondo",
                                                                  "i russi sono entrati in due villaggi")


def test_denies_confirms_and_declared():
    text = ("Lo Stato maggiore ucraino smentisce la caduta di Vorone. L'esercito ucraino ha riconosciuto che i russi "
            "sono entrati nella regione. Il ministero della Difesa russo ha dichiarato che le operazioni continuano.")
    work = statements_of(text, "it")
    assert [(s.speaker, s.extra["stance"]) for s in work.statements] == [
        ("ua_general_staff", "denies"), ("ua_army", "confirms"), ("ru_mod", "asserts")]


def test_a_map_speaks_for_its_author():
    text = "Le mappe di DeepState, progetto ucraino di analisi, indicano i due centri abitati come occupati."
    statement = one(statements_of(text, "it"))
    assert (statement.speaker, statement.text) == ("deepstate", "i due centri abitati come occupati")


def test_a_pluperfect_with_its_date_and_a_coordinated_cue():
    text = ("Il ministero della Difesa russo aveva rivendicato il 20 agosto la presa di Novoheorhiivka e lunedì ha "
            "annunciato la conquista di Zaporizke.")
    work = statements_of(text, "it")
    assert [(s.cue, s.text, s.date) for s in work.statements] == [
        ("aveva rivendicato", "la presa di Novoheorhiivka", "2025-08-20"),
        ("ha annunciato", "la conquista di Zaporizke", "2025-08-25")]


def test_a_mixed_statement_calls_claims_false():
    text = 'Martedì lo Stato maggiore ucraino aveva definito quelle rivendicazioni "false".'
    statement = one(statements_of(text, "it"))
    assert (statement.kind, statement.text, statement.date) == ("mixed", 'quelle rivendicazioni "false"', "2025-08-26")


def test_written_on_a_platform():
    text = 'Da Kiev il presidente Volodymyr Zelensky ha scritto su X che la Russia continua a inviare "segnali negativi".'
    statement = one(statements_of(text, "it"))
    assert (statement.speaker, statement.channel) == ("zelensky", "x")


def test_no_statement_without_a_report():
    for text in ["Il Cremlino attribuisce grande valore alla mediazione.", "Il ministero non ha commentato."]:
        assert spoken(statements_of(text, "it")) == [], text
