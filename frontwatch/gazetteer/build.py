"""Building a gazetteer: stage source rows, then compile them into places and keys.

``import_files`` reads the publishers' own files (format told by content);
``build_default`` reads the data shipped by installed packages (offline). Both
stage the rows in the database and recompile everything from all staged rows,
because where a village is depends on every source at once.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .compile import COMPILER_VERSION, Sources, compile_places
from .errors import GazetteerError
from .records import Admin1Row, GeonameRow, KatotthRow, PostalRow
from .regions import RegionTable, region_table
from .sources.detect import SourceRecord, detect, read_records
from .sources.packaged import packaged_sources
from .store import (SCHEMA_VERSION, clear_staged, connect, create_schema, read_meta, stage_lines, staged_lines,
                    write_meta, write_places)

__all__ = ["BuildReport", "default_path", "import_files", "build_default", "rebuild", "recompile", "is_current"]

R = TypeVar("R", GeonameRow, PostalRow, KatotthRow, Admin1Row)
_RECORD_TYPES: dict[str, type] = {"geonames": GeonameRow, "postal": PostalRow, "katotth": KatotthRow,
                                  "admin1": Admin1Row}
# A codifier is a snapshot: a new one replaces the old one whole (abolished units go).
_SNAPSHOT_KINDS = {"katotth"}


@dataclass
class BuildReport:
    path: Path
    sources: list[tuple[str, str, int]] = field(default_factory=list)  # (label, kind, rows)
    places: int = 0
    seconds: float = 0.0


def default_path() -> Path:
    """``$FRONTWATCH_HOME/gazetteer.sqlite``, else ``~/.frontwatch/gazetteer.sqlite``."""
    home = os.environ.get("FRONTWATCH_HOME")
    return (Path(home) if home else Path.home() / ".frontwatch") / "gazetteer.sqlite"


def import_files(paths: Iterable[Path], db: Path | None = None) -> BuildReport:
    """Add the files to the gazetteer at ``db`` (created if missing) and recompile it."""
    started = time.perf_counter()
    path = db or default_path()
    tables = [table for p in paths for table in detect(Path(p))]  # fail before writing anything
    report = BuildReport(path)
    with _open_for_writing(path) as conn:
        for table in tables:
            if table.kind in _SNAPSHOT_KINDS:
                clear_staged(conn, table.kind)
            rows = stage_lines(conn, table.kind, table.label, _keyed(read_records(table)))
            report.sources.append((table.label, table.kind, rows))
        report.places = rebuild(conn)
    report.seconds = time.perf_counter() - started
    return report


def recompile(db: Path | None = None) -> BuildReport:
    """Compile the rows already staged in ``db`` again, with this version's rules."""
    started = time.perf_counter()
    path = db or default_path()
    if not path.exists():
        raise GazetteerError(f"{path}: no such gazetteer")
    report = BuildReport(path)
    with _open_for_writing(path) as conn:
        report.places = rebuild(conn)
    report.seconds = time.perf_counter() - started
    return report


def is_current(path: Path) -> bool:
    """Whether ``path`` exists and was built with this version's schema and rules."""
    if not path.exists():
        return False
    try:
        conn = connect(path, writable=False)
    except GazetteerError:
        return False
    try:
        meta = read_meta(conn) if _has_meta(conn) else {}
    except GazetteerError:
        meta = {}
    finally:
        conn.close()
    return meta.get("schema") == SCHEMA_VERSION and meta.get("compiler") == COMPILER_VERSION


def build_default(db: Path | None = None) -> BuildReport:
    """Build the embedded default from installed packages, replacing ``db`` atomically."""
    started = time.perf_counter()
    path = db or default_path()
    sources = packaged_sources()
    report = BuildReport(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")  # two processes may build at once
    tmp.unlink(missing_ok=True)
    try:
        with _open_for_writing(tmp) as conn:
            for source in sources:
                rows = stage_lines(conn, source.kind, source.label, _keyed(source.records()))
                report.sources.append((source.label, source.kind, rows))
            write_meta(conn, {"default_sources": json.dumps([(s.package, s.label, s.licence) for s in sources])})
            report.places = rebuild(conn)
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    finally:
        tmp.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report


@contextlib.contextmanager
def _open_for_writing(path: Path) -> Iterator[sqlite3.Connection]:
    """A writable connection with the schema, committed on success, rolled back on error."""
    conn = connect(path, writable=True)
    try:
        schema = read_meta(conn).get("schema") if _has_meta(conn) else None
        if schema not in (None, SCHEMA_VERSION):
            raise GazetteerError(f"{path}: gazetteer schema {schema} is not {SCHEMA_VERSION}; build a new file")
        create_schema(conn)
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()


def _has_meta(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None


def rebuild(conn: sqlite3.Connection, regions: RegionTable | None = None) -> int:
    """Compile every staged row into the place tables; return the number of places."""
    regions = regions or region_table()
    sources = Sources(geonames=list(_unstaged(conn, GeonameRow)), postal=list(_unstaged(conn, PostalRow)),
                      katotth=list(_unstaged(conn, KatotthRow)), admin1=list(_unstaged(conn, Admin1Row)))
    drafts = compile_places(sources, regions)
    admin1_names = {r.key: r.name for r in regions.regions}
    for row in sources.admin1:
        admin1_names.setdefault((row.country, row.code), row.name)
    count = write_places(conn, drafts, regions, admin1_names)
    write_meta(conn, {"built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                      "places": str(count), "compiler": COMPILER_VERSION})
    return count


def _keyed(records: Iterable[SourceRecord]) -> Iterator[tuple[str, str]]:
    """(dedup key, JSON line) for staging; the key makes a re-import replace, not duplicate."""
    for record in records:
        yield _record_key(record), json.dumps(dataclasses.astuple(record), ensure_ascii=False)


def _record_key(record: SourceRecord) -> str:
    if isinstance(record, GeonameRow):
        return str(record.geonameid)
    if isinstance(record, PostalRow):
        return f"{record.country}|{record.postal_code}|{record.place_name}"
    if isinstance(record, KatotthRow):
        return "|".join((record.oblast, record.raion, record.hromada, record.settlement, record.district,
                         record.category))
    return f"{record.country}.{record.code}"


def _unstaged(conn: sqlite3.Connection, record_type: type[R]) -> Iterator[R]:
    kind = next(k for k, t in _RECORD_TYPES.items() if t is record_type)
    for line in staged_lines(conn, kind):
        values = json.loads(line)
        if record_type is GeonameRow:
            values[3] = tuple(values[3])  # JSON has no tuples: the alternate names
        yield record_type(*values)
