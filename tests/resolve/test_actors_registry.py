"""The registry's data: the bundled files are valid, and invalid files are refused."""
from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from pathlib import Path

import pytest

from frontwatch.errors import ResourceError
from frontwatch.models import ACTOR_KINDS
from frontwatch.resolve.actor_data import LANGUAGE_NEUTRAL
from frontwatch.resolve.actors import BUNDLED_ACTORS, COUNTRY_CODES, ActorRegistry, registry_files

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_FILES = registry_files([BUNDLED_ACTORS])
LANGUAGES = {LANGUAGE_NEUTRAL, "es", "en", "it", "uk", "ru"}


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    registry = ActorRegistry.load(None)
    registry.validate()
    return registry


def raw_entries(kind: str) -> list[dict]:
    return [entry for path in BUNDLED_FILES
            for entry in tomllib.loads(path.read_text(encoding="utf-8")).get(kind, [])]


# --- the bundled registry -------------------------------------------------------

def test_the_bundled_registry_is_valid_and_sizeable(registry):
    assert 250 <= len(registry) <= 400
    assert len(registry.data.roles) >= 60


def test_ids_are_unique_across_files():
    actor_ids = [entry["id"] for entry in raw_entries("actor")]
    role_ids = [entry["id"] for entry in raw_entries("role")]
    assert len(actor_ids) == len(set(actor_ids))
    assert len(role_ids) == len(set(role_ids))
    assert not set(actor_ids) & set(role_ids)


def test_kinds_and_sides_are_valid(registry):
    countries = set(tomllib.loads(COUNTRY_CODES.read_text(encoding="utf-8"))["codes"])
    for actor in registry.data.actors.values():
        assert actor.kind in ACTOR_KINDS, actor.id
        assert actor.side is None or actor.side in countries, actor.id
    for role in registry.data.roles.values():
        assert role.side is None or role.side in countries, role.id


def test_every_alias_is_non_empty_and_in_a_known_language(registry):
    for actor in registry.data.actors.values():
        assert actor.name.strip() and all(n.strip() for n in actor.names), actor.id
        for buckets in (actor.aliases, actor.metonyms):
            assert set(buckets) <= LANGUAGES, actor.id
            assert all(word.strip() == word and word for words in buckets.values() for word in words), actor.id
    for role in registry.data.roles.values():
        assert set(role.aliases) <= LANGUAGES, role.id
        assert all(word.strip() == word and word for words in role.aliases.values() for word in words), role.id


def test_every_role_has_aliases_in_the_five_languages(registry):
    for role in registry.data.roles.values():
        assert {"es", "en", "it", "uk", "ru"} <= set(role.aliases), role.id


def test_role_dates_are_ordered_and_never_shared(registry):
    for role in registry.data.roles.values():
        terms = sorted(role.holders, key=lambda t: t.start or dt.date.min)
        for term in terms:
            assert term.actor in registry, (role.id, term.actor)
            assert term.start is None or term.end is None or term.start < term.end, role.id
        for before, after in itertools.pairwise(terms):
            assert before.end is not None and after.start is not None and before.end <= after.start, role.id


def test_one_holder_per_role_on_any_day(registry):
    for day in (dt.date(2022, 2, 24), dt.date(2023, 9, 6), dt.date(2024, 12, 1), dt.date(2025, 1, 20)):
        for role in registry.data.roles.values():
            assert sum(term.covers(day) for term in role.holders) <= 1, (role.id, day)


def test_every_bundled_file_records_provenance_and_licence():
    for path in BUNDLED_FILES:
        meta = tomllib.loads(path.read_text(encoding="utf-8")).get("meta", {})
        assert meta.get("provenance") and meta.get("license") and meta.get("facts_as_of"), path.name


def test_python_code_names_no_registry_actor(registry):
    """The rules are general: no person or place from the data appears in the code."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "frontwatch" / "resolve").glob("actor*.py"))
    names = {n for actor in registry.data.actors.values() for n in (actor.name, *actor.names) if len(n) > 3}
    names |= {m for actor in registry.data.actors.values() for bucket in actor.metonyms.values() for m in bucket}
    leaked = sorted(n for n in names if n in code and re.search(rf"\b{re.escape(n)}\b", code))
    assert leaked == []


# --- get ---------------------------------------------------------------------------

def test_get_gives_the_role_held_that_day_and_every_name(registry):
    biden = registry.get("biden", dt.date(2024, 6, 1))
    assert (biden.name, biden.kind, biden.side, biden.role) == (
        "Joe Biden", "person", "US", "President of the United States")
    assert {"Biden", "Джо Байден", "presidente estadounidense", "US president", "U.S. president"} <= set(biden.aliases)
    assert registry.get("biden", dt.date(2025, 6, 1)).role is None


def test_get_returns_a_fresh_record(registry):
    first = registry.get("peskov")
    first.aliases.append("changed")
    assert "changed" not in registry.get("peskov").aliases


def test_get_unknown_id(registry):
    with pytest.raises(KeyError):
        registry.get("nobody")


def test_holder(registry):
    assert registry.holder("us_president", dt.date(2024, 6, 1)).id == "biden"
    assert registry.holder("us_president", dt.date(1990, 6, 1)) is None


# --- user files ------------------------------------------------------------------

USER_FILE = """
[meta]
provenance = "test"
license = "CC0-1.0"

