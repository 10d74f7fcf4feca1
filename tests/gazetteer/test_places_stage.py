"""The pipeline stage ``find_places``: mentions of every kind, stable ids, aliases for the scorer."""
import pytest

from gazetteer_data import DEV, SEED, body, slice_db
from frontwatch.languages import load_language
from frontwatch.models import Document
from frontwatch.resolve.places import find_places, unresolved_id
from frontwatch.resource_set import Resources
from frontwatch.work import ActorMention, Work


@pytest.fixture(scope="module")
def resources():
    return Resources(gazetteer_path=slice_db())


def analyse(resources, text, language, actor_mentions=()):
    work = Work(document=Document(id="t", text=text, language=language), lang=load_language(language))
    work.actor_mentions = list(actor_mentions)
    return find_places(work, resources)


def test_seed_places(resources):
    work = analyse(resources, body(SEED), "es")
    by_text = {m.text: work.places[m.place_id] for m in work.place_mentions}
    assert by_text["Ucrania"].kind == "country" and by_text["Ucrania"].name == "Ukraine"
    region = next(p for t, p in by_text.items() if "región de Dnipropetrovsk" in t)
    assert (region.kind, region.name) == ("admin1", "Dnipropetrovsk Oblast")
    novo = by_text["Novoheorhiivka"]
    assert novo.id == "katotth:UA12140050080041206" and (novo.lat, novo.lon) == (47.869, 36.5699)
    assert {"Novoheorhiyivka", "Новогеоргіївка"} <= set(novo.aliases)
    assert by_text["Zaporizke"].admin1 == "Dnipropetrovsk Oblast"
    assert by_text["Zaporizke"].id in ("katotth:UA12140050040024246",
                                       unresolved_id("Zaporizke", "Dnipropetrovsk Oblast"))
    assert not {"para", "Vladimir", "Volodimir", "X"} & set(by_text)


def test_spans_are_spans_of_the_text(resources):
    text = body(SEED)
    work = analyse(resources, text, "es")
    assert all(text[m.start:m.end] == m.text for m in work.place_mentions)
    assert all(m.place_id in work.places for m in work.place_mentions)


def test_ukrainian_document(resources):
    work = analyse(resources, body(DEV / "uk_fwnovyny_2025-08-27_trehubov-rosiiany-zaishly-u-dva-sela.txt"), "uk")
    places = {work.places[m.place_id].name for m in work.place_mentions}
    assert {"Dnipropetrovsk Oblast", "Zaporizke", "Novoheorhiivka"} <= places
    assert "Syla" not in places  # "Сили оборони" is the defence forces


def test_actor_names_block_places_but_metonymy_does_not(resources):
    text = "Moscow said Donetsk would fall."
    person = analyse(resources, text, "en", [ActorMention(12, 19, "Donetsk", "a1", "alias")])
    assert [m.text for m in person.place_mentions] == ["Moscow"]
    government = analyse(resources, text, "en", [ActorMention(0, 6, "Moscow", "ru", "metonymy")])
    assert [m.text for m in government.place_mentions] == ["Moscow", "Donetsk"]


def test_ids_are_stable_across_documents(resources):
    first = analyse(resources, "Zaporizke, in the Dnipropetrovsk region.", "en")
    second = analyse(resources, "Fighting near Zaporizke (Dnipropetrovsk region).", "en")
    ids = {m.place_id for m in first.place_mentions} & {m.place_id for m in second.place_mentions}
    assert unresolved_id("Zaporizke", "Dnipropetrovsk Oblast") in ids


@pytest.mark.parametrize("text,language,span,name", [
    ("Las tropas cruzaron la región de Dnipropetrovsk.", "es", "región de Dnipropetrovsk", "Dnipropetrovsk Oblast"),
    ("Troops crossed into the Dnipropetrovsk region.", "en", "Dnipropetrovsk region", "Dnipropetrovsk Oblast"),
    ("Fighting in Dnipropetrovsk oblast goes on.", "en", "Dnipropetrovsk oblast", "Dnipropetrovsk Oblast"),
    ("Rusia invadió Ucrania en 2022.", "es", "Ucrania", "Ukraine"),
    ("Russia invaded Ukraine in 2022.", "en", "Ukraine", "Ukraine"),
    ("Бої тривають у Дніпропетровській області.", "uk", "Дніпропетровській області", "Dnipropetrovsk Oblast"),
    ("Бои идут в Днепропетровской области.", "ru", "Днепропетровской области", "Dnipropetrovsk Oblast"),
])
def test_countries_and_regions_are_place_mentions(resources, text, language, span, name):
    work = analyse(resources, text, language)
    assert (span, name) in {(m.text, work.places[m.place_id].name) for m in work.place_mentions}
