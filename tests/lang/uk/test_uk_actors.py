"""Ukrainian names of people and bodies in their case forms find their registry entries:
the rules of lang/uk/actors.toml decline a name's adjectives and head noun together."""
import datetime as dt

import pytest

from frontwatch.resource_set import default_resources

DAY = dt.date(2025, 8, 27)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in default_resources().actors.find(text, "uk", DAY)]


@pytest.mark.parametrize("text, surface, actor", [
    ("Я вдячний Зеленському за підтримку.", "Зеленському", "zelensky"),
    ("Слова Пєскова передали агенції.", "Пєскова", "peskov"),
    ("Заяву Володимира Зеленського оприлюднили ввечері.", "Володимира Зеленського", "zelensky"),
    ("За даними Генерального штабу ЗСУ, ворог втратив техніку.", "Генерального штабу ЗСУ", "ua_general_staff"),
    ("У повідомленні російського міністерства оборони йдеться про наступ.", "російського міністерства оборони",
     "ru_mod"),
    ("Частина російських військ відійшла.", "російських військ", "ru_army"),
    ("Підрозділи Сил оборони України утримують рубежі.", "Сил оборони України", "ua_army"),
    ("Він виступив в ефірі телемарафону «Єдині новини».", "телемарафону «Єдині новини»", "united_news_telethon"),
    ("Санкції проти Росії посилили.", "Росії", "ru_gov"),
])
def test_a_declined_name_is_its_actor(text, surface, actor):
    assert (surface, actor) in found(text)


def test_a_nominative_still_matches_and_a_latin_name_is_not_declined():
    assert ("Трегубов", "trehubov") in found("Трегубов заявив про бої.")
    assert found("Zelensky") == [("Zelensky", "zelensky")]
