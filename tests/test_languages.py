"""Every language folder has the same files with the same keys and value types as ``en``."""
import tomllib

import pytest

from frontwatch.languages import LANG_ROOT, language_folders, supported_languages

REFERENCE = "en"


def load(code):
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((LANG_ROOT / code).glob("*.toml"))}


def shape(value):
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()} if all(isinstance(v, dict) for v in value.values()) else "table"
    return type(value).__name__


@pytest.mark.parametrize("code", language_folders())
def test_language_files_have_the_reference_keys(code):
    """Every file present has the keys of the reference; a folder may still lack files."""
    reference, data = load(REFERENCE), load(code)
    assert set(data) <= set(reference), f"{code}: files that {REFERENCE} does not have: {set(data) - set(reference)}"
    for name in data:
        assert sorted(data[name]) == sorted(reference[name]), f"{code}/{name}.toml: keys differ from {REFERENCE}"
        for key in reference[name]:
            assert type(data[name][key]) is type(reference[name][key]), f"{code}/{name}.toml: {key} has another type"


def test_only_complete_folders_are_supported():
    reference = set(load(REFERENCE))
    for code in language_folders():
        assert (code in supported_languages()) == (set(load(code)) == reference), code
    assert {"en", "es"} <= set(supported_languages())


@pytest.mark.parametrize("code", language_folders())
def test_language_files_are_documented(code):
    docs = (LANG_ROOT.parent.parent.parent / "docs" / "languages.md").read_text(encoding="utf-8")
    for name in load(code):
        assert f"`{name}.toml`" in docs, f"docs/languages.md does not document {name}.toml"
