"""Spanish date expressions, resolved against Wednesday 27 August 2025."""
import datetime as dt

import pytest

from frontwatch.extract.dates import resolve_expression
from frontwatch.languages import load_language

WEDNESDAY = dt.date(2025, 8, 27)


def resolved(sentence, published=WEDNESDAY):
    return resolve_expression(sentence, load_language("es"), published)


# (sentence, the expression found, value, precision)
CASES = [
    # relative days and weekdays (the seed's "este miércoles", "hoy", "el miércoles")
    ("El Gobierno declaró este miércoles que seguirá negociando.", "este miércoles", "2025-08-27", "day"),
    ("El portavoz lo repitió hoy ante la prensa.", "hoy", "2025-08-27", "day"),
    ("El ejército lo confirmó el miércoles.", "el miércoles", "2025-08-27", "day"),
    ("Ayer hubo nuevos ataques con drones.", "Ayer", "2025-08-26", "day"),
    ("Las delegaciones hablarán mañana.", "mañana", "2025-08-28", "day"),
    ("El ataque ocurrió anoche en la capital.", "anoche", "2025-08-26", "day"),
    ("Nadie lo supo hasta antes de ayer.", "antes de ayer", "2025-08-25", "day"),
    ("La aldea cayó el martes.", "el martes", "2025-08-26", "day"),
    ("El pasado martes cayó otra aldea.", "El pasado martes", "2025-08-26", "day"),
    ("Lo anunció el lunes pasado en Telegram.", "el lunes pasado", "2025-08-25", "day"),
    ("Un día antes, el domingo, hubo combates.", "el domingo", "2025-08-24", "day"),
    ("Kiev no reaccionó el viernes.", "el viernes", "2025-08-22", "day"),
    ("Habrá una cumbre el próximo lunes.", "el próximo lunes", "2025-09-01", "day"),
    ("Los ministros se verán este viernes en Ginebra.", "este viernes", "2025-08-29", "day"),
    ("El bombardeo empezó el martes por la noche.", "el martes por la noche", "2025-08-26", "day"),
    ("Ocurrió el jueves de la semana pasada.", "el jueves de la semana pasada", "2025-08-21", "day"),
    # a future cue before the weekday, in the same clause, points it forward
    ("Las delegaciones se reunirán el viernes en Estambul.", "el viernes", "2025-08-29", "day"),
    ("Los dos van a reunirse el viernes.", "el viernes", "2025-08-29", "day"),
    ("Pidieron el informe para el viernes.", "para el viernes", "2025-08-29", "day"),
    ("Resistieron hasta el viernes.", "el viernes", "2025-08-22", "day"),
    # "hace ...", with digits or number words
    ("Las tropas entraron hace dos días en la región.", "hace dos días", "2025-08-25", "day"),
    ("Las tropas entraron hace 2 días en la región.", "hace 2 días", "2025-08-25", "day"),
    ("La ofensiva empezó hace tres semanas.", "hace tres semanas", "2025-08-06", "day"),
    ("Lo prometió hace un par de semanas.", "hace un par de semanas", "2025-08-13", "day"),
    ("Hace un mes que no hay tregua.", "Hace un mes", "2025-07", "month"),
    ("El acuerdo se firmó hace un año.", "hace un año", "2024", "year"),
    ("Se espera una respuesta dentro de dos semanas.", "dentro de dos semanas", "2025-09-10", "day"),
    # weeks, months, years around publication
    ("Defensa informó la semana pasada de la captura.", "la semana pasada", "2025-08", "month"),
    ("Esta semana llegaron más refuerzos.", "Esta semana", "2025-08", "month"),
    ("La reunión fue el mes pasado.", "el mes pasado", "2025-07", "month"),
    ("Y a mediados de mes anunció otra toma.", "a mediados de mes", "2025-08", "month"),
    ("El año pasado el frente apenas se movió.", "El año pasado", "2024", "year"),
    # absolute dates and their precision
    ("Moscú, que invadió Ucrania en febrero de 2022, insiste.", "en febrero de 2022", "2022-02", "month"),
    ("El tratado se firmó el 27 de agosto de 2025.", "el 27 de agosto de 2025", "2025-08-27", "day"),
    ("Todo empezó el miércoles 27 de agosto de 2025.", "el miércoles 27 de agosto de 2025", "2025-08-27", "day"),
    ("El ministerio lo anunció el 20 de agosto.", "el 20 de agosto", "2025-08-20", "day"),
    ("El día 16 había reivindicado otra aldea.", "El día 16", "2025-08-16", "day"),
    ("Se celebra el 1º de mayo.", "el 1º de mayo", "2025-05-01", "day"),
    ("En febrero, el frente se estabilizó.", "En febrero", "2025-02", "month"),
    ("A principios de junio, Moscú aseguró haber llegado.", "A principios de junio", "2025-06", "month"),
    ("La guerra a gran escala comenzó en 2022.", "en 2022", "2022", "year"),
    ("El documento está fechado el 29/08/2024.", "29/08/2024", "2024-08-29", "day"),
    ("Moscú, 25 ago (FWN).- Las tropas avanzan.", "25 ago", "2025-08-25", "day"),
    # a day and month without a year: the nearest, looking back rather than forward
    ("La tregua acabó el 31 de diciembre.", "el 31 de diciembre", "2024-12-31", "day"),
    ("La conferencia será el 5 de septiembre.", "el 5 de septiembre", "2025-09-05", "day"),
    ("Se firmó en Nochebuena.", "Nochebuena", "2024-12-24", "day"),
]


@pytest.mark.parametrize("sentence, expression, value, precision", CASES)
def test_expression_is_found_and_resolved(sentence, expression, value, precision):
    mention = resolved(sentence)
    assert mention is not None, sentence
    assert (mention.text, mention.value, mention.precision) == (expression, value, precision)
    assert sentence[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("sentence, value, value_end", [
    ("Los combates se prolongaron del 24 al 26 de agosto.", "2025-08-24", "2025-08-26"),
    ("Hubo cortes entre el 24 y el 26 de agosto de 2025.", "2025-08-24", "2025-08-26"),
    ("Del 30 de julio al 2 de agosto no hubo tregua.", "2025-07-30", "2025-08-02"),
    ("La tregua navideña fue del 28 de diciembre al 3 de enero de 2025.", "2024-12-28", "2025-01-03"),
])
def test_span_of_days(sentence, value, value_end):
    mention = resolved(sentence)
    assert (mention.value, mention.value_end, mention.precision) == (value, value_end, "day")


@pytest.mark.parametrize("sentence, relative", [
    ("hoy", True), ("el 20 de agosto", True), ("hace dos días", True),
    ("en febrero de 2022", False), ("27 de agosto de 2025", False), ("en 2022", False),
])
def test_relative_flag(sentence, relative):
    assert resolved(sentence).relative is relative


@pytest.mark.parametrize("sentence", [
    "La reunión empezó a las 10 de la mañana.",       # "mañana" is not tomorrow here
    "Hoy en día la guerra sigue siendo larga.",       # "hoy en día" means nowadays
    "Murieron más de 2000 personas en la ofensiva.",  # a count, not a year
    "El 31 de febrero no existe.",                    # an impossible date
    "El ministerio publicó un comunicado.",
])
def test_no_date(sentence):
    assert resolved(sentence) is None
