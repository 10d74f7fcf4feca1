"""The PostgreSQL server the tests use, shared by the store and the serve tests.

``FRONTWATCH_TEST_POSTGRES`` (default: postgresql://postgres@127.0.0.1:5432/test). Tests make
their own schemas and drop them; where no server answers, they skip with the reason.
"""
from __future__ import annotations

import functools
import os

POSTGRES = os.environ.get("FRONTWATCH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@functools.cache
def postgres_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None."""
    import psycopg

    try:
        with psycopg.connect(POSTGRES, connect_timeout=3):
            return None
    except psycopg.Error as err:
        return f"no PostgreSQL server answers at {POSTGRES} ({str(err).strip().splitlines()[0]})"


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
