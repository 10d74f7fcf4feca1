"""``geocode``: descriptions to ranked candidates; the CLI's table, JSON and JSON Lines."""
import json

import pytest

from gazetteer_data import slice_db
from frontwatch.cli import main
from frontwatch.gazetteer import Gazetteer, geocode, geocode_batch
from frontwatch.gazetteer.geo import distance_km
from frontwatch.errors import InputError


@pytest.fixture(scope="module")
def gaz():
    with Gazetteer.open(slice_db()) as gazetteer:
        yield gazetteer


@pytest.mark.parametrize("text,admin1,name,point", [
    ("near Debaltseve", None, "Debaltseve", (48.34, 38.40)),
    ("Avdiivka town", None, "Avdiivka", (48.14, 37.75)),
    ("Zaporizke, Dnipropetrovsk oblast", None, "Zaporizke", None),
    ("in the city of Artemivsk (Donetsk region)", None, "Bakhmut", (48.59, 38.00)),
    ("near the town of Maryinka (Donetsk region)", None, "Marinka", (47.94, 37.50)),
    ("Kievsky district of Donetsk", "Donetsk oblast", "Donetsk", (48.00, 37.80)),
    ("Krasnolimansky direction", "Donetsk oblast", "Lyman", (48.99, 37.81)),
])
def test_descriptions(gaz, text, admin1, name, point):
    first = geocode(gaz, text, admin1=admin1)[0]
    assert first.name == name
    if point:
        assert distance_km((first.lat, first.lon), point) < 25


def test_the_region_given_picks_the_homonym(gaz):
    assert geocode(gaz, "Novoheorhiivka", admin1="Mykolaiv Oblast")[0].admin1 == "Mykolaiv Oblast"
    assert geocode(gaz, "Novoheorhiivka", admin1="Dnipropetrovsk Oblast")[0].lat == 47.869


def test_a_description_naming_no_place_falls_back_to_the_region(gaz):
    assert [c.kind for c in geocode(gaz, "unknown locality", admin1="Donetsk oblast")] == ["admin1"]
    assert geocode(gaz, "nothing here at all") == []


def test_batch_answers_each_request_and_names_a_bad_line(gaz):
    answers = list(geocode_batch(gaz, ['{"id": 7, "text": "near Debaltseve", "admin1": "Donetsk oblast"}', ""]))
    assert answers[0]["id"] == 7 and answers[0]["candidates"][0]["name"] == "Debaltseve"
    assert set(answers[0]["candidates"][0]) >= {"name", "lat", "lon", "admin1", "kind", "score"}
    with pytest.raises(InputError, match="req.jsonl:2"):
        list(geocode_batch(gaz, ['{"text": "Kyiv"}', '["not", "a", "request"]'], source="req.jsonl"))


def test_cli_json(capsys):
    assert main(["geocode", "Новогеоргіївка", "--admin1", "Дніпропетровська", "--json", "--db", str(slice_db())]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["candidates"][0]["place_id"] == "katotth:UA12140050080041206"


def test_cli_jsonl(tmp_path, capsys):
    requests = tmp_path / "in.jsonl"
    requests.write_text('{"id": "a", "text": "Gorlovka"}\n{"id": "b", "text": "Moscú"}\n', encoding="utf-8")
    assert main(["geocode", "--input", str(requests), "--db", str(slice_db()), "--limit", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["id"], a["candidates"][0]["name"]) for a in lines] == [("a", "Horlivka"), ("b", "Moscow")]


def test_cli_table(capsys):
    assert main(["geocode", "Novogeorgievka", "--admin1", "04", "--db", str(slice_db())]) == 0
    assert "Novoheorhiivka [settlement] Synelnykove Raion, Dnipropetrovsk Oblast" in capsys.readouterr().out


def test_cli_errors_are_one_line_and_status_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    assert main(["geocode", "--input", str(bad), "--db", str(slice_db())]) == 2
    assert main(["geocode", "Kyiv", "--db", str(tmp_path / "missing.sqlite")]) == 2
    assert main(["geocode", "--db", str(slice_db())]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("frontwatch: error:") for line in errors)
