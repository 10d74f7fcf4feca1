"""Name keys: transliteration, consonant frames and case forms, script-independent."""
import pytest

from frontwatch.gazetteer.inflect import case_forms
from frontwatch.gazetteer.names import area_stems, fold, latin_forms, skeleton


def test_fold_drops_accents_apostrophes_and_punctuation_but_keeps_cyrillic():
    assert fold("Zaporiz'ke") == "zaporizke"
    assert fold("Moscú") == "moscu"
    assert fold("EE.UU.") == "ee uu"
    assert fold("Івано-Франківськ") == "івано франківськ"
    assert fold("посёлок") == "поселок"


@pytest.mark.parametrize("spelling", [
    "Novoheorhiivka", "Novogeorgievka", "Novoheorhiyivka", "Новогеоргіївка", "Новогеоргиевка",
])
def test_spellings_of_one_name_share_a_consonant_frame(spelling):
    assert skeleton(spelling) == skeleton("Новогеоргіївка")


@pytest.mark.parametrize("ukrainian,other", [
    ("Запорізьке", "Запорожское"), ("Запорізьке", "Zaporozhskoye"), ("Горлівка", "Gorlovka"),
    ("Станиця Луганська", "Stanitsa Luganskaya"), ("Дебальцеве", "Debaltsevo"), ("Маріуполь", "Mariupol"),
])
def test_russian_forms_and_transliterations_share_the_frame(ukrainian, other):
    assert skeleton(ukrainian) == skeleton(other)


def test_official_transliteration_comes_first():
    assert latin_forms("Новогеоргіївка", "uk")[0] == "Novoheorhiivka"  # KMU 2010
    assert "Novoheorhiyivka" in latin_forms("Новогеоргіївка", "uk")
    assert "Zaporozhskoye" in latin_forms("Запорожское", "ru")


@pytest.mark.parametrize("name,language,form", [
    ("Новогеоргіївка", "uk", "новогеоргіївку"),
    ("Новогеоргіївка", "uk", "новогеоргіївці"),
    ("Запорізьке", "uk", "запорізькому"),
    ("Харків", "uk", "харкові"),
    ("Київ", "uk", "києва"),
    ("Дніпропетровська область", "uk", "дніпропетровській області"),
    ("Велика Новосілка", "uk", "великої новосілки"),
    ("Новогеоргиевка", "ru", "новогеоргиевку"),
    ("Днепропетровская область", "ru", "днепропетровской области"),
    ("Россия", "ru", "россии"),
])
def test_case_forms(name, language, form):
    assert form in case_forms(name, language)


def test_abbreviations_do_not_decline():
    assert case_forms("США", "uk") == frozenset()


@pytest.mark.parametrize("adjective,town", [
    ("Синельниківський", "Синельникове"), ("Великомихайлівська", "Великомихайлівка"),
    ("Yasinovatsky", "Yasynuvata"), ("Волноваський", "Волноваха"), ("Shakhtarskyi", "Shakhtarsk"),
])
def test_area_adjectives_lead_to_their_towns(adjective, town):
    assert area_stems(skeleton(adjective)) & area_stems(skeleton(town))
