"""API latency over a large ledger: median and p99 per endpoint, through a real server.

    python benchmarks/api_bench.py [--claims N] [--requests R] [--postgres URL] [--keep DIR]

Builds a synthetic ledger of N claims (default 100,000: 5,000 documents of 4 statements and 4
events of 5 claims each, 400 villages in 6 oblasts, 40 actors, 240 days), written in bulk with
the store's own row functions (``frontwatch.store.rows``) and the full-text index, then starts
``frontwatch serve`` on it (uvicorn, in its own process) and times R sequential requests per
endpoint from this process over one keep-alive connection. Reported separately: the first request
that needs the assessment (it is built once per ledger state, then cached) and a POST (analysis,
storage) followed by the read that rebuilds the assessment. The figures go to docs/api.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, text

from frontwatch.models import Actor, Analysis, Claim, Document, Event, Place, Statement
from frontwatch.settings import load_settings
from frontwatch.store import Ledger, open_ledger, rows
from frontwatch.store.schema import (
    actors,
    claims,
    document_buckets,
    documents,
    event_places,
    events,
    places,
    statements,
)

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token-0123456789abcdef"
OBLASTS = [("Donetsk Oblast", 48.0, 37.8), ("Dnipropetrovsk Oblast", 48.2, 35.5), ("Zaporizhzhia Oblast", 47.4, 35.8),
           ("Kharkiv Oblast", 49.6, 36.8), ("Luhansk Oblast", 48.9, 38.9), ("Kherson Oblast", 46.7, 33.4)]
SIDES = ["RU", "UA", "UA", "RU", "US", None]
KINDS = ["government", "military", "person", "media", "osint", "organization"]
TYPES = ["territory.capture"] * 4 + ["territory.advance"] * 3 + ["territory.withdrawal"] * 2 + \
        ["attack.strike"] * 3 + ["attack.clash"] * 2 + ["diplomacy.talks", "aid.military"]
STANCES = ["asserts"] * 10 + ["confirms"] * 3 + ["denies"] * 5 + ["unverified"] * 2
WORDS = ["forces", "village", "captured", "shelling", "drones", "front", "positions", "assault", "brigade", "region",
         "defence", "ministry", "general", "staff", "statement", "reported", "troops", "advance", "withdrew", "talks",
         "aid", "artillery", "city", "road", "river"]


def registry(rng: random.Random) -> tuple[list[Actor], list[Place]]:
    actor_list = [Actor(id=f"actor{n:02d}", name=f"Actor {n}", kind=KINDS[n % len(KINDS)], side=SIDES[n % len(SIDES)])
                  for n in range(40)]
    place_list = []
    for n in range(400):
        region, lat, lon = OBLASTS[n % len(OBLASTS)]
        place_list.append(Place(id=f"village{n:03d}", name=f"Village {n}", kind="settlement", country="UA",
                                admin1=region, lat=round(lat + rng.uniform(-0.8, 0.8), 4),
                                lon=round(lon + rng.uniform(-1.0, 1.0), 4)))
    return actor_list, place_list


def analysis(number: int, rng: random.Random, actor_list: list[Actor], place_list: list[Place]) -> Analysis:
    published = dt.date(2025, 1, 1) + dt.timedelta(days=number % 240)
    text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" (report {number})"
    statements_ = [Statement(id=f"s{k}", speaker=rng.choice(actor_list).id, kind="indirect",
                             text=" ".join(rng.choice(WORDS) for _ in range(12)), cue="said",
                             date=published.isoformat(), start=k * 100, end=k * 100 + 80) for k in range(1, 5)]
    events_ = []
    for k in range(1, 5):
        actor = actor_list[rng.choice((0, 1, 3))]
        events_.append(Event(id=f"e{k}", type=rng.choice(TYPES), actors=[actor.id], places=[rng.choice(place_list).id],
                             date=(published - dt.timedelta(days=rng.randint(0, 2))).isoformat(), date_precision="day",
                             start=k * 100, end=k * 100 + 60,
                             claims=[Claim(source=rng.choice(actor_list).id, stance=rng.choice(STANCES),
                                           via=[rng.choice(actor_list).id] if rng.random() < 0.2 else [],
                                           statement=f"s{rng.randint(1, 4)}" if rng.random() < 0.6 else None)
                                     for _ in range(5)]))
    used_actors = {a for e in events_ for a in e.actors} | {c.source for e in events_ for c in e.claims} | \
        {s.speaker for s in statements_}
    return Analysis(document=Document(id=f"synthetic-{number:05d}", text=text, language="en",
                                      published=published.isoformat(), source=f"Wire {number % 9}",
                                      title=f"Report {number}"),
                    actors=[a for a in actor_list if a.id in used_actors],
                    places=[p for p in place_list if p.id in {q for e in events_ for q in e.places}],
                    statements=statements_, events=events_)


def bulk_store(ledger: Ledger, analyses: Iterator[Analysis], actor_list: list[Actor], place_list: list[Place]) -> None:
    """Rows made by the store's own functions, inserted many at a time with ids chosen here."""
    batch: dict[str, list[dict[str, Any]]] = {name: [] for name in ("documents", "buckets", "statements", "events",
                                                                    "event_places", "claims", "fts_docs", "fts_st")}
    ids = {"statement": 0, "event": 0}
    with ledger.writer.begin() as conn:
        conn.execute(insert(actors), [rows.actor_row(a) for a in actor_list])
        conn.execute(insert(places), [rows.place_row(p) for p in place_list])
    for doc_id, item in enumerate(analyses, start=1):
        fingerprint = ledger.fingerprint(item.document)
        batch["documents"].append({**rows.document_row(item, fingerprint, "benchmark", None), "id": doc_id})
        batch["buckets"] += [{"document_id": doc_id, "bucket": b} for b in dict.fromkeys(fingerprint.buckets)]
        batch["fts_docs"].append((doc_id, item.document.title or "", item.document.text))
        for st in item.statements:
            ids["statement"] += 1
            batch["statements"].append({**rows.statement_row(doc_id, st), "id": ids["statement"]})
            batch["fts_st"].append((ids["statement"], "", st.text))
        for event in item.events:
            ids["event"] += 1
            batch["events"].append({**rows.event_row(doc_id, event), "id": ids["event"]})
            batch["event_places"] += [{"event_id": ids["event"], "position": i, "place_id": p}
                                      for i, p in enumerate(event.places)]
            batch["claims"] += [rows.claim_row(doc_id, ids["event"], i, c) for i, c in enumerate(event.claims)]
        if doc_id % 1000 == 0:
            _flush(ledger, batch)
    _flush(ledger, batch)
    if ledger.backend.name == "postgresql":
        _after_bulk_load(ledger)


