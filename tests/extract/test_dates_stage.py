"""The dates stage and the helpers other stages use: find_dates, date_in_span,
date_near, is_anterior; and how fast it runs."""
import time

import pytest

from frontwatch.extract.dates import date_in_span, date_near, find_dates, is_anterior
from frontwatch.languages import load_language
from frontwatch.models import Document
from frontwatch.resource_set import Resources
from frontwatch.work import Sentence, Work

ARTICLE = (
    "Kiev declaró este miércoles que prepara nuevas garantías de seguridad. "
    '"Seguiremos negociando", dijo hoy el portavoz del Gobierno. '
    "Rusia, que invadió el país en febrero de 2022, no respondió. "
    "El ejército confirmó el miércoles que las tropas habían entrado en dos aldeas. "
    "El Ministerio de Defensa había reivindicado previamente la captura de ambas."
)


def work_for(text, language="es", published="2025-08-27", sentences=()):
    document = Document(id="test", text=text, language=language, published=published)
    return Work(document=document, lang=load_language(language), sentences=list(sentences))


def sentences_of(text):
    """Sentences at ". " boundaries, enough for these tests."""
    out, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "." and text[i + 1:i + 2] in (" ", "")]:
        out.append(Sentence(start, end, text[start:end]))
        start = end + 1
    return out


def dated(text, **kwargs):
    return find_dates(work_for(text, **kwargs), Resources()).time_mentions


def at(text, fragment):
    start = text.index(fragment)
    return start, start + len(fragment)


# -- find_dates ----------------------------------------------------------------------------

def test_find_dates_fills_time_mentions_in_order():
    found = [(m.text, m.value, m.precision) for m in dated(ARTICLE)]
    assert found == [
        ("este miércoles", "2025-08-27", "day"),
        ("hoy", "2025-08-27", "day"),
        ("en febrero de 2022", "2022-02", "month"),
        ("el miércoles", "2025-08-27", "day"),
    ]


def test_offsets_point_into_the_text():
    for mention in dated(ARTICLE):
        assert ARTICLE[mention.start:mention.end] == mention.text


def test_without_a_publication_date_only_absolute_expressions_remain():
    text = "Hoy, como el 20 de agosto, recordaron el 24 de febrero de 2022 y febrero de 2014."
    found = [(m.text, m.value) for m in dated(text, published=None)]
    assert found == [("el 24 de febrero de 2022", "2022-02-24"), ("febrero de 2014", "2014-02")]


def test_an_empty_text_has_no_dates():
    assert dated("") == []


def test_find_dates_returns_a_new_work_and_leaves_the_input_alone():
    work = work_for(ARTICLE)
    result = find_dates(work, Resources())
    assert work.time_mentions == [] and len(result.time_mentions) == 4
    assert result.document is work.document


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Russia said on Tuesday it had taken the village.", ["on Tuesday"]),
    ("it", "Il ministero ha rivendicato lunedì la presa del villaggio.", ["lunedì"]),
    ("uk", "Вчора Генштаб спростував заяви, а у середу їх повторили.", ["Вчора", "у середу"]),
    ("ru", "Генштаб во вторник опроверг сообщения от 20 августа.", ["во вторник", "20 августа"]),
])
def test_every_language_goes_through_the_stage(language, text, expected):
    assert [m.text for m in dated(text, language=language)] == expected


# -- date_in_span ---------------------------------------------------------------------------

def test_date_in_span_finds_the_expression_inside():
    work = find_dates(work_for(ARTICLE), Resources())
    mention = date_in_span(work, *at(ARTICLE, "dijo hoy el portavoz"))
    assert mention is not None and mention.text == "hoy"


def test_date_in_span_prefers_the_one_nearest_the_start():
    text = "El lunes dijo que el martes habría otra reunión."
    work = find_dates(work_for(text), Resources())
    assert date_in_span(work, 0, len(text)).text == "El lunes"
    assert date_in_span(work, *at(text, "dijo que el martes habría")).text == "el martes"


