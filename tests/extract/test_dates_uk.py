"""Ukrainian date expressions, resolved against Wednesday 27 August 2025."""
import datetime as dt

import pytest

from frontwatch.extract.dates import resolve_expression
from frontwatch.languages import load_language

WEDNESDAY = dt.date(2025, 8, 27)


def resolved(sentence, published=WEDNESDAY):
    return resolve_expression(sentence, load_language("uk"), published)


# (sentence, the expression found, value, precision)
CASES = [
    ("Сьогодні речник підтвердив бої в обох селах.", "Сьогодні", "2025-08-27", "day"),
    ("Вчора Генштаб спростував заяви росіян.", "Вчора", "2025-08-26", "day"),
    ("Учора ввечері пролунали вибухи.", "Учора ввечері", "2025-08-26", "day"),
    ("Позавчора ворог атакував місто.", "Позавчора", "2025-08-25", "day"),
    ("Напередодні відомство заявило про захоплення.", "Напередодні", "2025-08-26", "day"),
    ("Водночас у середу аналітики позначили села як окуповані.", "у середу", "2025-08-27", "day"),
    ("У вівторок Генштаб назвав ці заяви неправдивими.", "У вівторок", "2025-08-26", "day"),
    ("Росіяни заявили про це в п’ятницю.", "в п’ятницю", "2025-08-22", "day"),
    ("Минулої п'ятниці росіяни обстріляли місто.", "Минулої п'ятниці", "2025-08-22", "day"),
    ("Делегації зустрінуться у наступний понеділок.", "у наступний понеділок", "2025-09-01", "day"),
    ("Переговори відбудуться у п'ятницю.", "у п'ятницю", "2025-08-29", "day"),
    ("Війська зайшли в село два дні тому.", "два дні тому", "2025-08-25", "day"),
    ("Наступ почався три тижні тому.", "три тижні тому", "2025-08-06", "day"),
    ("Відповідь чекають через два тижні.", "через два тижні", "2025-09-10", "day"),
    ("Минулого тижня міністерство оголосило про захоплення.", "Минулого тижня", "2025-08", "month"),
    ("Торік фронт майже не рухався.", "Торік", "2024", "year"),
    ("Міністерство оголосило про захоплення 24 серпня.", "24 серпня", "2025-08-24", "day"),
    ("Це сталося 24-го серпня.", "24-го серпня", "2025-08-24", "day"),
    ("Заява від 6 вересня 2023 року.", "від 6 вересня 2023 року", "2023-09-06", "day"),
    ("Росія вторглася у лютому 2022 року.", "у лютому 2022 року", "2022-02", "month"),
    ("Наприкінці липня прибуло підкріплення.", "Наприкінці липня", "2025-07", "month"),
    ("Лише від початку цього червня росіяни скинули сотні бомб.", "від початку цього червня", "2025-06", "month"),
    ("Окупація триває з 2014 року.", "з 2014 року", "2014", "year"),
    ("У цей день рік тому війська звільнили місто.", "У цей день рік тому", "2024-08-27", "day"),
]


@pytest.mark.parametrize("sentence, expression, value, precision", CASES)
def test_expression_is_found_and_resolved(sentence, expression, value, precision):
    mention = resolved(sentence)
    assert mention is not None, sentence
    assert (mention.text, mention.value, mention.precision) == (expression, value, precision)


def test_span_of_days():
    mention = resolved("Бої тривали з 24 по 26 серпня.")
    assert (mention.value, mention.value_end) == ("2025-08-24", "2025-08-26")


def test_christmas_eve_in_a_december_address():
    mention = resolved("Учора, у вечір перед Різдвом, збили 30 дронів.", dt.date(2023, 12, 25))
    assert mention.text == "у вечір перед Різдвом"
    assert mention.value == "2023-12-24"


@pytest.mark.parametrize("sentence", [
    "Лютого вітру не було.",                  # "лютого" the adjective, no day before it
    "Міністерство поширило заяву.",
])
def test_no_date(sentence):
    assert resolved(sentence) is None
