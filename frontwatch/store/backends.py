"""What differs between SQLite and PostgreSQL, and nothing else: connecting, ``INSERT ... ON
CONFLICT DO NOTHING``, and full-text search.

Full text has the same two tables on both back ends, keyed by the document or statement id:

* SQLite: FTS5 virtual tables with ``unicode61 remove_diacritics 2`` (``moscu`` finds ``Moscú``).
* PostgreSQL: a ``tsvector`` column with a GIN index, built with the ``simple`` configuration from
  text folded the same way in Python (``fingerprint.fold``), so both back ends match the same
  words: no stemming for one language when the ledger holds five.

A query is words, all of which must match; ``word*`` matches a prefix.
"""
from __future__ import annotations

import re
from typing import Any, Protocol

from sqlalchemy import Table, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, create_engine
from sqlalchemy.sql.dml import Insert

from .fingerprint import fold
from .location import Location

_TERM = re.compile(r"(\w+)(\*?)")
FTS_TABLES = {"documents": "documents_fts", "statements": "statements_fts"}
WRITE_OPTION = "frontwatch_writes"  # an execution option: this transaction will write


class Backend(Protocol):
    name: str

    def insert_ignoring_duplicates(self, table: Table) -> Insert: ...

    def fulltext_ddl(self) -> list[str]: ...

    def index_text(self, conn: Connection, kind: str, rows: list[tuple[int, str, str]]) -> None:
        """Index (id, title, text) rows of ``documents`` or ``statements`` (title: "" for statements)."""

    def search(self, conn: Connection, kind: str, query: str, limit: int) -> list[int]: ...


def query_terms(query: str) -> list[tuple[str, bool]]:
    """(word, is a prefix) for each word of a search query."""
    return [(word, bool(star)) for word, star in _TERM.findall(query)]


class SQLiteBackend:
    name = "sqlite"

    def __init__(self, busy_timeout: float):
        self.busy_timeout_ms = int(busy_timeout * 1000)

    def engine(self, location: Location) -> Engine:
        engine = create_engine(location.url)
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine, "begin", self._on_begin)
        return engine

    @staticmethod
    def _on_begin(conn: Connection) -> None:
        # pysqlite begins transactions lazily and never for DDL, so we begin them ourselves. A
        # writer takes the write lock up front (IMMEDIATE): two writers then queue (busy_timeout)
        # instead of failing when a read lock cannot be upgraded. Readers never wait (WAL).
        writes = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")  # readers never block the ingest; a crash loses nothing committed
        cursor.execute("PRAGMA synchronous = NORMAL")  # safe against a killed process (not a power cut) in WAL mode
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    def insert_ignoring_duplicates(self, table: Table) -> Insert:
        return sqlite.insert(table).on_conflict_do_nothing()

    def fulltext_ddl(self) -> list[str]:
        # External content: the index points at the rows of documents and statements instead of
        # keeping a second copy of every text.
        options = "tokenize = 'unicode61 remove_diacritics 2', content_rowid = 'id'"
        return [f"CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, body, content = 'documents', "
                f"{options})",
                f"CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(text, content = 'statements', "
                f"{options})"]

    def index_text(self, conn: Connection, kind: str, rows: list[tuple[int, str, str]]) -> None:
        if not rows:
            return
        if kind == "documents":
            conn.execute(text("INSERT INTO documents_fts (rowid, title, body) VALUES (:id, :title, :body)"),
                         [{"id": i, "title": title, "body": body} for i, title, body in rows])
        else:
            conn.execute(text("INSERT INTO statements_fts (rowid, text) VALUES (:id, :text)"),
                         [{"id": i, "text": body} for i, _title, body in rows])

    def search(self, conn: Connection, kind: str, query: str, limit: int) -> list[int]:
        terms = query_terms(query)
        if not terms:
            return []
        match = " ".join('"' + word.replace('"', '""') + '"' + ("*" if prefix else "") for word, prefix in terms)
        table = FTS_TABLES[kind]
        sql = text(f"SELECT rowid FROM {table} WHERE {table} MATCH :match ORDER BY bm25({table}), rowid LIMIT :limit")
        return [row[0] for row in conn.execute(sql, {"match": match, "limit": limit})]


class PostgresBackend:
    name = "postgresql"

    def __init__(self, schema: str | None):
        self.schema = schema

    def engine(self, location: Location) -> Engine:
        engine = create_engine(location.url, pool_pre_ping=True)
        if self.schema:
            with engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
            event.listen(engine, "connect", self._on_connect)
            engine.dispose()  # connections made before the listener must not be reused
        return engine

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f'SET search_path TO "{self.schema}"')
        dbapi_connection.commit()

    def insert_ignoring_duplicates(self, table: Table) -> Insert:
        return postgresql.insert(table).on_conflict_do_nothing()

    def fulltext_ddl(self) -> list[str]:
        ddl = []
        for kind, table in FTS_TABLES.items():
            ddl += [f"CREATE TABLE IF NOT EXISTS {table} (id integer PRIMARY KEY REFERENCES {kind}(id) "
                    "ON DELETE CASCADE, tsv tsvector NOT NULL)",
                    f"CREATE INDEX IF NOT EXISTS ix_{table}_tsv ON {table} USING gin (tsv)"]
        return ddl

    def index_text(self, conn: Connection, kind: str, rows: list[tuple[int, str, str]]) -> None:
        if rows:
            conn.execute(text(f"INSERT INTO {FTS_TABLES[kind]} (id, tsv) VALUES (:id, to_tsvector('simple', :body))"),
                         [{"id": i, "body": fold(f"{title}\n{body}")} for i, title, body in rows])

    def search(self, conn: Connection, kind: str, query: str, limit: int) -> list[int]:
        terms = query_terms(query)
        if not terms:
            return []
        tsquery = " & ".join(fold(word) + (":*" if prefix else "") for word, prefix in terms)
        table = FTS_TABLES[kind]
        sql = text(f"SELECT id FROM {table}, to_tsquery('simple', :q) AS q WHERE tsv @@ q "
                   "ORDER BY ts_rank(tsv, q) DESC, id LIMIT :limit")
        return [row[0] for row in conn.execute(sql, {"q": tsquery, "limit": limit})]


def backend_for(location: Location, busy_timeout: float = 30.0) -> SQLiteBackend | PostgresBackend:
    if location.backend == "postgresql":
        return PostgresBackend(location.schema)
    return SQLiteBackend(busy_timeout)
