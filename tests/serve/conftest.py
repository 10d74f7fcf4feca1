"""Fixtures for the API tests: the example episode in a ledger, and in-process clients over it."""
from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Starlette's TestClient prefers httpx2 and says so at import; httpx is what this project pins.
warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")

from serve_ledgers import SEED_GOLD, TOKEN, serve_settings, store_gold_episode  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from frontwatch.serve import create_app  # noqa: E402
from frontwatch.store import open_ledger  # noqa: E402

MakeClient = Callable[..., TestClient]


@pytest.fixture(scope="session")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The episode as annotated (examples/ledger/*.gold.json and the seed's gold), read-only for tests."""
    if not SEED_GOLD.is_file():
        pytest.skip(f"the seed's gold annotation is not beside the project ({SEED_GOLD})")
    home = tmp_path_factory.mktemp("episode")
    return store_gold_episode(home / "episode.db", home)


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[MakeClient]:
    ledgers = []

    def make(db: Path, raise_server_exceptions: bool = True, **serve: Any) -> TestClient:
        settings = serve_settings(tmp_path, **{"assets": str(tmp_path / "web"), **serve})
        ledger = open_ledger(str(db), settings)
        ledgers.append(ledger)
        return TestClient(create_app(ledger, settings), raise_server_exceptions=raise_server_exceptions)

    yield make
    for ledger in ledgers:
        ledger.close()


@pytest.fixture
def client(gold_db: Path, make_client: MakeClient) -> TestClient:
    return make_client(gold_db)


@pytest.fixture
def writable_db(gold_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "writable.db"
    shutil.copyfile(gold_db, copy)
    return copy


@pytest.fixture
def writer(writable_db: Path, make_client: MakeClient) -> TestClient:
    """A client of a server with a token, over a copy of the episode it may write to."""
    return make_client(writable_db, token=TOKEN)
