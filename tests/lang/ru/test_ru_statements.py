"""Russian statements: the constructions of Russian news and of the Ministry of Defence's
bulletins, on sentences written for the tests, published on Wednesday 27 August 2025."""
from lang_cases import one, spoken, statements_of


def test_a_cue_after_a_comma_and_a_complementizer():
    statement = one(statements_of("Министерство обороны России заявило, что войска продвинулись на запад.", "ru"))
    assert (statement.speaker, statement.cue, statement.text) == ("ru_mod", "заявило", "войска продвинулись на запад")


def test_this_was_reported_by_reports_the_sentence_before():
    """"Об этом сообщил ...": the content is the sentence before, the speaker follows the cue."""
    text = "Российские войска обстреляли Никополь ночью. Об этом сообщил в Telegram глава Днепропетровской ОВА."
    statement = one(statements_of(text, "ru"))
    assert statement.text == "Российские войска обстреляли Никополь ночью"
    assert statement.channel == "telegram"


def test_a_quote_said_in_a_message_of_a_declined_body():
    text = ("«Заявления оккупантов не соответствуют действительности», — говорится в сообщении украинского "
            "военного командования.")
    statement = one(statements_of(text, "ru"))
    assert (statement.speaker, statement.kind) == ("ua_general_staff", "direct")


def test_the_general_staff_refuted_reports():
    text = "Генштаб ВСУ во вторник опроверг сообщения российского Минобороны о захвате Запорожского."
    statement = one(statements_of(text, "ru"))
    assert (statement.speaker, statement.extra["stance"], statement.date) == ("ua_general_staff", "denies",
                                                                              "2025-08-26")
    assert statement.text == "сообщения российского Минобороны о захвате Запорожского"


def test_the_content_may_open_the_sentence_with_the_cues_preposition():
    """"О взятии ... Минобороны отчиталось": the ministry's report, fronted."""
    statement = one(statements_of("О взятии соседней Новогеоргиевки Минобороны отчиталось 20 августа.", "ru"))
    assert (statement.speaker, statement.text, statement.date) == ("ru_mod", "взятии соседней Новогеоргиевки",
                                                                   "2025-08-20")


def test_a_month_written_by_its_case_form():
    statement = one(statements_of("О выходе к границе области Минобороны России впервые объявило в начале июня.",
                                  "ru"))
    assert (statement.speaker, statement.date) == ("ru_mod", "2025-06")


def test_according_to_a_declined_name():
    statement = one(statements_of("По словам Зеленского, российская армия теряет инициативу.", "ru"))
    assert (statement.speaker, statement.text) == ("zelensky", "российская армия теряет инициативу")


def test_a_description_of_the_ministry_and_a_quoted_word():
    text = "Накануне российское военное ведомство сообщило, что подразделения «освободили» Запорожское."
    statement = one(statements_of(text, "ru"))
    assert (statement.speaker, statement.kind, statement.date) == ("ru_mod", "mixed", "2025-08-26")


def test_the_past_tense_of_every_gender():
    text = ("Песков заявил, что переговоры возможны. Захарова заявила, что это провокация. "
            "Минобороны заявило, что удар отражен. Военные заявили, что держат позиции.")
    assert [s.cue for s in statements_of(text, "ru").statements] == ["заявил", "заявила", "заявило", "заявили"]


def test_no_statement_without_a_report():
    for text in ["В понедельник украинская сторона эти заявления не комментировала.",
                 "Противник пытался прорвать оборону.",
                 "Заявил ли Кремль об этом?"]:
        assert spoken(statements_of(text, "ru")) == [], text


def test_said_in_the_bulletin_of_the_ministry():
    text = ("Минобороны России сообщило о взятии села. «Освобожден населенный пункт Запорожское», — говорится в "
            "сводке ведомства.")
    assert [s.speaker for s in statements_of(text, "ru").statements] == ["ru_mod", "ru_mod"]