def _after_bulk_load(ledger: Ledger) -> None:
    """Ids were given, not drawn: move each id sequence past them (or the next ``add`` collides),
    and gather the planner's statistics, as autovacuum would in time."""
    with ledger.writer.begin() as conn:
        for table in ("documents", "statements", "events", "claims"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT max(id) FROM {table}))"))
    with ledger.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))


def _flush(ledger: Ledger, batch: dict[str, list[Any]]) -> None:
    tables = (("documents", documents), ("buckets", document_buckets), ("statements", statements),
              ("events", events), ("event_places", event_places), ("claims", claims))
    with ledger.writer.begin() as conn:
        for name, table in tables:
            if batch[name]:
                conn.execute(insert(table), batch[name])
        ledger.backend.index_text(conn, "documents", batch["fts_docs"])
        ledger.backend.index_text(conn, "statements", batch["fts_st"])
    for values in batch.values():
        values.clear()


def start_server(db: str, home: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket_port() as port:
        pass
    settings = home / "settings.toml"
    settings.write_text("")
    env = {**os.environ, "FRONTWATCH_SETTINGS": str(settings), "FRONTWATCH_SERVE_TOKEN": TOKEN,
           "FRONTWATCH_SERVE_ASSETS": str(home / "web")}
    log = (home / "serve.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "frontwatch", "serve", "--db", db, "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{base}/api/documents?limit=1", timeout=5)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not start: {(home / 'serve.log').read_text()}")


class socket_port:
    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return int(self.sock.getsockname()[1])

    def __exit__(self, *_: object) -> None:
        self.sock.close()


def timed(client: httpx.Client, method: str, path: str, **kwargs: Any) -> float:
    start = time.perf_counter()
    response = client.request(method, path, **kwargs)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code >= 400:
        raise SystemExit(f"{method} {path}: {response.status_code} {response.text[:300]}")
    return elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def endpoints(rng: random.Random, event_ids: list[str], documents_count: int) -> list[tuple[str, Any]]:
    """(label, a function giving the next path): each request varies its parameters."""
    day = lambda: (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 239))).isoformat()  # noqa: E731
    return [
        ("GET /api/documents", lambda: f"/api/documents?offset={rng.randint(0, 4900)}"),
        ("GET /api/documents?q=", lambda: f"/api/documents?q={rng.choice(WORDS)}"),
        ("GET /api/documents/{id}", lambda: f"/api/documents/{rng.randint(1, documents_count)}"),
        ("GET /api/statements?actor=", lambda: f"/api/statements?actor=actor{rng.randint(0, 39):02d}"),
        ("GET /api/claims", lambda: f"/api/claims?offset={rng.randint(0, 1000)}"),
        ("GET /api/claims (region, stance, since)", lambda: f"/api/claims?region={rng.choice(OBLASTS)[0]}"
                                                            f"&stance=denies&since={day()}"),
        ("GET /api/claims?q=", lambda: f"/api/claims?q={rng.choice(WORDS)}"),
        ("GET /api/claims?offset=90000", lambda: f"/api/claims?offset={rng.randint(90000, 99000)}"),
        ("GET /api/actors", lambda: "/api/actors"),
        ("GET /api/places", lambda: f"/api/places?on={day()}"),
        ("GET /api/places.geojson", lambda: f"/api/places.geojson?on={day()}"),
        ("GET /api/places/{id}/evidence", lambda: f"/api/places/village{rng.randint(0, 399):03d}/evidence"),
        ("GET /api/places/{id}/timeline", lambda: f"/api/places/village{rng.randint(0, 399):03d}/timeline"),
        ("GET /api/events", lambda: f"/api/events?type={rng.choice(TYPES)}&region={rng.choice(OBLASTS)[0]}"),
        ("GET /api/events/{id}", lambda: "/api/events/" + rng.choice(event_ids)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--postgres", help="a PostgreSQL URL (with ?schema=NAME) instead of a SQLite file")
    parser.add_argument("--keep", type=Path, help="build the ledger in this folder and keep it")
    args = parser.parse_args()
    home = args.keep or Path(tempfile.mkdtemp(prefix="fw-api-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    db = args.postgres or str(home / "bench.db")
    rng = random.Random(2025)
    actor_list, place_list = registry(rng)
    settings = load_settings(environ={"FRONTWATCH_HOME": str(home)})
    started = time.perf_counter()
    with open_ledger(db, settings) as ledger:
        if not ledger.counts()["documents"]:
            bulk_store(ledger, (analysis(n, rng, actor_list, place_list) for n in range(args.claims // 20)),
                       actor_list, place_list)
        counts = ledger.counts()
    print(f"ledger: {counts} on {ledger.backend.name}, built in {time.perf_counter() - started:.1f} s")
    process, base = start_server(db, home)
    try:
        run(base, rng, args.requests)
    finally:
        process.terminate()
        process.wait(timeout=10)


def run(base: str, rng: random.Random, repeat: int) -> None:
    with httpx.Client(base_url=base, timeout=600) as client:
        cold = timed(client, "GET", "/api/events?limit=1")
        print(f"first request needing the assessment (built, then cached): {cold / 1000:.1f} s")
        event_ids = [e["id"] for e in client.get("/api/events", params={"limit": 500}).json()["items"]]
        print(f"{'endpoint':44} {'median ms':>10} {'p99 ms':>8}")
        for label, path in endpoints(rng, event_ids, client.get("/api/documents?limit=1").json()["total"]):
            times = [timed(client, "GET", path()) for _ in range(repeat)]
            print(f"{label:44} {statistics.median(times):10.1f} {percentile(times, 0.99):8.1f}", flush=True)
        body = {"text": "Russian forces have captured the village of Vorone in Ukraine's Dnipropetrovsk region "
                        f"({time.time()}), "
                        "Russia's Defence Ministry said on Tuesday.", "published": "2025-09-02", "language": "en"}
        post = timed(client, "POST", "/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        started = time.perf_counter()
        stale = timed(client, "GET", "/api/events?limit=1")  # answered from the previous assessment
        while client.get("/api/status").json()["assessment"].get("stale", True):
            time.sleep(0.1)
        rebuilt = time.perf_counter() - started
        print(f"POST /api/documents (analyse, store): {post:.0f} ms; the next read: {stale:.0f} ms (the previous "
              f"assessment); the new assessment, built in the background, served after {rebuilt:.1f} s")


if __name__ == "__main__":
    main()
