"""Records <-> rows. Each record goes through its own ``to_dict``/``from_dict`` (models.py), so
fields the format adds later (and each record's ``extra``) survive a round trip in ``extra``."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ..models import FORMAT_VERSION, Actor, Analysis, Claim, Document, Event, Place, Statement
from .fingerprint import Fingerprint, pack
from .records import StoredDocument

_OFFSETS = {"start": "start_offset", "end": "end_offset"}
_STATEMENT_COLUMNS = ("speaker", "kind", "text", "cue", "channel", "date")
_EVENT_COLUMNS = ("type", "actors", "date", "date_precision")
_CLAIM_COLUMNS = ("source", "stance", "via", "statement")
_ACTOR_COLUMNS = ("id", "name", "kind", "side", "role", "aliases")
_PLACE_COLUMNS = ("id", "name", "kind", "country", "admin1", "lat", "lon", "geonames_id", "aliases")
_DOCUMENT_COLUMNS = ("language", "published", "source", "title", "url")


def _split(data: dict[str, Any], columns: Iterable[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the values of ``columns``, everything else) of a record's dict."""
    columns = set(columns)
    return ({k: v for k, v in data.items() if k in columns},
            {k: v for k, v in data.items() if k not in columns})


def document_row(analysis: Analysis, fingerprint: Fingerprint, origin: str | None,
                 original: tuple[int, float] | None) -> dict[str, Any]:
    document = analysis.document
    values, extra = _split(document.to_dict(), _DOCUMENT_COLUMNS)
    extra.pop("id", None)
    return {**values, "name": document.id, "actors": [a.id for a in analysis.actors],
            "places": [p.id for p in analysis.places], "content_hash": fingerprint.content_hash, "body": document.text,
            "origin": origin, "format": FORMAT_VERSION, "extra": extra, "signature": pack(fingerprint.signature),
            "syndicated_of": original[0] if original else None, "similarity": original[1] if original else None,
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}


def registry_row(record: Actor | Place, columns: tuple[str, ...]) -> dict[str, Any]:
    values, extra = _split(record.to_dict(), columns)
    return {**values, "extra": extra}


def actor_row(actor: Actor) -> dict[str, Any]:
    return registry_row(actor, _ACTOR_COLUMNS)


def place_row(place: Place) -> dict[str, Any]:
    return registry_row(place, _PLACE_COLUMNS)


def statement_row(document_id: int, statement: Statement) -> dict[str, Any]:
    values, extra = _split(statement.to_dict(), (*_STATEMENT_COLUMNS, "id", "start", "end"))
    return {"document_id": document_id, "local_id": statement.id, "start_offset": statement.start,
            "end_offset": statement.end, **{k: values.get(k) for k in _STATEMENT_COLUMNS}, "extra": extra}


def event_row(document_id: int, event: Event) -> dict[str, Any]:
    data = event.to_dict()
    data.pop("claims")
    data.pop("places")
    values, extra = _split(data, (*_EVENT_COLUMNS, "id", "start", "end"))
    return {"document_id": document_id, "local_id": event.id, "start_offset": event.start,
            "end_offset": event.end, **{k: values.get(k) for k in _EVENT_COLUMNS}, "extra": extra}


def claim_row(document_id: int, event_id: int, position: int, claim: Claim) -> dict[str, Any]:
    values, extra = _split(claim.to_dict(), _CLAIM_COLUMNS)
    return {"document_id": document_id, "event_id": event_id, "position": position,
            **{k: values.get(k) for k in _CLAIM_COLUMNS}, "extra": extra}


def _offsets_back(row: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in row.items() if k not in ("id", "document_id", "local_id", "extra", *_OFFSETS.values())}
    data.update({key: row[column] for key, column in _OFFSETS.items()})
    return {"id": row["local_id"], **data, **row["extra"]}


def statement_from_row(row: dict[str, Any]) -> Statement:
    return Statement.from_dict(_offsets_back(row))


def event_from_rows(row: dict[str, Any], places: list[str], claims: list[dict[str, Any]]) -> Event:
    data = _offsets_back(row)
    data["places"] = places
    data["claims"] = [{**{k: c[k] for k in _CLAIM_COLUMNS}, **c["extra"]} for c in claims]
    return Event.from_dict(data)


def registry_from_row(kind: type[Actor] | type[Place], row: dict[str, Any]) -> Actor | Place:
    data = {k: v for k, v in row.items() if k != "extra"}
    return kind.from_dict({**data, **row["extra"]})


def document_from_row(row: dict[str, Any]) -> Document:
    data = {k: row[k] for k in _DOCUMENT_COLUMNS}
    return Document.from_dict({"id": row["name"], "text": row["body"], **data, **row["extra"]})


def stored_document(row: dict[str, Any]) -> StoredDocument:
    return StoredDocument(id=row["id"], name=row["name"], content_hash=row["content_hash"],
                          published=row["published"], source=row["source"], title=row["title"], url=row["url"],
                          language=row["language"], origin=row["origin"], syndicated_of=row["syndicated_of"],
                          similarity=row["similarity"])


def analysis_from_rows(row: dict[str, Any], statements: list[Statement], events: list[Event],
                       actors: dict[str, Actor], places: dict[str, Place]) -> Analysis:
    return Analysis(document=document_from_row(row), statements=statements, events=events,
                    actors=[actors[i] for i in row["actors"] if i in actors],
                    places=[places[i] for i in row["places"] if i in places])
