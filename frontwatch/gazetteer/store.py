"""The gazetteer file: one SQLite database.

Two halves. ``staged`` keeps every imported source row as its original line, so
that importing one more file recompiles everything from all the sources (joins
depend on all of them). The compiled half is what lookups read: ``place``, the
exact keys in ``name_key`` and the consonant frames in ``skeleton`` (each with the
coarse spelling it came from, for the similarity check), all indexed,
so opening the file costs nothing and a lookup is a few index probes.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .compile import importance, place_id
from .drafts import PlaceDraft
from .errors import GazetteerError
from .regions import RegionTable

__all__ = ["SCHEMA_VERSION", "connect", "create_schema", "stage_lines", "staged_lines", "write_places",
           "read_meta", "write_meta", "clear_staged"]

SCHEMA_VERSION = "2"  # the tables; bump when a column or table changes

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS staged (kind TEXT NOT NULL, key TEXT NOT NULL, line TEXT NOT NULL,
                                   PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS source_file (label TEXT NOT NULL, kind TEXT NOT NULL, rows INTEGER NOT NULL,
                                        imported TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY, place_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, name TEXT NOT NULL,
    name_local TEXT, country TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, hromada TEXT,
    admin2_old TEXT, lat REAL, lon REAL, population INTEGER, geonames_id INTEGER, katotth TEXT,
    raion_code TEXT, hromada_code TEXT, feature_code TEXT, precision TEXT, importance REAL NOT NULL,
    sources TEXT NOT NULL, note TEXT, aliases TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS name_key (key TEXT NOT NULL, place INTEGER NOT NULL, weight REAL NOT NULL,
                                     needs_cue INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS skeleton (frame TEXT NOT NULL, place INTEGER NOT NULL, spelling TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS name_key_key ON name_key (key);
CREATE INDEX IF NOT EXISTS skeleton_frame ON skeleton (frame);
CREATE INDEX IF NOT EXISTS skeleton_place ON skeleton (place);
CREATE INDEX IF NOT EXISTS place_admin ON place (country, admin1_code, kind);
"""


def connect(path: Path, *, writable: bool) -> sqlite3.Connection:
    """Open the file; a read-only connection cannot create a missing file by accident."""
    try:
        if writable:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path)
        else:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, OSError) as err:
        raise GazetteerError(f"{path}: cannot open the gazetteer ({err})") from None
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    write_meta(conn, {"schema": SCHEMA_VERSION})


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError as err:
        raise GazetteerError(f"not a frontwatch gazetteer ({err})") from None


def write_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())


def clear_staged(conn: sqlite3.Connection, kind: str) -> None:
    conn.execute("DELETE FROM staged WHERE kind = ?", (kind,))


def stage_lines(conn: sqlite3.Connection, kind: str, label: str, rows: Iterable[tuple[str, str]]) -> int:
    """Store (key, original line) pairs; a row with the same key replaces the older one."""
    count = 0

    def counted() -> Iterator[tuple[str, str, str]]:
        nonlocal count
        for key, line in rows:
            count += 1
            yield kind, key, line

    conn.executemany("INSERT OR REPLACE INTO staged (kind, key, line) VALUES (?, ?, ?)", counted())
    conn.execute("INSERT INTO source_file (label, kind, rows, imported) VALUES (?, ?, ?, ?)",
                 (label, kind, count, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    return count


def staged_lines(conn: sqlite3.Connection, kind: str) -> Iterator[str]:
    for (line,) in conn.execute("SELECT line FROM staged WHERE kind = ? ORDER BY key", (kind,)):
        yield line


def write_places(conn: sqlite3.Connection, drafts: list[PlaceDraft], regions: RegionTable,
                 admin1_names: dict[tuple[str, str], str]) -> int:
    """Replace the compiled half with these drafts; return the number of places."""
    for table in ("place", "name_key", "skeleton"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    # execute(), not executescript(): the latter commits, and a rebuild must be all or nothing.
    for index in ("name_key_key", "skeleton_frame", "skeleton_place"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    places: list[tuple[object, ...]] = []
    keys: list[tuple[str, int, float, int]] = []
    frames: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for draft in drafts:
        pid = place_id(draft)
        if pid in seen:
            continue
        seen.add(pid)
        rowid = len(places) + 1
        places.append(_place_row(rowid, pid, draft, admin1_names))
        keys += [(key, rowid, weight, int(cue)) for key, weight, cue in draft.key_rows()]
        frames += [(frame, rowid, spelling) for frame, spelling in draft.skeletons()]
    conn.executemany(f"INSERT INTO place VALUES ({','.join('?' * len(places[0]))})", places)
    conn.executemany("INSERT INTO name_key VALUES (?,?,?,?)", keys)
    conn.executemany("INSERT INTO skeleton VALUES (?,?,?)", frames)
    for statement in filter(str.strip, _INDEXES.split(";")):
        conn.execute(statement)
    return len(places)


def _place_row(rowid: int, pid: str, d: PlaceDraft, admin1_names: dict[tuple[str, str], str]) -> tuple[object, ...]:
    admin1 = admin1_names.get((d.country or "", d.admin1_code or "")) if d.kind != "country" else None
    return (rowid, pid, d.kind, d.name, d.name_local, d.country, d.admin1_code, admin1, d.admin2,
            d.hromada_name, d.admin2_old, d.lat, d.lon, d.population, d.geonames_id, d.katotth, d.raion,
            d.hromada, d.feature_code, _precision(d), importance(d), ",".join(sorted(d.sources)), d.note,
            json.dumps(d.aliases(), ensure_ascii=False))


def _precision(d: PlaceDraft) -> str | None:
    """point: the place's own coordinates; hromada: its municipality's (an estimate);
    area: the representative point of a region or district."""
    if not d.has_coordinates:
        return None
    if d.precision:
        return d.precision
    return "area" if d.kind in ("country", "admin1", "admin2") else "point"
