"""Where the ledger lives: ``--db PATH|URL``, else the settings (``store.url``, FRONTWATCH_DB), else
``<home>/ledger.db``; and the SQLAlchemy URL for it.

A PostgreSQL URL may carry ``?schema=NAME``: the ledger then lives in that schema (created when
missing), so several ledgers (or test runs) can share one database.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..errors import StoreError
from ..settings import Settings

_PG_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class Location:
    """A resolved ledger location: the SQLAlchemy URL, the back end and (PostgreSQL) the schema."""

    url: URL
    backend: str  # "sqlite" | "postgresql"
    schema: str | None = None

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)


def resolve_location(db: str | Path | None, settings: Settings) -> Location:
    """The ledger's location from ``--db`` or the settings; a bare path is a SQLite file."""
    target = str(db) if db else settings.store.url or str(settings.home / "ledger.db")
    scheme = target.split(":", 1)[0].lower() if "://" in target else ""
    if not scheme:
        return _sqlite(Path(target).expanduser())
    try:
        url = make_url(target)
    except ArgumentError as err:
        raise StoreError(f"{target}: not a database URL ({err})") from None
    backend = url.get_backend_name()
    if backend in _PG_SCHEMES:
        return _postgresql(url)
    if backend == "sqlite":
        return _sqlite(Path(url.database or ":memory:")) if url.database else Location(url, "sqlite")
    raise StoreError(f"{target}: unsupported database (use a file path, sqlite:///PATH or postgresql://...)")


def _sqlite(path: Path) -> Location:
    if str(path) != ":memory:":
        if path.is_dir():
            raise StoreError(f"{path}: is a directory; the ledger is a file (e.g. {path / 'ledger.db'})")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{path}: cannot create its folder ({err.strerror})") from None
    return Location(URL.create("sqlite", database=str(path)), "sqlite")


def _postgresql(url: URL) -> Location:
    query = dict(url.query)
    schema = query.pop("schema", None)
    if isinstance(schema, tuple):
        schema = schema[-1]
    if schema is not None and not schema.replace("_", "").isalnum():
        raise StoreError(f"schema {schema!r}: use letters, digits and '_' only")
    # psycopg 3 is the driver we pin; a plain postgresql:// URL would ask for psycopg2.
    url = url.set(drivername="postgresql+psycopg", query=query)
    return Location(url, "postgresql", schema)
