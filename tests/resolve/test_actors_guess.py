"""Speakers that are not in the registry still become actors, with a guessed kind."""
from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.resolve.actors import ActorRegistry, guess_actor


@pytest.mark.parametrize("surface,lang,kind", [
    ("Ana Pérez Gómez", "es", "person"),
    ("Luis de la Fuente", "es", "person"),
    ("John Doe", "en", "person"),
    ("el Ministerio de Sanidad de Ucrania", "es", "government"),
    ("el ejército moldavo", "es", "military"),
    ("el Estado Mayor General de Moldavia", "es", "military"),
    ("la agencia Noticias del Sur", "es", "media"),
    ("la Agencia Internacional de Algo", "es", "organization"),
    ("el portavoz del Ministerio de Defensa", "es", "person"),
    ("un grupo de vecinos", "es", "group"),
    ("the Moldovan Health Ministry", "en", "government"),
    ("the Moldovan army", "en", "military"),
    ("the Southern News Agency", "en", "media"),
    ("a Defence Ministry spokesman", "en", "person"),
    ("the army's general staff", "en", "military"),
    ("local officials", "en", "group"),
    ("XYZ", "en", "organization"),
])
def test_the_kind_comes_from_keywords_or_capitals(surface, lang, kind):
    assert guess_actor(surface, lang).kind == kind


def test_the_name_loses_its_article_and_the_id_is_stable():
    actor = guess_actor("el Ministerio de Sanidad de Ucrania", "es")
    assert (actor.id, actor.name) == ("x:ministerio-de-sanidad-de-ucrania", "Ministerio de Sanidad de Ucrania")
    assert guess_actor("Ministerio de Sanidad de Ucrania", "es").id == actor.id


def test_accents_and_cyrillic_fold_into_the_id():
    assert guess_actor("Ana Pérez", "es").id == "x:ana-perez"
    assert guess_actor("Олег Петренко", "en").id == "x:oleh-petrenko"


@pytest.mark.parametrize("surface,lang,side", [
    ("el Ministerio de Sanidad ucraniano", "es", "UA"),
    ("fuentes militares rusas", "es", "RU"),
    ("a U.S. official", "en", "US"),
    ("Ana Pérez", "es", None),
])
def test_the_side_comes_from_side_words(surface, lang, side):
    assert guess_actor(surface, lang).side == side


def test_a_language_without_actor_words_still_guesses_names():
    assert guess_actor("Mario Rossi", "zz").kind == "person"


def test_an_empty_surface_is_refused():
    with pytest.raises(ValueError):
        guess_actor("  «» ", "es")


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load(None)


def test_actor_for_prefers_the_registry(registry):
    day = dt.date(2025, 8, 27)
    assert registry.actor_for("el portavoz del Kremlin", "es", day).id == "peskov"
    assert registry.actor_for("Moscú", "es", day).id == "ru_gov"
    assert registry.actor_for("the Ukrainian army", "en", day).id == "ua_army"


def test_actor_for_guesses_the_rest(registry):
    actor = registry.actor_for("el gobernador regional Oleg Petrenko", "es", dt.date(2025, 8, 27))
    assert (actor.id, actor.kind) == ("x:gobernador-regional-oleg-petrenko", "person")
