"""Finding actors in text: names, transliterations, roles by date, metonymy, apposition.

Every sentence here is written for the tests (Spanish and English).
"""
from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.resolve.actors import ActorRegistry

MID_2024 = dt.date(2024, 6, 1)
MID_2025 = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load(None)


def found(registry, text, lang, day=MID_2025):
    """(surface, actor id, how) of every mention, checking the offsets on the way."""
    mentions = registry.find(text, lang, day)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.actor_id, m.how) for m in mentions]


def ids(registry, text, lang, day=MID_2025):
    return [actor for _, actor, _ in found(registry, text, lang, day)]


# --- names, aliases, transliterations -----------------------------------------

@pytest.mark.parametrize("spelling", [
    "Zelensky", "Zelenskyy", "Zelenski", "Zelenskiy", "Volodymyr Zelensky", "Volodímir Zelenski",
    "Volodimir Zelensky", "ZELENSKY",
])
def test_transliterations_of_a_name_are_one_actor(registry, spelling):
    assert ids(registry, f"Ayer habló {spelling} con los periodistas.", "es") == ["zelensky"]


def test_accents_do_not_matter_but_the_whole_name_is_taken(registry):
    assert found(registry, "Serguéi Lavrov y Sergei Lavrov son la misma persona.", "es") == [
        ("Serguéi Lavrov", "lavrov", "alias"), ("Sergei Lavrov", "lavrov", "alias")]


def test_cyrillic_names_match_in_any_language(registry):
    assert ids(registry, "El cartel decía Зеленський.", "es") == ["zelensky"]


def test_names_must_be_capitalised(registry):
    # "ap" inside "apreciamos" and the letter "x" are not the agency and the platform
    assert ids(registry, "apreciamos la x de la ecuación", "es") == []
    assert ids(registry, "Lo publicó en X, según AP.", "es") == ["x", "ap"]


def test_lower_case_alias_words_fit_a_capital_at_sentence_start(registry):
    assert ids(registry, "Tropas rusas cruzaron el río.", "es") == ["ru_army"]


def test_word_boundaries(registry):
    assert ids(registry, "El trumpismo y los putinistas no son actores.", "es") == []
    assert ids(registry, "Trumpism is not Trump.", "en") == ["trump"]


def test_longest_match_wins(registry):
    assert found(registry, "El Ministerio de Defensa de Rusia lo anunció.", "es") == [
        ("Ministerio de Defensa de Rusia", "ru_mod", "alias")]
    assert found(registry, "Interfax-Ukraine reported it first.", "en") == [
        ("Interfax-Ukraine", "interfax_ukraine", "alias")]


def test_aliases_are_per_language(registry):
    # the Spanish alias is not looked for in English text, nor the English one in Spanish
    assert ids(registry, "Russian forces advanced.", "es") == []
    assert ids(registry, "Russian forces advanced.", "en") == ["ru_army"]


def test_media_and_osint_groups(registry):
    text = "Según el grupo DeepState y el ISW, citados por Reuters y la agencia EFE."
    assert ids(registry, text, "es") == ["deepstate", "isw", "reuters", "efe"]


def test_dotted_acronyms_are_generated(registry):
    assert ids(registry, "The U.S. president spoke to the U.N. chief.", "en", MID_2024) == ["biden", "guterres"]


# --- roles by date ------------------------------------------------------------

def test_us_president_depends_on_the_day(registry):
    text = "El presidente estadounidense habló por teléfono."
    assert found(registry, text, "es", MID_2024) == [("presidente estadounidense", "biden", "role")]
    assert found(registry, text, "es", MID_2025) == [("presidente estadounidense", "trump", "role")]
    assert ids(registry, "The US president signed it.", "en", MID_2024) == ["biden"]
    assert ids(registry, "The US president signed it.", "en", MID_2025) == ["trump"]


def test_the_successor_takes_office_on_the_until_day(registry):
    text = "the US president said"
    assert ids(registry, text, "en", dt.date(2025, 1, 19)) == ["biden"]
    assert ids(registry, text, "en", dt.date(2025, 1, 20)) == ["trump"]


def test_ukrainian_defence_ministers_by_date(registry):
    text = "El ministro de Defensa ucraniano visitó el frente."
    assert ids(registry, text, "es", dt.date(2022, 6, 1)) == ["reznikov"]
    assert ids(registry, text, "es", dt.date(2024, 6, 1)) == ["umerov"]
    assert ids(registry, text, "es", dt.date(2025, 8, 1)) == ["shmyhal"]


def test_kremlin_spokesman_in_both_languages(registry):
    assert ids(registry, "Lo dijo el portavoz del Kremlin.", "es") == ["peskov"]
    assert ids(registry, "The Kremlin spokesman declined to comment.", "en") == ["peskov"]


def test_a_role_with_no_holder_that_day_is_no_mention(registry):
    assert ids(registry, "El presidente estadounidense habló.", "es", dt.date(1990, 1, 1)) == []


def test_without_a_date_a_role_goes_to_its_latest_holder(registry):
    assert ids(registry, "The US president said so.", "en", None) == ["trump"]


