"""Russian names of people and bodies in their case forms find their registry entries."""
import datetime as dt

import pytest

from frontwatch.resource_set import default_resources

DAY = dt.date(2025, 8, 27)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in default_resources().actors.find(text, "ru", DAY)]


@pytest.mark.parametrize("text, surface, actor", [
    ("Слова Пескова передали агентства.", "Пескова", "peskov"),
    ("Встреча с Зеленским прошла в Киеве.", "Зеленским", "zelensky"),
    ("В сообщении украинского военного командования говорится о боях.", "украинского военного командования",
     "ua_general_staff"),
    ("Поражение нанесено силами Вооруженных сил Российской Федерации.", "Вооруженных сил Российской Федерации",
     "ru_army"),
    ("Отражены атаки группировки войск «Восток».", "группировки войск «Восток»", "ru_group_vostok"),
    ("Генштаб опроверг сообщения российского Минобороны.", "российского Минобороны", "ru_mod"),
])
def test_a_declined_name_is_its_actor(text, surface, actor):
    assert (surface, actor) in found(text)
