"""Ordered migrations, the same list for both back ends, each safe to run again.

``migrate`` runs, in one transaction, every migration whose version is not yet recorded in
``schema_migrations``. Each step is also idempotent by itself (``IF NOT EXISTS``), so a step
interrupted on a back end without transactional DDL is simply run again. Two processes
opening a new ledger at once queue on a lock (SQLite's write lock, a PostgreSQL advisory lock)
and the second finds nothing left to do.

To change the schema: append a function to ``MIGRATIONS``; never edit one that has shipped.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from ..errors import SchemaTooNew
from .backends import PostgresBackend, SQLiteBackend
from .schema import RECORD_TABLES, metadata, schema_migrations

Migration = Callable[[Connection, "SQLiteBackend | PostgresBackend"], None]
_LOCK_ID = 0x66776C65  # "fwle": serialises migrations of one PostgreSQL database


def _create_tables(conn: Connection, _backend: SQLiteBackend | PostgresBackend) -> None:
    metadata.create_all(conn, tables=list(RECORD_TABLES), checkfirst=True)


def _create_fulltext(conn: Connection, backend: SQLiteBackend | PostgresBackend) -> None:
    for statement in backend.fulltext_ddl():
        conn.execute(text(statement))


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("records", _create_tables),
    ("full-text search", _create_fulltext),
)


def migrate(conn: Connection, backend: SQLiteBackend | PostgresBackend) -> list[str]:
    """Run the migrations not yet applied (inside the caller's transaction); their names."""
    if backend.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
    schema_migrations.create(conn, checkfirst=True)
    done = set(conn.scalars(select(schema_migrations.c.version)))
    newest = max(done, default=0)
    if newest > len(MIGRATIONS):
        raise SchemaTooNew(f"the ledger's schema is version {newest}; this frontwatch knows up to "
                           f"{len(MIGRATIONS)}: upgrade frontwatch")
    applied = []
    for version, (name, step) in enumerate(MIGRATIONS, start=1):
        if version in done:
            continue
        step(conn, backend)
        conn.execute(schema_migrations.insert().values(
            version=version, name=name, applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        applied.append(name)
    return applied


def schema_version(conn: Connection) -> int:
    return max(conn.scalars(select(schema_migrations.c.version)), default=0)
