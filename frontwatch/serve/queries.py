"""Listings the store does not offer, straight from the ledger's tables: documents, statements and
claims, filtered and paged in SQL. The same SQLAlchemy Core runs on SQLite and PostgreSQL.

Each listing runs in two steps, so a page costs little however large the ledger:

1. the ids of the page (and the total), from the listed table joined only to what its filters
   need, each filter written to use one of the store's indexes (``IN (SELECT ... WHERE indexed
   column = ...)`` rather than a correlated ``EXISTS``);
2. the details of those ids (at most a page), with every join.

Order: documents by publication day; statements and claims as stored (``newest``: the most
recently stored first), which their primary key gives for free. Text search (``q``) goes through
the ledger's full-text index (``Ledger.backend.search``): the best ``SEARCH_HITS`` matches are kept,
then the other filters apply.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, Table, and_, case, func, literal, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, FromClause

from ..models import Place
from ..store import Ledger
from ..store.schema import actors, claims, documents, event_places, events, statements
from .filters import Filters, Listing, Page, places_in_region

SEARCH_HITS = 10_000
_DOCUMENT_COLUMNS = (documents.c.id, documents.c.name, documents.c.title, documents.c.source, documents.c.published,
                     documents.c.language, documents.c.url, documents.c.syndicated_of, documents.c.similarity)
_DOC_REF = [c.label(f"doc_{c.name}") for c in _DOCUMENT_COLUMNS[:5]]


def ledger_version(ledger: Ledger) -> tuple[int, int]:
    """(how many documents, the highest id): changes with every document stored (none is ever
    edited or deleted in place), so it keys whatever is derived from the whole ledger."""
    with ledger.engine.connect() as conn:
        count, highest = conn.execute(select(func.count(), func.max(documents.c.id))).one()
    return int(count or 0), int(highest or 0)


@dataclass
class Selection:
    """The rows a listing's filters select: a table, the joins the filters need, the conditions."""

    table: Table
    joins: list[tuple[Table, ColumnElement[bool], bool]] = field(default_factory=list)
    conditions: list[ColumnElement[bool]] = field(default_factory=list)

    def join(self, table: Table, on: ColumnElement[bool], outer: bool = False) -> None:
        if all(t is not table for t, _, _ in self.joins):
            self.joins.append((table, on, outer))

    def source(self) -> FromClause:
        joined: FromClause = self.table
        for table, on, outer in self.joins:
            joined = joined.join(table, on, isouter=outer)
        return joined

    def page(self, conn: Connection, order: list[Any], page: Page) -> tuple[list[int], int]:
        where = and_(True, *self.conditions)
        key = self.table.c.id
        ids = list(conn.scalars(select(key).select_from(self.source()).where(where).order_by(*order)
                                .limit(page.limit).offset(page.offset)))
        total = conn.scalar(select(func.count(key)).select_from(self.source()).where(where)) or 0
        return ids, int(total)


def _in_period(column: Any, filters: Filters) -> list[ColumnElement[bool]]:
    """ISO dates of any precision against the period: a month is in it if any of its days is."""
    conditions: list[ColumnElement[bool]] = []
    if filters.since:
        conditions.append(column >= func.substr(literal(filters.since, String), 1, func.length(column)))
    if filters.until:
        conditions.append(func.substr(column, 1, 10) <= filters.until)
    return conditions


def _search(ledger: Ledger, conn: Connection, kind: str, query: str) -> list[int]:
    return ledger.backend.search(conn, kind, query, SEARCH_HITS)


def _by_stored_order(column: Any, filters: Filters) -> list[Any]:
    return [column.asc() if filters.order == "oldest" else column.desc()]


def _wanted_places(filters: Filters, ledger_places: dict[str, Place]) -> list[str] | None:
    """The place ids a region or place filter allows; None when neither is given."""
    if not filters.region and not filters.place:
        return None
    wanted = places_in_region(ledger_places.values(), filters.region) if filters.region else None
    if filters.place:
        wanted = {filters.place} if wanted is None else wanted & {filters.place}
    return sorted(wanted or ())


def _events_at(place_ids: Sequence[str]) -> Any:
    return select(event_places.c.event_id).where(event_places.c.place_id.in_(place_ids))


def _documents_with_events_at(place_ids: Sequence[str]) -> Any:
    return select(events.c.document_id).where(events.c.id.in_(_events_at(place_ids)))


def _in_documents(column: Any, filters: Filters, selection: Selection) -> None:
    """Filters on the document a statement or claim is in."""
    if filters.document is not None:
        selection.conditions.append(column == filters.document)
    if filters.source:
        selection.join(documents, documents.c.id == column)
        selection.conditions.append(func.lower(documents.c.source) == filters.source.lower())
    if filters.language:
        selection.join(documents, documents.c.id == column)
        selection.conditions.append(documents.c.language == filters.language)


