"""Settings: defaults, the user's file, the environment; every setting documented in docs/settings.md."""
from pathlib import Path

import pytest

from frontwatch.errors import SettingsError
from frontwatch.settings import load_settings, setting_keys

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented():
    docs = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [key for key in setting_keys() if f"`{key}`" not in docs]
    assert not missing, f"settings not documented in docs/settings.md: {missing}"


def test_defaults_without_a_file(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    assert settings.home == tmp_path
    assert settings.reconcile.window_days == 10
    assert settings.trust.kinds["osint"] == 0.8


def test_file_then_environment_override_the_defaults(tmp_path):
    file = tmp_path / "settings.toml"
    file.write_text('[trust.kinds]\nosint = 0.6\n[reconcile]\nwindow_days = 7\n[store]\nurl = "a.db"\n')
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path), "FRONTWATCH_RECONCILE_WINDOW_DAYS": "5",
                                      "FRONTWATCH_DB": "b.db"})
    assert settings.trust.kinds["osint"] == 0.6
    assert settings.trust.kinds["media"] == 0.5  # a table merges with its defaults
    assert settings.reconcile.window_days == 5
    assert settings.store.url == "b.db"


def test_settings_are_immutable(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    with pytest.raises(AttributeError):
        settings.reconcile.window_days = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.trust.kinds["osint"] = 2.0  # type: ignore[index]


@pytest.mark.parametrize("text, message", [
    ("[trust.kinds]\nosnit = 0.5\n", "trust.kinds.osnit"),
    ("[reconcile]\nwindow = 3\n", "reconcile.window"),
    ("[reconcile]\nwindow_days = 2.5\n", "whole number"),
    ("[assessment]\nbelligerents = \"UA\"\n", "list of strings"),
    ("[nonsense]\nx = 1\n", "nonsense"),
    ("[trust\n", "not valid TOML"),
])
def test_a_bad_setting_is_an_error_naming_the_file_and_key(tmp_path, text, message):
    file = tmp_path / "bad.toml"
    file.write_text(text)
    with pytest.raises(SettingsError, match=message) as raised:
        load_settings(file, environ={"FRONTWATCH_HOME": str(tmp_path)})
    assert "bad.toml" in str(raised.value)


def test_a_named_file_must_exist(tmp_path):
    with pytest.raises(SettingsError, match="no such settings file"):
        load_settings(tmp_path / "missing.toml", environ={})
