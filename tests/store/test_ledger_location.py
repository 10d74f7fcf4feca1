"""Where the ledger lives: --db, then the settings (FRONTWATCH_DB, store.url), then <home>/ledger.db."""
import pytest

from frontwatch.errors import StoreError
from frontwatch.settings import load_settings
from frontwatch.store import resolve_location


def test_the_default_is_a_file_in_the_home_folder(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path / "fw")})
    location = resolve_location(None, settings)
    assert (location.backend, location.url.database) == ("sqlite", str(tmp_path / "fw" / "ledger.db"))
    assert (tmp_path / "fw").is_dir()  # created, so SQLite can create the file


def test_db_option_beats_environment_beats_default(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path), "FRONTWATCH_DB": str(tmp_path / "env.db")})
    assert resolve_location(None, settings).url.database == str(tmp_path / "env.db")
    assert resolve_location(str(tmp_path / "opt.db"), settings).url.database == str(tmp_path / "opt.db")


def test_postgresql_urls_use_psycopg_and_may_name_a_schema(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    location = resolve_location("postgresql://u@db.example:5433/ledger?schema=news_2025", settings)
    assert (location.backend, location.schema) == ("postgresql", "news_2025")
    assert location.url.drivername == "postgresql+psycopg"
    assert "schema" not in location.url.query
    assert resolve_location("postgres://u@h/db", settings).schema is None
    with pytest.raises(StoreError, match="schema"):
        resolve_location("postgresql://u@h/db?schema=a;drop", settings)


def test_sqlite_urls_are_accepted(tmp_path):
    settings = load_settings(environ={"FRONTWATCH_HOME": str(tmp_path)})
    assert resolve_location(f"sqlite:///{tmp_path}/x.db", settings).url.database == f"{tmp_path}/x.db"
