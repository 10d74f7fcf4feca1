"""Ingest is atomic per document and resumable: 2,000 generated reports, the run killed (SIGKILL) at
three random points and started again, end with every document stored exactly once and nothing
half written. Runs on both back ends; a real subprocess, the real pipeline."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from typing import Any

import pytest
from sqlalchemy import func, select, text

from frontwatch.ingest.textfile import document_from_text
from frontwatch.pipeline import analyze
from frontwatch.resource_set import default_resources
from frontwatch.store import open_ledger
from frontwatch.store.schema import claims, documents, events, statements

from ledger_backends import ROOT, ledger_url, settings  # noqa: F401  (fixtures)
from synthetic_reports import write_reports

COUNT = 2000
KILLS = 3
pytestmark = pytest.mark.slow


class Counter:
    """Counts the documents stored so far without disturbing the writer: one read-only connection."""

    def __init__(self, url: str):
        self.url = url
        self.conn: Any = None

    def __enter__(self) -> "Counter":
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.conn is not None:
            self.conn.close()

    def __call__(self) -> int:
        if self.url.startswith("postgresql"):
            return self._postgres()
        try:
            with sqlite3.connect(f"file:{self.url}?mode=ro", uri=True, timeout=5) as conn:
                return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        except sqlite3.OperationalError:  # not created yet
            return 0

    def _postgres(self) -> int:
        import psycopg

        base, schema = self.url.split("?schema=")
        self.conn = self.conn or psycopg.connect(base, autocommit=True)
        if self.conn.execute("SELECT to_regclass(%s)", (f'"{schema}".documents',)).fetchone()[0] is None:
            return 0  # not created yet
        return int(self.conn.execute(f'SELECT count(*) FROM "{schema}".documents').fetchone()[0])


def start_ingest(folder, url, home) -> subprocess.Popen[bytes]:
    (home / "settings.toml").touch()  # our settings, not the user's (FRONTWATCH_HOME holds the gazetteer)
    env = {**os.environ, "FRONTWATCH_SETTINGS": str(home / "settings.toml")}
    return subprocess.Popen([sys.executable, "-m", "frontwatch", "ingest", str(folder), "--db", url], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when(process: subprocess.Popen[bytes], count: Counter, target: int, limit: float = 300) -> int:
    """SIGKILL the run once ``target`` documents are stored; how many were."""
    deadline = time.monotonic() + limit
    while process.poll() is None and count() < target and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return count()


def test_killed_three_times_and_restarted_every_document_is_stored_once(ledger_url, settings, tmp_path):
    folder = write_reports(tmp_path / "reports", COUNT)
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    seen = [0]
    with Counter(ledger_url) as count:
        for _ in range(KILLS):  # each run killed after a random number of new documents
            seen.append(kill_when(start_ingest(folder, ledger_url, tmp_path), count, seen[-1] + rng.randint(20, 500)))
    progress = zip(seen, seen[1:], strict=False)
    assert all(a < b < COUNT for a, b in progress), f"each run stored more (seed {seed}): {seen}"
    final = start_ingest(folder, ledger_url, tmp_path)
    _, stderr = final.communicate(timeout=600)
    assert final.returncode == 0, stderr.decode()
    check_ledger(ledger_url, settings, folder, seed)


def check_ledger(url, settings, folder, seed) -> None:
    with open_ledger(url, settings) as ledger, ledger.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(documents)) == COUNT, f"seed {seed}"
        assert conn.scalar(select(func.count(func.distinct(documents.c.name)))) == COUNT
        for table, keys in ((statements, ("document_id", "local_id")), (events, ("document_id", "local_id")),
                            (claims, ("event_id", "position"))):
            columns = [table.c[k] for k in keys]
            twice = conn.execute(select(*columns).group_by(*columns).having(func.count() > 1)).all()
            assert twice == [], f"duplicate {table.name}"
        # The full text is written last in each document's transaction: an index entry for every
        # document and every statement means no document stopped half way.
        if ledger.backend.name == "sqlite":
            for table in ("documents_fts", "statements_fts"):  # the index agrees with its rows, or this raises
                conn.execute(text(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)"))
            indexed = [conn.scalar(text(f"SELECT count(*) FROM {t}_docsize"))
                       for t in ("documents_fts", "statements_fts")]
        else:
            indexed = [conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("documents_fts", "statements_fts")]
        assert indexed == [COUNT, conn.scalar(select(func.count()).select_from(statements))]
        sample = random.Random(seed).sample(range(1, COUNT + 1), 60)
        stored = {s.document.name: s for s in ledger.stored_analyses(sample)}
    resources = default_resources()
    for name, item in stored.items():
        document = document_from_text(item.analysis.document.text, name, supported=resources.languages(),
                                      doc_id=name, language=item.analysis.document.language,
                                      published=item.analysis.document.published, outlet=item.analysis.document.source,
                                      title=item.analysis.document.title)
        fresh = analyze(document, resources).to_dict()
        kept = item.analysis.to_dict()
        for key in ("statements", "events"):
            assert kept[key] == fresh[key], f"{name}: stored {key} differ from a fresh analysis (seed {seed})"
