"""Italian date expressions, resolved against Wednesday 27 August 2025."""
import datetime as dt

import pytest

from frontwatch.extract.dates import resolve_expression
from frontwatch.languages import load_language

WEDNESDAY = dt.date(2025, 8, 27)


def resolved(sentence, published=WEDNESDAY):
    return resolve_expression(sentence, load_language("it"), published)


# (sentence, the expression found, value, precision)
CASES = [
    ("Lo ha detto oggi il portavoce del Cremlino.", "oggi", "2025-08-27", "day"),
    ("Ieri i droni hanno colpito il porto.", "Ieri", "2025-08-26", "day"),
    ("Ieri sera le sirene hanno suonato a lungo.", "Ieri sera", "2025-08-26", "day"),
    ("L'altro ieri era stata colpita una scuola.", "L'altro ieri", "2025-08-25", "day"),
    ("Domani arriva l'inviato.", "Domani", "2025-08-28", "day"),
    ("Mercoledì l'esercito ha confermato l'ingresso.", "Mercoledì", "2025-08-27", "day"),
    ("Martedì lo Stato maggiore aveva smentito.", "Martedì", "2025-08-26", "day"),
    ("E lunedì ha annunciato la conquista.", "lunedì", "2025-08-25", "day"),
    ("Venerdì scorso è caduto un altro villaggio.", "Venerdì scorso", "2025-08-22", "day"),
    ("I negoziati riprendono lunedì prossimo.", "lunedì prossimo", "2025-09-01", "day"),
    ("Le delegazioni si incontreranno venerdì a Ginevra.", "venerdì", "2025-08-29", "day"),
    ("Le truppe sono entrate due giorni fa.", "due giorni fa", "2025-08-25", "day"),
    ("L'offensiva è iniziata tre settimane fa.", "tre settimane fa", "2025-08-06", "day"),
    ("La settimana scorsa il ministero ha rivendicato la presa.", "La settimana scorsa", "2025-08", "month"),
    ("Il mese scorso il fronte si è mosso poco.", "Il mese scorso", "2025-07", "month"),
    ("L'anno scorso la tregua è fallita.", "L'anno scorso", "2024", "year"),
    ("Il ministero ha rivendicato il 24 agosto la presa.", "il 24 agosto", "2025-08-24", "day"),
    ("L'8 agosto è caduta la città.", "L'8 agosto", "2025-08-08", "day"),
    ("MOSCA, 27 AGO - Il Cremlino apprezza la mediazione.", "27 AGO", "2025-08-27", "day"),
    ("La Russia ha invaso l'Ucraina nel febbraio 2022.", "nel febbraio 2022", "2022-02", "month"),
    ("A febbraio il fronte si è stabilizzato.", "A febbraio", "2025-02", "month"),
    ("Alla fine di luglio sono arrivati i rinforzi.", "Alla fine di luglio", "2025-07", "month"),
    ("La Crimea è stata annessa nel 2014.", "nel 2014", "2014", "year"),
    ("Il documento è datato 27/08/2025.", "27/08/2025", "2025-08-27", "day"),
]


@pytest.mark.parametrize("sentence, expression, value, precision", CASES)
def test_expression_is_found_and_resolved(sentence, expression, value, precision):
    mention = resolved(sentence)
    assert mention is not None, sentence
    assert (mention.text, mention.value, mention.precision) == (expression, value, precision)


def test_span_of_days():
    mention = resolved("I combattimenti sono proseguiti dal 24 al 26 agosto.")
    assert (mention.value, mention.value_end) == ("2025-08-24", "2025-08-26")


@pytest.mark.parametrize("sentence", [
    "Al giorno d'oggi la guerra continua.",
    "Il ministero ha diffuso un comunicato.",
])
def test_no_date(sentence):
    assert resolved(sentence) is None
