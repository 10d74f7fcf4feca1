"""Triggers: the ten event types in every tense and voice, verbs and nouns, both languages."""
import pytest

from test_events_helpers import Said, by_type, events_of

ADVANCE, CAPTURE, WITHDRAWAL = "territory.advance", "territory.capture", "territory.withdrawal"
STRIKE, CLASH = "attack.strike", "attack.clash"
TALKS, AGREEMENT, EXCHANGE = "diplomacy.talks", "diplomacy.agreement", "exchange.prisoners"
AID, SANCTIONS = "aid.military", "policy.sanctions"

SPANISH = [
    ("Las tropas rusas entraron en Zaporizke.", ADVANCE),
    ("Las tropas rusas han entrado en Zaporizke.", ADVANCE),
    ("Las tropas rusas habían entrado en Zaporizke.", ADVANCE),
    ("Las tropas rusas avanzaron hacia Zaporizke.", ADVANCE),
    ("Las tropas rusas cruzaron la región de Dnipropetrovsk.", ADVANCE),
    ("Las tropas rusas capturaron Zaporizke.", CAPTURE),
    ("Las tropas rusas tomaron Zaporizke.", CAPTURE),
    ("Zaporizke fue tomada por las tropas rusas.", CAPTURE),
    ("Zaporizke cayó la semana pasada.", CAPTURE),
    ("Zaporizke y Novoheorhiivka habían caído bajo control ruso.", CAPTURE),
    ("Las tropas rusas se hicieron con Vorone.", CAPTURE),
    ("El ejército ucraniano liberó Zaporizke.", CAPTURE),
    ("Las tropas rusas se retiraron de Zaporizke.", WITHDRAWAL),
    ("Las tropas rusas bombardearon Járkov.", STRIKE),
    ("El bombardeo de Járkov dejó tres muertos.", STRIKE),
    ("Un ataque con misiles alcanzó Járkov.", STRIKE),
    ("Siguen los combates en Zaporizke.", CLASH),
    ("El ejército ucraniano repelió un asalto en Zaporizke.", CLASH),
    ("Las tropas rusas atacaron posiciones ucranianas cerca de Zaporizke.", CLASH),
    ("Kiev y Moscú mantuvieron negociaciones en Catar.", TALKS),
    ("Zelenski se reunió con Trump en Catar.", TALKS),
    ("Kiev y Moscú acordaron un alto el fuego.", AGREEMENT),
    ("Kiev y Moscú pactaron una tregua.", AGREEMENT),
    ("Kiev y Moscú completaron un intercambio de prisioneros.", EXCHANGE),
    ("Dinamarca anunció nueva ayuda militar para Ucrania.", AID),
    ("Trump impuso nuevas sanciones contra Rusia.", SANCTIONS),
]

ENGLISH = [
    ("Russian troops entered Zaporizke.", ADVANCE),
    ("Russian troops have advanced on Zaporizke.", ADVANCE),
    ("Russian troops crossed into the Dnipropetrovsk region.", ADVANCE),
    ("Russian troops pushed into Zaporizke.", ADVANCE),
    ("Russian troops captured Zaporizke.", CAPTURE),
    ("Russian troops took control of Zaporizke.", CAPTURE),
    ("Zaporizke was taken by Russian forces.", CAPTURE),
    ("The Ukrainian army “liberated” Zaporizke.", CAPTURE),
    ("Zaporizke fell last week.", CAPTURE),
    ("Russian troops withdrew from Zaporizke.", WITHDRAWAL),
    ("Russian troops struck Kharkiv.", STRIKE),
    ("Russian forces shelled Kharkiv.", STRIKE),
    ("Russian forces bombed Kharkiv.", STRIKE),
    ("Russian forces launched missiles at Kharkiv.", STRIKE),
    ("Russian troops attacked Ukrainian positions near Zaporizke.", CLASH),
    ("The Ukrainian army repelled an assault near Zaporizke.", CLASH),
    ("Kyiv and Moscow held talks in Qatar.", TALKS),
    ("Zelensky met Trump in Qatar.", TALKS),
    ("Trump had a phone call with Putin.", TALKS),
    ("Kyiv and Moscow agreed a ceasefire.", AGREEMENT),
    ("Kyiv and Moscow carried out a prisoner exchange.", EXCHANGE),
    ("Denmark announced new military aid to Ukraine.", AID),
    ("Trump imposed sanctions on Russia.", SANCTIONS),
]


@pytest.mark.parametrize("text,event_type", SPANISH)
def test_spanish_triggers(text, event_type):
    assert by_type(events_of(text, "es"), event_type), [e.type for e in events_of(text, "es")]


@pytest.mark.parametrize("text,event_type", ENGLISH)
def test_english_triggers(text, event_type):
    assert by_type(events_of(text, "en"), event_type), [e.type for e in events_of(text, "en")]


@pytest.mark.parametrize("text,lang", [
    ("El Ministerio de Defensa ruso había reivindicado la captura de Zaporizke.", "es"),
    ("Russia's Defence Ministry had announced the capture of Zaporizke.", "en"),
])
def test_nouns_are_triggers(text, lang):
    assert by_type(events_of(text, lang), CAPTURE)


@pytest.mark.parametrize("text,lang", [
    ("La reunión tuvo lugar en Catar.", "es"),
    ("The meeting took place in Qatar.", "en"),
    ("El portavoz tomó la palabra en Kiev.", "es"),
    ("A wounded man was taken to hospital in Kharkiv.", "en"),
])
def test_look_alikes_are_not_events(text, lang):
    assert not by_type(events_of(text, lang), CAPTURE)


def test_a_territory_event_needs_a_place():
    assert not events_of("Las tropas rusas avanzan.", "es")
    assert not events_of("Both sides freed 146 prisoners.", "en")


def test_words_inside_a_name_are_not_triggers():
    text = "Russian troops captured Zaporizke, the General Staff said."
    events = events_of(text, "en", (Said("ua_gs", "Russian troops captured Zaporizke", "said"),))
    assert [e.type for e in events] == [CAPTURE]
