"""When: the date in the event's clause, else its report's date, never a report's date for
something told as earlier unless that date is written."""
from test_events_helpers import Said, by_type, events_of

STRIKE, CAPTURE = "attack.strike", "territory.capture"


def test_the_date_in_the_clause_dates_the_event():
    for text, lang in [("Las tropas rusas bombardearon Járkov el martes.", "es"),
                       ("On Tuesday, Russian forces shelled Kharkiv.", "en")]:
        [event] = events_of(text, lang, published="2025-08-27")
        assert (event.date, event.date_precision) == ("2025-08-26", "day")


def test_a_month_gives_month_precision():
    [event] = events_of("En julio, las tropas rusas tomaron Vorone.", "es", published="2025-08-27")
    assert (event.date, event.date_precision) == ("2025-07", "month")


def test_without_a_date_of_its_own_the_event_takes_its_reports_date():
    text = "Las tropas rusas han tomado Zaporizke, anunció el lunes el Ministerio de Defensa ruso."
    said = (Said("ru_mod", "Las tropas rusas han tomado Zaporizke", "anunció", date="2025-08-25"),)
    [event] = events_of(text, "es", said)
    assert event.date == "2025-08-25"


def test_the_date_of_saying_is_not_the_date_inside_the_quote():
    text = "«Las tropas rusas bombardearon Járkov», dijo Zelenski el martes."
    said = (Said("zelensky", "Las tropas rusas bombardearon Járkov", "dijo", kind="direct", date="2025-08-26"),)
    [event] = events_of(text, "es", said)
    assert event.date == "2025-08-26"


def test_an_earlier_happening_takes_no_undated_report_date():
    text = "El Ministerio de Defensa ruso había reivindicado previamente la captura de Zaporizke."
    said = (Said("ru_mod", "la captura de Zaporizke", "había reivindicado", date="2025-08-27"),)
    events = events_of(text, "es", said)
    assert by_type(events, CAPTURE)[0].date == "2025-08-27"  # the clause itself is not anterior
    text = "El ministerio dijo que sus tropas habían tomado Zaporizke."
    said = (Said("ru_mod", "sus tropas habían tomado Zaporizke", "dijo", date="2025-08-27"),)
    assert events_of(text, "es", said)[0].date is None


def test_an_earlier_happening_takes_a_report_date_that_is_written():
    text = "A principios de junio, Moscú aseguró que sus tropas habían entrado en la región de Dnipropetrovsk."
    said = (Said("ru_gov", "sus tropas habían entrado en la región de Dnipropetrovsk", "aseguró", date="2025-06"),)
    [event] = events_of(text, "es", said)
    assert (event.date, event.date_precision) == ("2025-06", "month")


def test_the_earliest_report_dates_the_event_and_denials_do_not():
    text = ("El Estado Mayor negó el martes que las tropas rusas hubieran tomado Zaporizke. "
            "El ministerio ruso anunció el lunes que sus tropas habían tomado Zaporizke.")
    said = (Said("ua_gs", "las tropas rusas hubieran tomado Zaporizke", "negó", "denies", date="2025-08-26"),
            Said("ru_mod", "sus tropas habían tomado Zaporizke", "anunció", date="2025-08-25"))
    [event] = by_type(events_of(text, "es", said), CAPTURE)
    assert event.date == "2025-08-25"