def document_ref(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {"id": row[f"{prefix}id"], "name": row[f"{prefix}name"], "title": row[f"{prefix}title"],
            "source": row[f"{prefix}source"], "published": row[f"{prefix}published"]}


def _ordered(rows: Iterable[Any], ids: list[int]) -> list[dict[str, Any]]:
    by_id = {r.id: r._asdict() for r in rows}
    return [by_id[i] for i in ids if i in by_id]


# -- documents ---------------------------------------------------------------------------------

def _document_selection(ledger: Ledger, conn: Connection, filters: Filters,
                        ledger_places: dict[str, Place]) -> Selection:
    selection = Selection(documents, conditions=_in_period(documents.c.published, filters))
    conditions = selection.conditions
    if filters.q:
        conditions.append(documents.c.id.in_(_search(ledger, conn, "documents", filters.q)))
    if filters.source:
        conditions.append(func.lower(documents.c.source) == filters.source.lower())
    if filters.language:
        conditions.append(documents.c.language == filters.language)
    if filters.actor:
        conditions.append(or_(
            documents.c.id.in_(select(statements.c.document_id).where(statements.c.speaker == filters.actor)),
            documents.c.id.in_(select(claims.c.document_id).where(claims.c.source == filters.actor))))
    wanted = _wanted_places(filters, ledger_places)
    if wanted is not None:
        conditions.append(documents.c.id.in_(_documents_with_events_at(wanted)))
    if filters.type:
        conditions.append(documents.c.id.in_(select(events.c.document_id).where(events.c.type == filters.type)))
    return selection


def list_documents(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    published = documents.c.published
    order = [published.asc().nulls_last(), documents.c.id.asc()] if filters.order == "oldest" else \
        [published.desc().nulls_last(), documents.c.id.desc()]
    with ledger.engine.connect() as conn:
        ids, total = _document_selection(ledger, conn, filters, ledger_places).page(conn, order, page)
        rows = _ordered(conn.execute(select(*_DOCUMENT_COLUMNS).where(documents.c.id.in_(ids))), ids)
        counts = _document_counts(conn, ids)
    return Listing([{**r, "counts": counts.get(r["id"], {"statements": 0, "events": 0, "claims": 0})} for r in rows],
                   total, page)


def _document_counts(conn: Connection, ids: list[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {i: {"statements": 0, "events": 0, "claims": 0} for i in ids}
    if not ids:
        return counts
    queries = {
        "statements": select(statements.c.document_id, func.count()).where(statements.c.document_id.in_(ids))
        .group_by(statements.c.document_id),
        "events": select(events.c.document_id, func.count()).where(events.c.document_id.in_(ids))
        .group_by(events.c.document_id),
        # Through events: claims are indexed by event, not by document.
        "claims": select(events.c.document_id, func.count()).join(claims, claims.c.event_id == events.c.id)
        .where(events.c.document_id.in_(ids)).group_by(events.c.document_id),
    }
    for name, query in queries.items():
        for doc_id, n in conn.execute(query):
            counts[doc_id][name] = int(n)
    return counts


# -- statements --------------------------------------------------------------------------------

def _statement_selection(ledger: Ledger, conn: Connection, filters: Filters,
                         ledger_places: dict[str, Place]) -> Selection:
    selection = Selection(statements)
    if filters.since or filters.until:
        selection.join(documents, documents.c.id == statements.c.document_id)
        selection.conditions += _in_period(func.coalesce(statements.c.date, documents.c.published), filters)
    if filters.q:
        selection.conditions.append(statements.c.id.in_(_search(ledger, conn, "statements", filters.q)))
    if filters.actor:
        selection.conditions.append(statements.c.speaker == filters.actor)
    if filters.kind:
        selection.conditions.append(statements.c.kind == filters.kind)
    wanted = _wanted_places(filters, ledger_places)
    if wanted is not None:
        selection.conditions.append(statements.c.document_id.in_(_documents_with_events_at(wanted)))
    _in_documents(statements.c.document_id, filters, selection)
    return selection


def list_statements(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    with ledger.engine.connect() as conn:
        selection = _statement_selection(ledger, conn, filters, ledger_places)
        ids, total = selection.page(conn, _by_stored_order(statements.c.id, filters), page)
        query = select(statements, actors.c.name.label("speaker_name"), *_DOC_REF) \
            .join(documents, documents.c.id == statements.c.document_id) \
            .outerjoin(actors, actors.c.id == statements.c.speaker).where(statements.c.id.in_(ids))
        rows = _ordered(conn.execute(query), ids)
    return Listing([_statement_item(r) for r in rows], total, page)


def _statement_item(row: dict[str, Any]) -> dict[str, Any]:
    speaker = {"id": row["speaker"], "name": row["speaker_name"]}
    return {"id": row["id"], "local_id": row["local_id"], "speaker": speaker,
            "kind": row["kind"], "text": row["text"], "cue": row["cue"], "channel": row["channel"], "date": row["date"],
            "start": row["start_offset"], "end": row["end_offset"], "document": document_ref(row, "doc_")}


# -- claims ------------------------------------------------------------------------------------

def _said_on() -> Any:
    """The day a claim was made: its statement's date when that is a day, else the publication day
    (as ``assess.evidence`` has it), so the API and the assessment agree."""
    return case((func.length(statements.c.date) == 10, statements.c.date), else_=documents.c.published)


def _claim_statement() -> ColumnElement[bool]:
    return and_(statements.c.document_id == claims.c.document_id, statements.c.local_id == claims.c.statement)


def _claim_selection(ledger: Ledger, conn: Connection, filters: Filters, ledger_places: dict[str, Place]) -> Selection:
    selection = Selection(claims)
    if filters.since or filters.until:
        selection.join(documents, documents.c.id == claims.c.document_id)
        selection.join(statements, _claim_statement(), outer=True)
        selection.conditions += _in_period(_said_on(), filters)
    if filters.q:
        selection.join(statements, _claim_statement(), outer=True)
        selection.conditions.append(statements.c.id.in_(_search(ledger, conn, "statements", filters.q)))
    if filters.actor:
        selection.conditions.append(claims.c.source == filters.actor)
    if filters.stance:
        selection.conditions.append(claims.c.stance == filters.stance)
    if filters.type:
        selection.conditions.append(claims.c.event_id.in_(select(events.c.id).where(events.c.type == filters.type)))
    wanted = _wanted_places(filters, ledger_places)
    if wanted is not None:
        selection.conditions.append(claims.c.event_id.in_(_events_at(wanted)))
    _in_documents(claims.c.document_id, filters, selection)
    return selection


def list_claims(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    with ledger.engine.connect() as conn:
        selection = _claim_selection(ledger, conn, filters, ledger_places)
        ids, total = selection.page(conn, _by_stored_order(claims.c.id, filters), page)
        query = select(claims.c.id, claims.c.stance, claims.c.source, actors.c.name.label("source_name"),
                       actors.c.side.label("source_side"), actors.c.kind.label("source_kind"), claims.c.via,
                       _said_on().label("said_on"), claims.c.statement, statements.c.text.label("quote"),
                       events.c.id.label("event_id"), events.c.local_id.label("event_local_id"), events.c.type,
                       events.c.date.label("event_date"), *_DOC_REF) \
            .join(events, events.c.id == claims.c.event_id) \
            .join(documents, documents.c.id == claims.c.document_id) \
            .outerjoin(statements, _claim_statement()) \
            .outerjoin(actors, actors.c.id == claims.c.source).where(claims.c.id.in_(ids))
        rows = _ordered(conn.execute(query), ids)
        names = _actor_names(conn, {a for r in rows for a in r["via"] or []})
        event_place_ids = _event_places(conn, [r["event_id"] for r in rows])
    return Listing([_claim_item(r, names, event_place_ids, ledger_places) for r in rows], total, page)


def _actor_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(ids)
    if not wanted:
        return {}
    return {r.id: r.name for r in conn.execute(select(actors.c.id, actors.c.name).where(actors.c.id.in_(wanted)))}


def _event_places(conn: Connection, event_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if event_ids:
        for r in conn.execute(select(event_places).where(event_places.c.event_id.in_(sorted(set(event_ids))))
                              .order_by(event_places.c.event_id, event_places.c.position)):
            found.setdefault(r.event_id, []).append(r.place_id)
    return found


def _claim_item(row: dict[str, Any], names: dict[str, str], event_place_ids: dict[int, list[str]],
                ledger_places: dict[str, Place]) -> dict[str, Any]:
    place_refs = [{"id": p, "name": ledger_places[p].name if p in ledger_places else p}
                  for p in event_place_ids.get(row["event_id"], [])]
    return {"id": row["id"], "stance": row["stance"],
            "source": {"id": row["source"], "name": row["source_name"] or row["source"], "side": row["source_side"],
                       "kind": row["source_kind"]},
            "via": [{"id": v, "name": names.get(v, v)} for v in row["via"] or []], "said_on": row["said_on"],
            "statement": {"id": row["statement"], "text": row["quote"]} if row["statement"] else None,
            "event": {"id": row["event_id"], "local_id": row["event_local_id"], "type": row["type"],
                      "date": row["event_date"], "places": place_refs},
            "document": document_ref(row, "doc_")}


def actor_counts(ledger: Ledger) -> dict[str, dict[str, int]]:
    """How many statements each actor made and how many claims it vouches for."""
    counts: dict[str, dict[str, int]] = {}
    with ledger.engine.connect() as conn:
        for name, column in (("statements", statements.c.speaker), ("claims", claims.c.source)):
            for actor_id, n in conn.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)):
                counts.setdefault(actor_id, {"statements": 0, "claims": 0})[name] = int(n)
    return counts
