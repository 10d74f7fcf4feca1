"""Russian names of Ukrainian places, in their case forms, find the places' gazetteer entries
(the places stage with the installed gazetteer; skipped without one)."""
from lang_cases import places_in


def names(text: str) -> dict[str, str]:
    return {mention: found.name for mention, found in places_in(text, "ru")}


def test_the_russian_name_of_a_village_next_to_its_region():
    found = names("Освобожден населенный пункт Запорожское Днепропетровской области.")
    assert found["Запорожское"] == "Zaporizke"
    assert "Dnipropetrovsk Oblast" in found.values()


def test_a_russian_name_in_the_genitive():
    found = names("Бои идут в Днепропетровской области. О взятии соседней Новогеоргиевки Минобороны отчиталось.")
    assert found["Новогеоргиевки"] == "Novoheorhiivka"


def test_a_region_in_the_nominative():
    assert "Dnipropetrovsk Oblast" in names("Днепропетровская область не входит в их число.").values()
