"""What is derived from the whole ledger is built once per ledger state; a slow rebuild runs in the
background while readers get the previous state."""
from __future__ import annotations

import threading
import time
from typing import Any

from frontwatch.serve import cache as cache_module
from frontwatch.serve.cache import LedgerCache


class Versions:
    def __init__(self) -> None:
        self.current = (1, 1)

    def __call__(self, _ledger: Any) -> tuple[int, int]:
        return self.current


def test_built_once_per_ledger_state_however_many_readers():
    versions, builds = Versions(), []
    cache = LedgerCache(object(), version=versions)  # type: ignore[arg-type]

    def build(_ledger: Any) -> str:
        builds.append(versions.current)
        time.sleep(0.05)
        return f"state {versions.current}"

    readers = [threading.Thread(target=cache.get, args=("x", build)) for _ in range(10)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert builds == [(1, 1)] and cache.get("x", build) == "state (1, 1)"
    versions.current = (2, 2)
    assert cache.get("x", build) == "state (2, 2)" and builds == [(1, 1), (2, 2)]


def test_a_slow_rebuild_runs_in_the_background_and_readers_get_the_last_state(monkeypatch):
    versions, gate = Versions(), threading.Event()
    cache = LedgerCache(object(), version=versions)  # type: ignore[arg-type]
    assert cache.get("x", lambda _l: "first", stale_ok=True) == "first"  # nothing to fall back on: built now
    monkeypatch.setattr(cache_module, "SYNC_BUILD_SECONDS", -1.0)  # as if the last build had been slow
    versions.current = (2, 2)

    def slow(_ledger: Any) -> str:
        gate.wait(5)
        return "second"

    assert cache.get("x", slow, stale_ok=True) == "first"
    status = cache.status("x")
    assert status["stale"] is True and status["building"] is True and status["documents"] == 1
    gate.set()
    for _ in range(100):
        if not cache.status("x")["building"]:
            break
        time.sleep(0.02)
    assert cache.get("x", slow, stale_ok=True) == "second" and cache.status("x")["stale"] is False
