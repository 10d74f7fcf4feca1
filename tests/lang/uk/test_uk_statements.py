"""Ukrainian statements: the constructions of Ukrainian news and of the General Staff, on
sentences written for the tests, published on Wednesday 27 August 2025."""
from lang_cases import one, spoken, statements_of


def test_a_cue_after_a_comma_and_a_complementizer():
    work = statements_of("Речник Генштабу Андрій Ковальов заявив, що ситуація на Покровському напрямку складна.", "uk")
    statement = one(work)
    assert (statement.kind, statement.cue, statement.text) == (
        "indirect", "заявив", "ситуація на Покровському напрямку складна")


def test_the_past_tense_agrees_with_a_feminine_and_a_neuter_subject():
    work = statements_of("Міністерство оборони Росії заявило, що взяло село. Речниця ОП повідомила, що це неправда.",
                         "uk")
    assert [s.cue for s in work.statements] == ["заявило", "повідомила"]
    assert work.statements[0].speaker == "ru_mod"


def test_about_this_said_the_spokesman_reports_the_sentence_before():
    """"Про це заявив ..." : the content is the sentence before, the speaker follows the cue."""
    text = ("Російські групи зайшли до двох сіл на Дніпропетровщині. Про це заявив в ефірі телемарафону "
            "речник угруповання «Дніпро» Віктор Трегубов.")
    statement = one(statements_of(text, "uk"))
    assert statement.speaker == "trehubov"
    assert statement.text == "Російські групи зайшли до двох сіл на Дніпропетровщині"
    assert statement.channel == "united_news_telethon"


def test_a_quote_then_a_dash_and_the_attribution_with_a_pronoun():
    text = "Віктор Трегубов розповів про бої. «Ворог просочується малими групами», — сказав він."
    work = statements_of(text, "uk")
    assert spoken(work)[-1] == ("trehubov", "direct", "Ворог просочується малими групами")


def test_the_general_staff_refutes_a_claim():
    work = statements_of("Генштаб ЗСУ спростовує заяви ворога про захоплення Новогеоргіївки.", "uk")
    statement = one(work)
    assert (statement.speaker, statement.extra["stance"]) == ("ua_general_staff", "denies")
    assert statement.text == "заяви ворога про захоплення Новогеоргіївки"


def test_a_gerund_after_the_main_cue_keeps_the_speaker_and_the_date():
    text = "Вчора Генеральний штаб ЗСУ спростував заяви росіян, наголосивши, що села не окуповані."
    work = statements_of(text, "uk")
    assert spoken(work) == [("ua_general_staff", "indirect", "заяви росіян"),
                            ("ua_general_staff", "indirect", "села не окуповані")]
    assert [s.date for s in work.statements] == ["2025-08-26", "2025-08-26"]


def test_according_to_a_declined_name():
    statement = one(statements_of("За словами Зеленського, російська армія втратила ініціативу.", "uk"))
    assert (statement.speaker, statement.cue, statement.text) == (
        "zelensky", "За словами", "російська армія втратила ініціативу")


def test_an_impersonal_cue_in_a_document_speaks_for_its_author():
    text = "«Ворог не контролює жодного з цих сіл», — йдеться у повідомленні Генерального штабу ЗСУ."
    statement = one(statements_of(text, "uk"))
    assert (statement.speaker, statement.kind) == ("ua_general_staff", "direct")


def test_a_relative_clause_on_a_document_speaks_for_whoever_published_it():
    text = ("Учора, 25 серпня, російське оборонне відомство поширило повідомлення, у якому стверджується, що "
            "його війська взяли село.")
    statement = one(statements_of(text, "uk"))
    assert (statement.speaker, statement.text, statement.date) == ("ru_mod", "його війська взяли село", "2025-08-25")


def test_the_content_may_open_the_sentence_with_the_cues_preposition():
    text = "Про захоплення Новогеоргіївки російське міністерство оборони оголосило 20 серпня."
    statement = one(statements_of(text, "uk"))
    assert (statement.speaker, statement.text, statement.date) == ("ru_mod", "захоплення Новогеоргіївки",
                                                                   "2025-08-20")


def test_the_same_body_named_again_points_back():
    text = ("Російське міністерство оборони заявило про наступ. Раніше це ж відомство заявляло про захоплення "
            "Новогеоргіївки.")
    work = statements_of(text, "uk")
    assert [s.speaker for s in work.statements] == ["ru_mod", "ru_mod"]


def test_low_quotation_marks_inside_guillemets():
    text = "Міністр заявив: «Ситуація „під контролем“, бої тривають». Потім він поїхав до Києва."
    statement = one(statements_of(text, "uk"))
    assert statement.text == "Ситуація „під контролем“, бої тривають"


def test_a_mixed_statement_holds_a_quoted_word():
    statement = one(statements_of("Генштаб заявив, що так зване «звільнення» села є фейком.", "uk"))
    assert statement.kind == "mixed"


def test_no_statement_without_a_report():
    for text in ["Генштаб не коментував ці повідомлення.",  # negated
                 "Ворог намагався прорвати оборону біля Покровська.",  # no cue
                 "Чи заявив Генштаб про це?"]:  # a question
        assert statements_of(text, "uk").statements == [], text


def test_a_body_that_publishes_the_document_does_not_report_itself():
    text = "Генеральний штаб закликає громадян довіряти лише офіційним джерелам."
    work = statements_of(text, "uk", source="General Staff of the Armed Forces of Ukraine")
    assert work.statements == []
