"""The SQL listings give the same answers on SQLite and PostgreSQL (the store's two back ends).

PostgreSQL: the server of FRONTWATCH_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432/test),
in a schema of its own, dropped afterwards; skipped, with the reason, where no server answers.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_ledgers import POSTGRES, SEED_GOLD, drop_schema, fresh_schema, postgres_unavailable, store_gold_episode
from starlette.testclient import TestClient

QUERIES = [
    ("/api/documents", {"since": "2025-08-26", "until": "2025-08-27"}),
    ("/api/documents", {"q": "moscu"}),
    ("/api/documents", {"actor": "peskov", "region": "dnipropetrovsk"}),
    ("/api/documents", {"type": "territory.withdrawal", "order": "oldest"}),
    ("/api/statements", {"q": "aprecia*"}),
    ("/api/statements", {"since": "2025-08-21", "until": "2025-08-21"}),
    ("/api/statements", {"kind": "direct", "source": "ansa"}),
    ("/api/claims", {"stance": "denies", "since": "2025-08-26", "region": "Dnipropetrovsk"}),
    ("/api/claims", {"q": "captured village", "type": "territory.capture"}),
    ("/api/claims", {"limit": 5, "offset": 5}),
    ("/api/actors", {"q": "general staff"}),
    ("/api/places", {"state": "denied", "on": "2025-08-26"}),
    ("/api/events", {"region": "dnipropetrovsk", "type": "territory.capture"}),
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend_client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from frontwatch.serve import create_app
    from frontwatch.store import open_ledger
    from serve_ledgers import serve_settings

    if not SEED_GOLD.is_file():
        pytest.skip(f"the seed's gold annotation is not beside the project ({SEED_GOLD})")
    home: Path = tmp_path_factory.mktemp(request.param)
    schema = None
    if request.param == "postgresql":
        reason = postgres_unavailable()
        if reason:
            pytest.skip(f"PostgreSQL back end not tested: {reason}")
        schema = fresh_schema()
        db = f"{POSTGRES}?schema={schema}"
    else:
        db = str(home / "episode.db")
    store_gold_episode(db, home)
    settings = serve_settings(home)
    with open_ledger(db, settings) as ledger:
        yield TestClient(create_app(ledger, settings))
    if schema:
        drop_schema(schema)


@pytest.fixture(scope="module")
def sqlite_answers() -> dict[str, list[object]]:
    """The first back end's answers (SQLite's: the fixture's first parameter), for the second to match."""
    return {}


def identity(item: dict[str, Any]) -> object:
    """An item's identity that does not depend on row ids (which each back end numbers itself)."""
    if "stance" in item:  # a claim
        return (item["document"]["name"], item["event"]["local_id"], item["source"]["id"], item["stance"])
    if "local_id" in item:  # a statement
        return (item["document"]["name"], item["local_id"])
    return item.get("name") if "published" in item else item["id"]


def comparable(body: dict[str, Any]) -> list[object]:
    return [body["total"], [identity(i) for i in body["items"]]]


@pytest.mark.parametrize("path, params", QUERIES, ids=[f"{p}?{'&'.join(q)}" for p, q in QUERIES])
def test_the_same_answers_on_both_back_ends(backend_client, sqlite_answers, path, params):
    response = backend_client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.json()["total"] > 0
    key = f"{path}?{sorted(params.items())}"
    answer = comparable(response.json())
    if key in sqlite_answers:
        assert answer == sqlite_answers[key]
    else:
        sqlite_answers[key] = answer