[[actor]]
id = "test_mayor"
name = "Ana Testera"
kind = "person"
side = "ES"
names = ["Testera"]

[[role]]
id = "test_mayoralty"
title = "Mayor of Testville"
side = "ES"
holders = [{ actor = "test_mayor", from = 2020-01-01 }]
[role.aliases]
es = ["alcaldesa de Testville"]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_files_add_to_the_bundled_registry(tmp_path):
    registry = ActorRegistry.load([write(tmp_path, "mine.toml", USER_FILE)])
    assert "test_mayor" in registry and "zelensky" in registry
    text = "La alcaldesa de Testville, Ana Testera, habló con Zelenski."
    assert [m.actor_id for m in registry.find(text, "es", dt.date(2025, 1, 1))] == ["test_mayor", "zelensky"]


def test_a_user_folder_is_read_whole(tmp_path):
    write(tmp_path, "a.toml", USER_FILE)
    write(tmp_path, "_notes.toml", "this is not read = true")
    registry = ActorRegistry.load([tmp_path], bundled=False)
    assert registry.ids() == ["test_mayor"]


def test_a_missing_user_path_is_an_error(tmp_path):
    with pytest.raises(ResourceError, match="no such actor file"):
        ActorRegistry.load([tmp_path / "missing.toml"])


def test_a_user_file_may_replace_a_bundled_entry_only_when_it_says_so(tmp_path):
    entry = '[[actor]]\nid = "peskov"\nname = "Dmitry S. Peskov"\nkind = "person"\nside = "RU"\n'
    clash = ActorRegistry.load([write(tmp_path, "clash.toml", entry)])
    with pytest.raises(ResourceError, match="already defined"):
        clash.validate()
    replaced = ActorRegistry.load([write(tmp_path, "fix.toml", entry + "override = true\n")])
    assert replaced.get("peskov").name == "Dmitry S. Peskov"


# --- invalid files ----------------------------------------------------------------

ACTOR = '[[actor]]\nid = "{id}"\nname = "{name}"\nkind = "{kind}"\nside = "{side}"\nnames = {names}\n'


def actor(id="a1", name="Name One", kind="person", side="UA", names='["Alias One"]'):
    return ACTOR.format(id=id, name=name, kind=kind, side=side, names=names)


def role(holders: str, aliases='["título"]') -> str:
    return f'[[role]]\nid = "r1"\ntitle = "A role"\nholders = {holders}\n[role.aliases]\nes = {aliases}\n'


@pytest.mark.parametrize("text,message", [
    (actor() + actor(), "already defined"),
    (actor(kind="army"), "kind 'army'"),
    (actor(side="XX"), "side 'XX'"),
    (actor(names='[""]'), "empty name or alias"),
    (actor(names='["lower case"]'), "must start with a capital"),
    (actor() + actor(id="a2", names='["Alias One"]'), "belongs to a1 and a2"),
    (actor() + '[actor.aliases]\nes = [" "]\n', "empty alias"),
    (actor() + '[actor.aliases]\nspanish = ["x"]\n', "not a language code"),
    (actor() + role('[{ actor = "a1", from = 2024-01-01, until = 2023-01-01 }]'), "is not before"),
    (actor() + actor(id="a2", names="[]") + role(
        '[{ actor = "a1", from = 2020-01-01, until = 2024-06-01 }, { actor = "a2", from = 2024-01-01 }]'),
     "on the same day"),
    (actor() + actor(id="a2", names="[]") + role(
        '[{ actor = "a1", from = 2020-01-01 }, { actor = "a2", from = 2024-01-01 }]'), "on the same day"),
    (actor() + role('[{ actor = "ghost", from = 2020-01-01 }]'), "not a registered actor"),
    (actor() + role('[{ actor = "a1", from = "2020-01-01" }]'), "TOML dates"),
    (actor() + "color = 'red'\n", "unknown keys"),
    ("[[actor]]\nname = 'No id'\n", "needs a string id"),
    ("[[actor]\n", "Expected"),
])
def test_invalid_registries_are_refused_with_a_reason(tmp_path, text, message):
    registry = ActorRegistry.load([write(tmp_path, "bad.toml", text)], bundled=False)
    with pytest.raises(ResourceError, match=message):
        registry.validate()


def test_every_problem_is_reported_at_once(tmp_path):
    registry = ActorRegistry.load([write(tmp_path, "bad.toml", actor(kind="army") + actor(id="a2", side="XX"))],
                                  bundled=False)
    with pytest.raises(ResourceError) as caught:
        registry.validate()
    assert "kind 'army'" in str(caught.value) and "side 'XX'" in str(caught.value)