@pytest.mark.parametrize("text,lang", [
    ("El ex presidente estadounidense criticó el acuerdo.", "es"),
    ("El entonces portavoz del Kremlin lo negó.", "es"),
    ("The former US president criticised the deal.", "en"),
    ("The then-Kremlin spokesman denied it.", "en"),
    ("The US President-elect promised a deal.", "en"),
    ("El presidente estadounidense electo prometió un acuerdo.", "es"),
])
def test_former_and_future_holders_are_not_resolved(registry, text, lang):
    assert ids(registry, text, lang, MID_2024) == []


# --- metonymy -----------------------------------------------------------------

def test_capitals_stand_for_governments(registry):
    assert found(registry, "Kiev acusa a Moscú de sabotear las negociaciones.", "es") == [
        ("Kiev", "ua_gov", "metonymy"), ("Moscú", "ru_gov", "metonymy")]


def test_the_kremlin_and_washington(registry):
    assert found(registry, "The Kremlin said Washington was stalling.", "en") == [
        ("Kremlin", "ru_gov", "metonymy"), ("Washington", "us_gov", "metonymy")]


def test_a_country_as_subject_of_speech_is_its_government(registry):
    assert ids(registry, "Rusia negó el ataque; Ucrania lo confirmó.", "es") == ["ru_gov", "ua_gov"]
    assert ids(registry, "Russia denied it.", "en") == ["ru_gov"]


@pytest.mark.parametrize("text,lang,army", [
    ("Las tropas rusas avanzaron.", "es", "ru_army"),
    ("Las fuerzas de Moscú avanzaron.", "es", "ru_army"),
    ("El ejército de Kiev resistió.", "es", "ua_army"),
    ("El ejército ucraniano resistió.", "es", "ua_army"),
    ("Russian forces advanced.", "en", "ru_army"),
    ("The Ukrainian army held the line.", "en", "ua_army"),
    ("Kyiv's forces held the line.", "en", "ua_army"),
    # the weapon for the force that fires it
    ("Russian drones struck the city overnight.", "en", "ru_army"),
    ("Los drones rusos atacaron la ciudad.", "es", "ru_army"),
    ("Misiles ucranianos alcanzaron el depósito.", "es", "ua_army"),
])
def test_armies_and_their_metonyms(registry, text, lang, army):
    assert ids(registry, text, lang) == [army]


def test_metonymic_army_phrases_say_so(registry):
    assert found(registry, "Las fuerzas de Moscú avanzaron.", "es") == [
        ("fuerzas de Moscú", "ru_army", "metonymy")]


# --- apposition -----------------------------------------------------------------

def test_role_then_name_is_one_mention(registry):
    text = "declaró el portavoz del Kremlin, Dmitri Peskov."
    assert found(registry, text, "es") == [("portavoz del Kremlin, Dmitri Peskov", "peskov", "alias")]


def test_english_title_before_the_name(registry):
    text = "Kremlin spokesman Dmitry Peskov told reporters."
    assert found(registry, text, "en") == [("Kremlin spokesman Dmitry Peskov", "peskov", "alias")]


def test_name_then_role_is_one_mention(registry):
    text = "Volodímir Zelenski, presidente ucraniano, lo anunció."
    assert found(registry, text, "es") == [("Volodímir Zelenski, presidente ucraniano", "zelensky", "alias")]


def test_the_name_wins_over_a_stale_role(registry):
    # the registry gives the role to someone else that day: the text's name decides
    text = "el ministro de Defensa ucraniano, Rustem Umerov, dijo"
    assert ids(registry, text, "es", dt.date(2025, 9, 1)) == ["umerov"]


def test_a_name_then_someone_elses_role_is_not_merged(registry):
    text = "Zelensky, the US president and the French president met."
    assert ids(registry, text, "en", MID_2025) == ["zelensky", "trump", "macron"]


def test_a_role_then_an_unknown_name_is_a_guessed_actor(registry):
    text = "dijo el portavoz del Kremlin, Iván Petrovich Sidorov, en rueda de prensa."
    finding = registry.resolve(text, "es", MID_2025)
    [mention] = finding.mentions
    assert (mention.text, mention.how) == ("portavoz del Kremlin, Iván Petrovich Sidorov", "guessed")
    actor = finding.actors[mention.actor_id]
    assert (actor.id, actor.name, actor.kind, actor.side, actor.role) == (
        "x:ivan-petrovich-sidorov", "Iván Petrovich Sidorov", "person", "RU", "Kremlin spokesman")


def test_a_role_then_one_capitalised_word_is_still_the_role(registry):
    assert ids(registry, "Lo dijo el portavoz del Kremlin Moscú, tras la reunión.", "es") == ["peskov", "ru_gov"]


# --- the seed-like paragraph -------------------------------------------------------

def test_a_wire_paragraph(registry):
    text = ("«Apreciamos los esfuerzos de paz del presidente estadounidense», declaró hoy el portavoz "
            "del Kremlin, Dmitri Peskov. Mientras tanto, el presidente ucraniano, Volodímir Zelenski, "
            "acusó a su homólogo ruso, Vladímir Putin, de continuar los ataques, escribió en X.")
    assert ids(registry, text, "es", dt.date(2025, 8, 27)) == ["trump", "peskov", "zelensky", "putin", "x"]
