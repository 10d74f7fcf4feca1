"""Which homonym a text means: region, district, the other places of the text, the hierarchy."""
import pytest

from gazetteer_data import DEV, SEED, body, slice_db
from frontwatch.gazetteer import Gazetteer, geocode
from frontwatch.gazetteer.geo import distance_km
from frontwatch.gazetteer.mentions import find_mentions
from frontwatch.gazetteer.resolve import resolve_mentions

ZAPORIZKE = "katotth:UA12140050040024246"        # Velykomykhailivka hromada, Synelnykove raion
NOVOHEORHIIVKA = "katotth:UA12140050080041206"   # the same hromada
FRONTLINE_POINT = (47.90, 36.53)


@pytest.fixture(scope="module")
def gaz():
    with Gazetteer.open(slice_db()) as gazetteer:
        yield gazetteer


def chosen(gaz, text, language="en", regions=()):
    mentions = find_mentions(gaz, text, [language], regions=regions)
    return {r.mention.name: r for r in resolve_mentions(gaz, mentions)}


def test_the_other_village_of_the_same_hromada_decides(gaz):
    found = chosen(gaz, "Russian troops entered Zaporizke and Novoheorhiivka.")
    assert found["Zaporizke"].chosen.place_id == ZAPORIZKE
    assert found["Novoheorhiivka"].chosen.place_id == NOVOHEORHIIVKA


def test_the_seed_villages(gaz):
    found = chosen(gaz, body(SEED), "es")
    novo = found["Novoheorhiivka"].chosen
    assert novo.place_id == NOVOHEORHIIVKA and distance_km((novo.lat, novo.lon), (47.87, 36.57)) < 2
    zaporizke = found["Zaporizke"]
    assert zaporizke.chosen is None or zaporizke.chosen.place_id == ZAPORIZKE
    if zaporizke.chosen and zaporizke.chosen.has_coordinates:
        assert distance_km((zaporizke.chosen.lat, zaporizke.chosen.lon), FRONTLINE_POINT) < 25


def test_without_evidence_the_name_and_region_are_kept_and_no_point_is_guessed(gaz):
    found = chosen(gaz, "Fighting continues near Zaporizke, in the Dnipropetrovsk region.")
    resolution = found["Zaporizke"]
    assert resolution.chosen is None
    assert resolution.admin1 == "Dnipropetrovsk Oblast" and len(resolution.ranked) >= 5


def test_the_named_region_beats_a_larger_homonym(gaz):
    found = chosen(gaz, "Shelling of Novoheorhiivka in the Mykolaiv region.")
    assert found["Novoheorhiivka"].chosen.admin1 == "Mykolaiv Oblast"


def test_a_district_named_in_the_description_decides(gaz):
    first = geocode(gaz, "near the village of Zaporizke, Mezhivskyi district", admin1="Dnipropetrovsk oblast")[0]
    assert first.hromada == "Mezhivska hromada"


@pytest.mark.parametrize("document,language", [
    ("ru_minoborony-imitation_2025-08-25_svodka-zaporozhskoe.txt", "ru"),
    ("uk_fwnovyny_2025-08-27_trehubov-rosiiany-zaishly-u-dva-sela.txt", "uk"),
    ("it_fwnotizie_2025-08-27_cremlino-mediazione-trump-dnipropetrovsk.txt", "it"),
])
def test_zaporizke_in_other_languages_is_never_a_far_homonym(gaz, document, language):
    resolutions = chosen(gaz, body(DEV / document), language)
    zaporizke = [r for name, r in resolutions.items() if name.lower().startswith(("запор", "zapor"))]
    assert zaporizke
    for resolution in zaporizke:
        assert resolution.chosen is None or resolution.chosen.place_id == ZAPORIZKE


def test_common_words_and_names_are_not_places(gaz):
    text = ("Volodimir Zelensky habló con Vladimir Putin para la tregua. «Дніпро» угруповання. "
            "Андрій Єрмак. Сили оборони працюють. Para mañana.")
    names = {m.name for m in find_mentions(gaz, text, ["es"])}
    assert not names & {"Volodimir", "Vladimir", "para", "Para", "Дніпро", "Єрмак", "Сили"}
