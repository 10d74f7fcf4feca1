"""Lookups in any script and spelling, inflected forms, filters, the Candidate record."""
import pytest

from gazetteer_data import slice_db
from frontwatch.gazetteer import Gazetteer
from frontwatch.models import Place

FRONTLINE = "katotth:UA12140050080041206"  # Novoheorhiivka, Velykomykhailivka hromada


@pytest.fixture(scope="module")
def gaz():
    with Gazetteer.open(slice_db()) as gazetteer:
        yield gazetteer


@pytest.mark.parametrize("spelling", [
    "Novoheorhiivka", "Novogeorgievka", "Novoheorhiyivka", "Новогеоргіївка", "Новогеоргиевка",
    "Новогеоргіївку", "Новогеоргиевке",
])
def test_every_spelling_finds_the_village_in_its_oblast(gaz, spelling):
    found = gaz.lookup(spelling, admin1="Dnipropetrovsk oblast")
    assert found and found[0].place_id == FRONTLINE


@pytest.mark.parametrize("spelling", ["Запорожское", "Zaporozhskoye", "Запорізького", "Zaporiz'ke"])
def test_russian_and_inflected_forms_find_the_homonyms(gaz, spelling):
    found = gaz.lookup(spelling, admin1="Дніпропетровська", limit=20)
    assert {c.name for c in found} == {"Zaporizke"} and len(found) >= 5


@pytest.mark.parametrize("text,name,kind", [
    ("Ucrania", "Ukraine", "country"), ("Україну", "Ukraine", "country"), ("России", "Russia", "country"),
    ("Estados Unidos", "United States", "country"), ("Дніпропетровській області", "Dnipropetrovsk Oblast", "admin1"),
    ("Днепропетровской области", "Dnipropetrovsk Oblast", "admin1"),
    ("Dnipropetrovsk region", "Dnipropetrovsk Oblast", "admin1"),
    ("Kiev", "Kyiv", "settlement"), ("Moscú", "Moscow", "settlement"), ("Gorlovka", "Horlivka", "settlement"),
    ("Artemovsk", "Bakhmut", "settlement"),
])
def test_names_in_five_languages(gaz, text, name, kind):
    top = gaz.lookup(text)[0]
    assert (top.name, top.kind) == (name, kind)


def test_a_bare_region_name_ranks_after_the_town_of_that_name(gaz):
    kinds = [c.kind for c in gaz.lookup("Dnipropetrovsk")]
    assert kinds[:2] == ["settlement", "admin1"]  # Dnipro (formerly Dnipropetrovsk), then the oblast


def test_filters_and_limit(gaz):
    assert all(c.country == "UA" for c in gaz.lookup("Novoheorhiivka", country="UA"))
    assert gaz.lookup("Zaporizke", limit=2).__len__() == 2
    assert gaz.lookup("Zaporizke", country="RU") == []


def test_fuzzy_scan_within_a_region(gaz):
    assert gaz.lookup("Volnovacha", admin1="Donetsk Oblast")[0].name == "Volnovakha"


def test_candidate_to_place(gaz):
    candidate = gaz.lookup("Новогеоргіївка", admin1="04")[0]
    place = candidate.to_place("p1")
    assert isinstance(place, Place) and place.id == "p1" and place.admin1 == "Dnipropetrovsk Oblast"
    assert "Новогеоргіївка" in place.aliases and "Novoheorhiyivka" in place.aliases
    assert candidate.to_place().id == FRONTLINE
    assert gaz.place(FRONTLINE) == candidate.__class__(**{**candidate.__dict__, "score": 1.0})
