"""The ``actors`` pipeline stage, user registries through ``Resources``, declension."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from frontwatch.languages import LANG_ROOT, LanguageData, load_language
from frontwatch.models import Document
from frontwatch.resolve.actors import ActorRegistry, find_actors
from frontwatch.resource_set import Resources
from frontwatch.work import Work

ROOT = Path(__file__).resolve().parents[2]


def work_for(text: str, lang: str = "es", published: str | None = "2025-08-27") -> Work:
    document = Document(id="t", text=text, language=lang, published=published)
    return Work(document=document, lang=load_language(lang))


def test_the_stage_fills_mentions_and_actors():
    text = "El portavoz del Kremlin, Dmitri Peskov, respondió a Kiev."
    work = find_actors(work_for(text), Resources())
    assert [(m.actor_id, m.how) for m in work.actor_mentions] == [("peskov", "alias"), ("ua_gov", "metonymy")]
    assert set(work.actors) == {"peskov", "ua_gov"}
    assert work.actors["peskov"].role == "Kremlin spokesman"


def test_the_stage_reads_roles_on_the_publication_date():
    text = "El presidente estadounidense llamó a Kiev."
    assert find_actors(work_for(text, published="2024-06-01"), Resources()).actor_mentions[0].actor_id == "biden"
    assert find_actors(work_for(text, published="2025-06-01"), Resources()).actor_mentions[0].actor_id == "trump"


def test_the_stage_keeps_other_fields_and_returns_a_new_record():
    before = work_for("Zelensky habló.")
    after = find_actors(before, Resources())
    assert before.actor_mentions == [] and after.document is before.document
    assert [m.actor_id for m in after.actor_mentions] == ["zelensky"]


def test_guessed_holders_come_with_their_actor():
    text = "The Kremlin spokesman, Ivan Petrovich Sidorov, said so."
    work = find_actors(work_for(text, "en"), Resources())
    [mention] = work.actor_mentions
    assert work.actors[mention.actor_id].role == "Kremlin spokesman"


def test_user_actor_files_through_resources(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('[[actor]]\nid = "test_ngo"\nname = "Fundación Testigo"\nkind = "organization"\n',
                    encoding="utf-8")
    work = find_actors(work_for("La Fundación Testigo y Zelensky."), Resources(actor_files=[mine]))
    assert [m.actor_id for m in work.actor_mentions] == ["test_ngo", "zelensky"]


# --- declension: the mechanism Ukrainian and Russian will use ----------------------

def test_declined_names_match_with_the_language_endings(tmp_path):
    """A made-up language "xx" whose names decline: Testera -> Testery, Testerou."""
    folder = tmp_path / "xx"
    folder.mkdir()
    words = (LANG_ROOT / "en" / "actors.toml").read_text(encoding="utf-8").replace(
        "inflection = []", 'inflection = [{ ending = "a", forms = ["y", "ou"] }, { ending = "", forms = ["a", "em"] }]')
    (folder / "actors.toml").write_text(words, encoding="utf-8")
    actors = tmp_path / "actors.toml"
    actors.write_text('[[actor]]\nid = "a1"\nname = "Ana Testera"\nkind = "person"\nnames = ["Testera"]\n'
                      '[[actor]]\nid = "a2"\nname = "Jan Novak"\nkind = "person"\nnames = ["Novak"]\n',
                      encoding="utf-8")
    registry = ActorRegistry.load([actors], bundled=False, lang_root=tmp_path)
    text = "mluvil s Testerou a Novakem, ne s Testerovou"
    assert [m.text for m in registry.find(text, "xx", dt.date(2025, 1, 1))] == ["Testerou", "Novakem"]
    work = Work(document=Document(id="t", text=text, language="xx"), lang=LanguageData("xx", folder))
    resources = Resources(lang_root=tmp_path, actor_files=[actors])
    resources.__dict__["actors"] = registry  # the bundled registry left out
    assert [m.actor_id for m in find_actors(work, resources).actor_mentions] == ["a1", "a2"]


# --- the language files and the documentation ---------------------------------------

def test_spanish_and_english_actor_words_have_the_same_keys():
    es, en = (tomllib.loads((LANG_ROOT / code / "actors.toml").read_text(encoding="utf-8")) for code in ("es", "en"))
    assert sorted(es) == sorted(en)
    for key in ("kind_words", "side_words"):
        assert sorted(es[key]) == sorted(en[key])


def test_docs_document_every_key_of_the_language_files_and_registry():
    docs = (ROOT / "docs" / "actors.md").read_text(encoding="utf-8")
    keys = tomllib.loads((LANG_ROOT / "en" / "actors.toml").read_text(encoding="utf-8"))
    for key in [*keys, "names", "aliases", "metonyms", "title", "holders", "override", "provenance", "license"]:
        assert f"`{key}`" in docs, key
