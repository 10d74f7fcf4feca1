"""Ukrainian place names in their case forms find their gazetteer entries (the places stage with
the installed gazetteer; skipped without one)."""
from lang_cases import places_in


def names(text: str) -> dict[str, str]:
    return {mention: found.name for mention, found in places_in(text, "uk")}


def test_a_village_in_the_accusative_and_a_region_in_the_locative():
    found = names("Росіяни зайшли в Новогеоргіївку в Дніпропетровській області.")
    assert found["Новогеоргіївку"] == "Novoheorhiivka"
    assert "Dnipropetrovsk Oblast" in found.values()


def test_a_neuter_village_in_the_genitive_and_a_region_by_its_short_name():
    found = names("Бої тривають поблизу Запорізького на Дніпропетровщині.")
    assert found["Запорізького"] == "Zaporizke"
    assert "Dnipropetrovsk Oblast" in found.values()


def test_a_town_in_the_accusative_inside_a_sentence():
    assert names("Торік українські війська звільнили Бучу.")["Бучу"] == "Bucha"


def test_a_city_in_the_locative():
    assert names("Зараз у Харкові триває рятувальна операція.")["Харкові"] == "Kharkiv"
