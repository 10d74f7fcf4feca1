"""Ingest throughput and ledger size: documents per second per core, bytes per 1,000 documents.

    python benchmarks/ingest_bench.py [--count N] [--postgres URL]

Ingests N generated reports (the generator of the resume test, tests/store/synthetic_reports.py:
~600-character wire-style texts in English and Spanish, half text files, half JSON Lines) into a
fresh SQLite ledger and, when a server answers, a fresh PostgreSQL schema (dropped afterwards).
Then, on SQLite, N real articles: the seed, examples/ledger and ../shared/eval/dev, over and over,
each copy with a line of its own, so all but the first of each are syndicated copies (the wire
case: one story, many outlets). Everything runs in this process, with the real pipeline: CPU time
is this process's (for PostgreSQL, the server's own work is not in it). The figures go to
docs/ledger.md.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))  # the generator is shared with the resume test

from synthetic_reports import write_reports  # noqa: E402

from frontwatch.errors import StoreError  # noqa: E402
from frontwatch.ingest.header import split_header  # noqa: E402
from frontwatch.ingest.runner import ingest  # noqa: E402
from frontwatch.ingest.sources import Sources  # noqa: E402
from frontwatch.pipeline import analyze  # noqa: E402
from frontwatch.resource_set import default_resources  # noqa: E402
from frontwatch.settings import load_settings  # noqa: E402
from frontwatch.store import open_ledger  # noqa: E402

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def write_copies(folder: Path, count: int) -> Path:
    """``count`` real articles: the corpus repeated, each copy made distinct by a line of its own."""
    articles = [ROOT / "examples" / "seed.txt", *sorted((ROOT / "examples" / "ledger").glob("*.txt")),
                *sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))]
    supported = default_resources().languages()
    texts = [a.read_text(encoding="utf-8") for a in articles
             if split_header(a.read_text(encoding="utf-8"))[0].get("language", "es") in supported]
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"copy{n:05d}.txt").write_text(f"{texts[n % len(texts)]}\n(Copy {n}.)\n", encoding="utf-8")
    return folder


def timed_ingest(folder: Path, url: str, home: Path) -> tuple[float, float, Counter[str]]:
    """(CPU seconds, wall seconds, outcome counts) of ingesting ``folder`` into ``url``."""
    settings = load_settings(environ={"FRONTWATCH_HOME": str(home)})
    with open_ledger(url, settings) as ledger:
        cpu, wall = time.process_time(), time.perf_counter()
        counts = Counter(o.status for o in ingest([str(folder)], ledger))
        return time.process_time() - cpu, time.perf_counter() - wall, counts


def analysis_only(folder: Path) -> float:
    """CPU seconds to read and analyse every document, without storing: the pipeline's share."""
    resources = default_resources()
    documents = [item.read() for item in Sources(resources.languages()).expand([str(folder)])]  # type: ignore[union-attr]
    began = time.process_time()
    for document in documents:
        analyze(document, resources)
    return time.process_time() - began


def sqlite_size(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def postgres_size(base: str, schema: str) -> int:
    import psycopg

    with psycopg.connect(base) as conn:
        row = conn.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
                           (schema,)).fetchone()
        return int(row[0]) if row else 0


def drop_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def report(name: str, count: int, first: tuple[float, float, Counter[str]], again: tuple[float, float, Counter[str]],
           size: int) -> None:
    cpu, wall, counts = first
    print(f"{name}: {count / cpu:.0f} documents/s per core (CPU {cpu:.1f} s, wall {wall:.1f} s, "
          f"{count / wall:.0f} documents/s); outcomes {dict(counts)}")
    print(f"{name}: run again (every document already stored): {count / again[0]:.0f} documents/s per core")
    print(f"{name}: {size / count * 1000 / 1e6:.1f} MB per 1,000 documents ({size / 1e6:.1f} MB in all)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--postgres", default=os.environ.get("FRONTWATCH_TEST_POSTGRES", POSTGRES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        folder = write_reports(home / "reports", args.count)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.rglob("*.txt")) / (args.count // 2)
        print(f"corpus: {args.count} generated reports, {chars:.0f} characters each on average; "
              f"{os.cpu_count()} cores")
        analyze_cpu = analysis_only(folder)
        print(f"pipeline alone (read + analyse, no store): {args.count / analyze_cpu:.0f} documents/s per core")
        db = home / "ledger.db"
        report("SQLite", args.count, timed_ingest(folder, str(db), home), timed_ingest(folder, str(db), home),
               sqlite_size(db))
        postgres(args.postgres, folder, args.count, home)
        copies, copies_db = write_copies(home / "copies", args.count), home / "copies.db"
        chars = sum(len(p.read_text(encoding="utf-8")) for p in copies.glob("*.txt")) / args.count
        print(f"real articles, {chars:.0f} characters each on average, repeated (syndicated copies); "
              f"pipeline alone: {args.count / analysis_only(copies):.0f} documents/s per core")
        report("SQLite", args.count, timed_ingest(copies, str(copies_db), home),
               timed_ingest(copies, str(copies_db), home), sqlite_size(copies_db))


def postgres(base: str, folder: Path, count: int, home: Path) -> None:
    """The same reports into a fresh PostgreSQL schema, dropped afterwards."""
    schema = f"fwbench_{secrets.token_hex(4)}"
    url = f"{base}?schema={schema}"
    try:
        first = timed_ingest(folder, url, home)
    except StoreError as err:
        print(f"PostgreSQL: not measured ({err})")
        return
    try:
        report("PostgreSQL", count, first, timed_ingest(folder, url, home), postgres_size(base, schema))
    finally:
        drop_schema(base, schema)


if __name__ == "__main__":
    main()
