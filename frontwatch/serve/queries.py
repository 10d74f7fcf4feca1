"""Listings the store does not offer, straight from the ledger's tables: documents, statements and
claims, filtered and paged in SQL, so a page costs the same on a ledger of a hundred documents or
of a hundred thousand claims. The same SQLAlchemy Core runs on SQLite and PostgreSQL.

Text search (``q``) goes through the ledger's own full-text index (``Ledger.backend.search``): the
best ``SEARCH_HITS`` matches are kept, then the other filters apply.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import String, and_, case, exists, func, literal, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

from ..models import Place
from ..store import Ledger
from ..store.schema import actors, claims, documents, event_places, events, statements
from .filters import Filters, Listing, Page, places_in_region

SEARCH_HITS = 10_000
_DOCUMENT_COLUMNS = (documents.c.id, documents.c.name, documents.c.title, documents.c.source, documents.c.published,
                     documents.c.language, documents.c.url, documents.c.syndicated_of, documents.c.similarity)


def ledger_version(ledger: Ledger) -> tuple[int, int]:
    """(how many documents, the highest id): changes with every document stored (none is ever
    edited or deleted in place), so it keys whatever is derived from the whole ledger."""
    with ledger.engine.connect() as conn:
        count, highest = conn.execute(select(func.count(), func.max(documents.c.id))).one()
    return int(count or 0), int(highest or 0)


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


def _page(conn: Connection, query: Select[Any], page: Page) -> tuple[list[dict[str, Any]], int]:
    total = conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = [r._asdict() for r in conn.execute(query.limit(page.limit).offset(page.offset))]
    return rows, int(total)


def _order(column: Any, key: Any, filters: Filters) -> tuple[Any, Any]:
    if filters.order == "oldest":
        return column.asc().nulls_last(), key.asc()
    return column.desc().nulls_last(), key.desc()


def document_ref(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {"id": row[f"{prefix}id"], "name": row[f"{prefix}name"], "title": row[f"{prefix}title"],
            "source": row[f"{prefix}source"], "published": row[f"{prefix}published"]}


def _region_ids(ledger_places: dict[str, Place], region: str) -> list[str]:
    return sorted(places_in_region(ledger_places.values(), region))


def _event_place_condition(event_id: Any, place_ids: Sequence[str]) -> ColumnElement[bool]:
    return exists().where(event_places.c.event_id == event_id, event_places.c.place_id.in_(place_ids))


def _document_conditions(ledger: Ledger, conn: Connection, filters: Filters,
                         ledger_places: dict[str, Place]) -> list[ColumnElement[bool]]:
    conditions = _in_period(documents.c.published, filters)
    if filters.q:
        conditions.append(documents.c.id.in_(_search(ledger, conn, "documents", filters.q)))
    if filters.source:
        conditions.append(func.lower(documents.c.source) == filters.source.lower())
    if filters.language:
        conditions.append(documents.c.language == filters.language)
    if filters.actor:
        conditions.append(or_(
            exists().where(statements.c.document_id == documents.c.id, statements.c.speaker == filters.actor),
            exists().where(claims.c.document_id == documents.c.id, claims.c.source == filters.actor)))
    wanted = _wanted_places(filters, ledger_places)
    if wanted is not None:
        conditions.append(exists().where(events.c.document_id == documents.c.id,
                                         _event_place_condition(events.c.id, wanted)))
    if filters.type:
        conditions.append(exists().where(events.c.document_id == documents.c.id, events.c.type == filters.type))
    return conditions


def _wanted_places(filters: Filters, ledger_places: dict[str, Place]) -> list[str] | None:
    """The place ids a region or place filter allows; None when neither is given."""
    if not filters.region and not filters.place:
        return None
    wanted = set(_region_ids(ledger_places, filters.region)) if filters.region else None
    if filters.place:
        wanted = {filters.place} if wanted is None else wanted & {filters.place}
    return sorted(wanted or ())


def list_documents(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    counts = {name: select(func.count()).where(table.c.document_id == documents.c.id).scalar_subquery().label(name)
              for name, table in (("statements", statements), ("events", events), ("claims", claims))}
    with ledger.engine.connect() as conn:
        query = select(*_DOCUMENT_COLUMNS, *counts.values()) \
            .where(and_(True, *_document_conditions(ledger, conn, filters, ledger_places))) \
            .order_by(*_order(documents.c.published, documents.c.id, filters))
        rows, total = _page(conn, query, page)
    return Listing([_with_counts(row, list(counts)) for row in rows], total, page)


def _with_counts(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    counts = {name: row.pop(name) for name in names}
    return {**row, "counts": counts}


def list_statements(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    day = func.coalesce(statements.c.date, documents.c.published)
    query = select(statements.c.id, statements.c.local_id, statements.c.speaker, actors.c.name.label("speaker_name"),
                   statements.c.kind, statements.c.text, statements.c.cue, statements.c.channel, statements.c.date,
                   statements.c.start_offset, statements.c.end_offset,
                   *[c.label(f"doc_{c.name}") for c in _DOCUMENT_COLUMNS[:5]]) \
        .join(documents, documents.c.id == statements.c.document_id) \
        .outerjoin(actors, actors.c.id == statements.c.speaker)
    with ledger.engine.connect() as conn:
        conditions = _in_period(day, filters)
        if filters.q:
            conditions.append(statements.c.id.in_(_search(ledger, conn, "statements", filters.q)))
        conditions += _shared_conditions(statements, filters, ledger_places, speaker=True)
        if filters.kind:
            conditions.append(statements.c.kind == filters.kind)
        query = query.where(and_(True, *conditions)).order_by(*_order(day, statements.c.id, filters))
        rows, total = _page(conn, query, page)
    return Listing([_statement_item(r) for r in rows], total, page)


def _shared_conditions(table: Any, filters: Filters, ledger_places: dict[str, Place],
                       speaker: bool) -> list[ColumnElement[bool]]:
    """Filters on the document a statement or claim is in, and its actor."""
    conditions: list[ColumnElement[bool]] = []
    if filters.actor:
        conditions.append((statements.c.speaker if speaker else claims.c.source) == filters.actor)
    if filters.document is not None:
        conditions.append(table.c.document_id == filters.document)
    if filters.source:
        conditions.append(func.lower(documents.c.source) == filters.source.lower())
    if filters.language:
        conditions.append(documents.c.language == filters.language)
    wanted = _wanted_places(filters, ledger_places)
    if wanted is not None and speaker:
        conditions.append(exists().where(events.c.document_id == table.c.document_id,
                                         _event_place_condition(events.c.id, wanted)))
    elif wanted is not None:
        conditions.append(_event_place_condition(claims.c.event_id, wanted))
    return conditions


def _statement_item(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "local_id": row["local_id"], "speaker": {"id": row["speaker"], "name": row["speaker_name"]},
            "kind": row["kind"], "text": row["text"], "cue": row["cue"], "channel": row["channel"], "date": row["date"],
            "start": row["start_offset"], "end": row["end_offset"], "document": document_ref(row, "doc_")}


def list_claims(ledger: Ledger, filters: Filters, page: Page, ledger_places: dict[str, Place]) -> Listing:
    # The day a claim was made: its statement's date when that is a day, else the publication
    # day (assess.evidence._said_on), so the API and the assessment agree.
    said_on = _said_on()
    query = select(claims.c.id, claims.c.stance, claims.c.source, actors.c.name.label("source_name"),
                   actors.c.side.label("source_side"), actors.c.kind.label("source_kind"), claims.c.via,
                   said_on.label("said_on"), claims.c.statement, statements.c.text.label("quote"),
                   events.c.id.label("event_id"), events.c.local_id.label("event_local_id"), events.c.type,
                   events.c.date.label("event_date"), *[c.label(f"doc_{c.name}") for c in _DOCUMENT_COLUMNS[:5]]) \
        .join(events, events.c.id == claims.c.event_id) \
        .join(documents, documents.c.id == claims.c.document_id) \
        .outerjoin(statements, and_(statements.c.document_id == claims.c.document_id,
                                    statements.c.local_id == claims.c.statement)) \
        .outerjoin(actors, actors.c.id == claims.c.source)
    with ledger.engine.connect() as conn:
        conditions = _in_period(said_on, filters) + _shared_conditions(claims, filters, ledger_places, speaker=False)
        if filters.q:
            conditions.append(statements.c.id.in_(_search(ledger, conn, "statements", filters.q)))
        if filters.stance:
            conditions.append(claims.c.stance == filters.stance)
        if filters.type:
            conditions.append(events.c.type == filters.type)
        query = query.where(and_(True, *conditions)).order_by(*_order(said_on, claims.c.id, filters))
        rows, total = _page(conn, query, page)
        names = _actor_names(conn, {a for r in rows for a in r["via"] or []})
        event_place_ids = _event_places(conn, [r["event_id"] for r in rows])
    return Listing([_claim_item(r, names, event_place_ids, ledger_places) for r in rows], total, page)


def _said_on() -> Any:
    return case((func.length(statements.c.date) == 10, statements.c.date), else_=documents.c.published)


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
