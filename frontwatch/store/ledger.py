"""``Ledger``: the one storage interface, over SQLite or PostgreSQL.

    ledger = open_ledger("ledger.db")   # or "postgresql://user@host/db?schema=name"
    result = ledger.add(analysis)       # one transaction: all of it or nothing
    for stored in ledger.stored_analyses(): ...

``add`` is atomic and idempotent: a document whose content hash is stored already is not
written again (``duplicate``), and since each document is one transaction, a run killed at any
moment leaves whole documents only; running it again stores the rest. A near-copy of a stored
story (syndicated wire copy) is stored and linked to the first copy (``syndicated``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..models import Actor, Analysis, Document, Event, Place, Statement
from ..settings import Settings, load_settings
from . import rows
from .backends import WRITE_OPTION, backend_for
from .fingerprint import Fingerprint, fingerprint, similarity, unpack
from .location import Location, resolve_location
from .migrations import migrate
from .records import AddResult, StatementHit, StoredAnalysis, StoredDocument
from .schema import actors, claims, document_buckets, documents, event_places, events, places, statements

_CHUNK = 500  # ids per IN (...) list: well under both back ends' parameter limits


def open_ledger(db: str | None = None, settings: Settings | None = None) -> "Ledger":
    """Open (creating and migrating as needed) the ledger at ``db``, or where the settings say."""
    settings = settings or load_settings()
    return Ledger(resolve_location(db, settings), settings)


class Ledger:
    def __init__(self, location: Location, settings: Settings):
        self.location = location
        self.settings = settings
        self.backend = backend_for(location, settings.store.busy_timeout)
        # Actor and place ids known to be stored: the first analysis to mention one records it,
        # so later ones need not even ask (two statements fewer per document).
        self._registered: set[tuple[str, str]] = set()
        try:
            self.engine: Engine = self.backend.engine(location)
            self.writer = self.engine.execution_options(**{WRITE_OPTION: True})
            with self.writer.begin() as conn:
                migrate(conn, self.backend)
        except SQLAlchemyError as err:
            raise StoreError(f"{location}: cannot open the ledger ({_reason(err)})") from None

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -----------------------------------------------------------------------------

    def fingerprint(self, document: Document) -> Fingerprint:
        ingest = self.settings.ingest
        return fingerprint(document.text, document.url, ingest.minhash_size, ingest.minhash_bands, ingest.shingle_words)

    def find(self, content_hash: str) -> int | None:
        """The id of the stored document with this content hash, if any."""
        with self._connect() as conn:
            return conn.scalar(select(documents.c.id).where(documents.c.content_hash == content_hash))

    def add(self, analysis: Analysis, *, origin: str | None = None,
            fingerprint: Fingerprint | None = None) -> AddResult:
        """Store a document (``analysis.document``, with its text) and its analysis in one transaction,
        unless it is stored already. ``origin`` records where it was read from."""
        document = analysis.document
        fp = fingerprint or self.fingerprint(document)
        try:
            with self._connect(writes=True) as conn:
                existing = conn.scalar(select(documents.c.id).where(documents.c.content_hash == fp.content_hash))
                if existing is not None:
                    return AddResult("duplicate", existing)
                original = self._original_of(conn, fp)
                registered = self._register(conn, analysis)
                document_id = self._write(conn, analysis, fp, origin, original)
            self._registered |= registered  # only once committed
        except IntegrityError:
            # Another process stored the same document between our check and our insert.
            existing = self.find(fp.content_hash)
            if existing is None:
                raise StoreError(f"{origin or document.id}: the analysis could not be stored "
                                 "(duplicate statement or event ids in one analysis)") from None
            return AddResult("duplicate", existing)
        if original:
            return AddResult("syndicated", document_id, *original)
        return AddResult("stored", document_id)

    def _connect(self, writes: bool = False) -> AbstractContextManager[Connection]:
        return _transaction(self.writer if writes else self.engine, str(self.location))

    def _original_of(self, conn: Connection, fp: Fingerprint) -> tuple[int, float] | None:
        """The first stored copy of the story this document belongs to, with the similarity."""
        if not fp.buckets:
            return None
        shared = func.count().label("shared")
        candidates = select(document_buckets.c.document_id).where(document_buckets.c.bucket.in_(fp.buckets)) \
            .group_by(document_buckets.c.document_id).order_by(shared.desc(), document_buckets.c.document_id).limit(10)
        threshold = self.settings.ingest.syndication_threshold
        best: tuple[int, float] | None = None
        for doc_id, signature, root in conn.execute(
                select(documents.c.id, documents.c.signature, documents.c.syndicated_of)
                .where(documents.c.id.in_(candidates.scalar_subquery())).order_by(documents.c.id)):
            score = similarity(fp.signature, unpack(signature))
            if score >= threshold and (best is None or score > best[1]):
                best = (root or doc_id, round(score, 3))
        return best

    def _write(self, conn: Connection, analysis: Analysis, fp: Fingerprint, origin: str | None,
               original: tuple[int, float] | None) -> int:
        document = analysis.document
        doc_id = conn.execute(documents.insert().returning(documents.c.id),
                              rows.document_row(analysis, fp, origin, original)).scalar_one()
        if fp.buckets:
            conn.execute(document_buckets.insert(),
                         [{"document_id": doc_id, "bucket": b} for b in dict.fromkeys(fp.buckets)])
        statement_ids = self._insert_returning(conn, statements, [rows.statement_row(doc_id, s)
                                                                  for s in analysis.statements])
        event_ids = self._insert_returning(conn, events, [rows.event_row(doc_id, e) for e in analysis.events])
        stored_events = list(zip(event_ids, analysis.events, strict=True))
        place_rows = [{"event_id": eid, "position": i, "place_id": p}
                      for eid, event in stored_events for i, p in enumerate(event.places)]
        claim_rows = [rows.claim_row(doc_id, eid, i, c) for eid, event in stored_events for i, c in enumerate(event.claims)]
        for table, values in ((event_places, place_rows), (claims, claim_rows)):
            if values:
                conn.execute(table.insert(), values)
        self.backend.index_text(conn, "documents", [(doc_id, document.title or "", document.text)])
        self.backend.index_text(conn, "statements",
                                [(i, "", s.text) for i, s in zip(statement_ids, analysis.statements, strict=True)])
        return doc_id

    def _register(self, conn: Connection, analysis: Analysis) -> set[tuple[str, str]]:
        """Store the analysis's actors and places not stored yet (a concurrent writer's are kept)."""
        new_actors = [a for a in analysis.actors if ("actors", a.id) not in self._registered]
        new_places = [p for p in analysis.places if ("places", p.id) not in self._registered]
        if new_actors:
            conn.execute(self.backend.insert_ignoring_duplicates(actors), [rows.actor_row(a) for a in new_actors])
        if new_places:
            conn.execute(self.backend.insert_ignoring_duplicates(places), [rows.place_row(p) for p in new_places])
        return {("actors", a.id) for a in new_actors} | {("places", p.id) for p in new_places}

    @staticmethod
    def _insert_returning(conn: Connection, table: Any, values: list[dict[str, Any]]) -> list[int]:
        if not values:
            return []
        result = conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), values)
        return list(result.scalars())

    # -- reading -----------------------------------------------------------------------------

    def documents(self, ids: Sequence[int] | None = None) -> list[StoredDocument]:
        query = select(*[c for c in documents.c if c.name not in ("body", "actors", "places", "extra", "signature")]
                       ).order_by(documents.c.id)
        with self._connect() as conn:
            if ids is None:
                return [rows.stored_document(r._asdict()) for r in conn.execute(query)]
            found = []
            for chunk in _chunks(list(ids)):
                selected = conn.execute(query.where(documents.c.id.in_(chunk)))
                found += [rows.stored_document(r._asdict()) for r in selected]
            return sorted(found, key=lambda d: d.id)

    def actors(self) -> dict[str, Actor]:
        with self._connect() as conn:
            return {r.id: rows.registry_from_row(Actor, r._asdict()) for r in conn.execute(select(actors))}  # type: ignore[misc]

    def places(self) -> dict[str, Place]:
        with self._connect() as conn:
            return {r.id: rows.registry_from_row(Place, r._asdict()) for r in conn.execute(select(places))}  # type: ignore[misc]

    def stored_analyses(self, ids: Sequence[int] | None = None) -> Iterator[StoredAnalysis]:
        """Every stored document (or those of ``ids``) with its analysis, in ingestion order."""
        all_actors, all_places = self.actors(), self.places()
        doc_ids = list(ids) if ids is not None else self._all_ids()
        for chunk in _chunks(doc_ids):
            with self._connect() as conn:
                yield from _load_chunk(conn, chunk, all_actors, all_places)

    def _all_ids(self) -> list[int]:
        with self._connect() as conn:
            return list(conn.scalars(select(documents.c.id).order_by(documents.c.id)))

    def search_documents(self, query: str, limit: int = 20) -> list[StoredDocument]:
        """Documents whose title or body has every word of ``query`` (``word*``: a prefix), best first."""
        with self._connect() as conn:
            ids = self.backend.search(conn, "documents", query, limit)
        by_id = {d.id: d for d in self.documents(ids)}
        return [by_id[i] for i in ids if i in by_id]

    def search_statements(self, query: str, limit: int = 20) -> list[StatementHit]:
        with self._connect() as conn:
            ids = self.backend.search(conn, "statements", query, limit)
            found = {r.id: r._asdict() for r in conn.execute(select(statements).where(statements.c.id.in_(ids)))}
        docs = {d.id: d for d in self.documents(sorted({r["document_id"] for r in found.values()}))}
        return [StatementHit(docs[found[i]["document_id"]], rows.statement_from_row(found[i]))
                for i in ids if i in found]

    def counts(self) -> dict[str, int]:
        with self._connect() as conn:
            counts = {t.name: conn.scalar(select(func.count()).select_from(t)) or 0
                      for t in (documents, statements, events, claims, actors, places)}
            counts["syndicated"] = conn.scalar(select(func.count()).where(documents.c.syndicated_of.is_not(None))) or 0
        return counts


def _load_chunk(conn: Connection, ids: list[int], all_actors: dict[str, Actor],
                all_places: dict[str, Place]) -> Iterator[StoredAnalysis]:
    """The stored analyses of some documents: six queries for the lot, not six per document."""
    doc_rows = [r._asdict() for r in conn.execute(select(documents).where(documents.c.id.in_(ids))
                                                  .order_by(documents.c.id))]
    statements_of: dict[int, list[Statement]] = defaultdict(list)
    for r in conn.execute(select(statements).where(statements.c.document_id.in_(ids)).order_by(statements.c.id)):
        statements_of[r.document_id].append(rows.statement_from_row(r._asdict()))
    event_rows = [r._asdict() for r in conn.execute(select(events).where(events.c.document_id.in_(ids))
                                                    .order_by(events.c.id))]
    places_of: dict[int, list[str]] = defaultdict(list)
    claims_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks([e["id"] for e in event_rows]):
        for r in conn.execute(select(event_places).where(event_places.c.event_id.in_(chunk))
                              .order_by(event_places.c.event_id, event_places.c.position)):
            places_of[r.event_id].append(r.place_id)
        for r in conn.execute(select(claims).where(claims.c.event_id.in_(chunk))
                              .order_by(claims.c.event_id, claims.c.position)):
            claims_of[r.event_id].append(r._asdict())
    events_of: dict[int, list[Event]] = defaultdict(list)
    for e in event_rows:
        events_of[e["document_id"]].append(rows.event_from_rows(e, places_of[e["id"]], claims_of[e["id"]]))
    for d in doc_rows:
        analysis = rows.analysis_from_rows(d, statements_of[d["id"]], events_of[d["id"]], all_actors, all_places)
        yield StoredAnalysis(rows.stored_document(d), analysis)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _reason(err: SQLAlchemyError) -> str:
    original = getattr(err, "orig", None)
    text = str(original or err).strip().splitlines()
    return text[0] if text else type(err).__name__


@contextmanager
def _transaction(engine: Engine, where: str) -> Iterator[Connection]:
    """A connection in a transaction (committed on success); database failures become StoreError.
    IntegrityError passes through: ``add`` reads it as "someone stored this first"."""
    try:
        with engine.begin() as conn:
            yield conn
    except IntegrityError:
        raise
    except SQLAlchemyError as err:
        raise StoreError(f"{where}: {_reason(err)}") from None
