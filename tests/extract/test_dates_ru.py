"""Russian date expressions, resolved against Wednesday 27 August 2025."""
import datetime as dt

import pytest

from frontwatch.extract.dates import resolve_expression
from frontwatch.languages import load_language

WEDNESDAY = dt.date(2025, 8, 27)


def resolved(sentence, published=WEDNESDAY):
    return resolve_expression(sentence, load_language("ru"), published)


# (sentence, the expression found, value, precision)
CASES = [
    ("Сегодня представитель штаба подтвердил бои.", "Сегодня", "2025-08-27", "day"),
    ("Вчера российские военные обстреляли город.", "Вчера", "2025-08-26", "day"),
    ("Вчера вечером прозвучали взрывы.", "Вчера вечером", "2025-08-26", "day"),
    ("Накануне ведомство сообщило о взятии села.", "Накануне", "2025-08-26", "day"),
    ("Генштаб в среду опроверг эти сообщения.", "в среду", "2025-08-27", "day"),
    ("Генштаб во вторник опроверг эти сообщения.", "во вторник", "2025-08-26", "day"),
    ("В понедельник украинская сторона промолчала.", "В понедельник", "2025-08-25", "day"),
    ("Это случилось в прошлую пятницу.", "в прошлую пятницу", "2025-08-22", "day"),
    ("Встреча состоится в пятницу.", "в пятницу", "2025-08-29", "day"),
    ("Войска вошли в село два дня назад.", "два дня назад", "2025-08-25", "day"),
    ("Три недели назад Россия начала наступление.", "Три недели назад", "2025-08-06", "day"),
    ("Неделю назад город снова обстреляли.", "Неделю назад", "2025-08-20", "day"),
    ("Ответ ожидается через две недели.", "через две недели", "2025-09-10", "day"),
    ("Только на этой неделе пострадала больница.", "на этой неделе", "2025-08", "month"),
    ("В прошлом году фронт почти не двигался.", "В прошлом году", "2024", "year"),
    ("О взятии села Минобороны отчиталось 20 августа.", "20 августа", "2025-08-20", "day"),
    ("Это произошло 24-го августа.", "24-го августа", "2025-08-24", "day"),
    ("Россия напала в феврале 2022 года.", "в феврале 2022 года", "2022-02", "month"),
    ("Впервые об этом объявили в начале июня.", "в начале июня", "2025-06", "month"),
    ("Крым аннексирован в 2014 году.", "в 2014 году", "2014", "year"),
    ("Сводка по состоянию на 25 августа 2025 г.", "на 25 августа 2025 г.", "2025-08-25", "day"),
    ("За сутки подразделения отразили контратаки.", "За сутки", "2025-08-27", "day"),
]


@pytest.mark.parametrize("sentence, expression, value, precision", CASES)
def test_expression_is_found_and_resolved(sentence, expression, value, precision):
    mention = resolved(sentence)
    assert mention is not None, sentence
    assert (mention.text, mention.value, mention.precision) == (expression, value, precision)


def test_span_of_days():
    mention = resolved("Бои шли с 24 по 26 августа.")
    assert (mention.value, mention.value_end) == ("2025-08-24", "2025-08-26")


@pytest.mark.parametrize("sentence", [
    "Загрязнение окружающей среды растёт.",   # "среды" is the environment here
    "Ведомство распространило заявление.",
])
def test_no_date(sentence):
    assert resolved(sentence) is None