def test_date_in_span_without_an_expression():
    work = find_dates(work_for(ARTICLE), Resources())
    assert date_in_span(work, *at(ARTICLE, "prepara nuevas garantías")) is None


# -- date_near ------------------------------------------------------------------------------

def test_date_near_finds_the_cue_date_before_a_reported_statement():
    work = find_dates(work_for(ARTICLE, sentences=sentences_of(ARTICLE)), Resources())
    mention = date_near(work, *at(ARTICLE, "prepara nuevas garantías de seguridad"))
    assert mention is not None and mention.text == "este miércoles"


def test_date_near_finds_a_date_after_a_quote():
    work = find_dates(work_for(ARTICLE, sentences=sentences_of(ARTICLE)), Resources())
    assert date_near(work, *at(ARTICLE, "Seguiremos negociando")).text == "hoy"


def test_date_near_stays_in_the_sentence_when_sentences_are_known():
    text = "Ayer hubo ataques. Nadie habló."
    span = at(text, "Nadie habló")
    assert date_near(find_dates(work_for(text, sentences=sentences_of(text)), Resources()), *span) is None
    # Without sentences the whole text counts as one.
    assert date_near(find_dates(work_for(text), Resources()), *span).text == "Ayer"


def test_date_near_respects_the_window():
    text = "Ayer, según fuentes del Gobierno que pidieron el anonimato por seguridad, hubo ataques."
    work = find_dates(work_for(text), Resources())
    span = at(text, "hubo ataques")
    assert date_near(work, *span).text == "Ayer"
    assert date_near(work, *span, window=20) is None


def test_date_near_prefers_the_nearest():
    text = "El lunes, tras hablar el martes con la prensa, lo repitió."
    work = find_dates(work_for(text), Resources())
    assert date_near(work, *at(text, "con la prensa")).text == "el martes"


# -- is_anterior ----------------------------------------------------------------------------

@pytest.mark.parametrize("language, clause, anterior", [
    ("es", "El Ministerio había reivindicado previamente la captura", True),
    ("es", "el ministerio había anunciado la toma de la aldea", True),
    ("es", "según la agrupación, que ya había sido derrotada", True),
    ("es", "el ministerio anunció la toma de la aldea", False),
    ("es", "en la plaza había mucha gente", False),
    ("en", "the ministry had claimed earlier that it took the village", True),
    ("en", "Russia had already announced the capture", True),
    ("en", "the ministry previously said it controlled the area", True),
    ("en", "the ministry had a briefing on the front", False),
    ("en", "the ministry said it took the village", False),
    ("it", "il ministero aveva rivendicato la presa", True),
    ("it", "il ministero in precedenza ha rivendicato la presa", True),
    ("it", "il ministero ha rivendicato la presa", False),
    ("uk", "раніше це ж відомство заявляло про захоплення", True),
    ("uk", "відомство заявило про захоплення", False),
    ("ru", "ранее Минобороны сообщало о взятии", True),
    ("ru", "Минобороны сообщило о взятии", False),
])
def test_is_anterior(language, clause, anterior):
    assert is_anterior(clause, load_language(language)) is anterior


# -- speed ------------------------------------------------------------------------------------

def test_an_article_takes_well_under_a_few_milliseconds():
    text = (ARTICLE + " ") * 7  # about 2,500 characters
    work = work_for(text[:2500])
    find_dates(work, Resources())  # builds and caches the grammar
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        find_dates(work, Resources())
    per_article = (time.perf_counter() - start) / runs
    # About 0.3 ms on the development machine; the bound leaves room for a loaded CI.
    assert per_article < 0.003, f"{per_article * 1000:.2f} ms per article"


@pytest.mark.parametrize("clause, anterior", [
    ("Earlier today, Ukraine's General Staff said", False),   # "earlier" is part of the date
    ("Earlier on Sunday, the ministry said", False),
    ("Earlier, drones hit villages in the district", True),
    ("the ministry had claimed the capture earlier today", True),  # the pluperfect still counts
])
def test_an_adverb_inside_a_date_expression_is_not_anterior(clause, anterior):
    assert is_anterior(clause, load_language("en")) is anterior
