"""The ledger's tables, the same on SQLite and PostgreSQL (full-text tables: ``backends.py``).

    documents        one row per stored report: body, metadata, content hash, syndication link
    document_buckets the MinHash band keys of each body (indexed: candidate syndicated copies)
    actors, places   the registry and gazetteer entries the analyses refer to (by their global id;
                     the first analysis to mention one records it)
    statements       who said what, in which document, at which offsets
    events           what happened, as one document reports it (its places in event_places)
    claims           who vouches for each event, with stance and chain (via)
    schema_migrations  which migrations have run

Dates are ISO strings (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` for coarser ones): they sort and
compare as text the same way on both back ends. Record fields the format adds later land in
``extra`` (JSON), so a stored analysis reads back whole.
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
                        Table, Text, UniqueConstraint)

metadata = MetaData()


def _document_ref() -> Column[int]:
    return Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # Document.id: the file stem, the feed item's slug...
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("body", Text, nullable=False),
    Column("language", String(16)),
    Column("published", String(10)),
    Column("source", Text),
    Column("title", Text),
    Column("url", Text),
    Column("origin", Text),  # where it was read from: a path, a URL, FILE:LINE
    Column("format", String(8), nullable=False),  # the analysis format version
    Column("syndicated_of", Integer, ForeignKey("documents.id")),  # the first stored copy of the story
    Column("similarity", Float),
    Column("signature", LargeBinary, nullable=False),  # the body's MinHash signature, packed (fingerprint.py)
    Column("ingested_at", String(32), nullable=False),
    Column("actors", JSON, nullable=False),  # the analysis's actor ids, in its order
    Column("places", JSON, nullable=False),  # the analysis's place ids, in its order
    Column("extra", JSON, nullable=False),
    Index("ix_documents_published", "published"),
    Index("ix_documents_syndicated_of", "syndicated_of"),
)

document_buckets = Table(
    "document_buckets", metadata,
    Column("bucket", BigInteger, primary_key=True, autoincrement=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    sqlite_with_rowid=False,  # the table is its own index (bucket first): a third of the size
)

actors = Table(
    "actors", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("side", String(16)),
    Column("role", Text),
    Column("aliases", JSON, nullable=False),
    Column("extra", JSON, nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", BigInteger),
    Column("aliases", JSON, nullable=False),
    Column("extra", JSON, nullable=False),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("local_id", Text, nullable=False),
    Column("speaker", Text),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("cue", Text),
    Column("channel", Text),
    Column("date", String(10)),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("extra", JSON, nullable=False),
    UniqueConstraint("document_id", "local_id", name="uq_statements_local"),
    Index("ix_statements_speaker", "speaker"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("local_id", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("actors", JSON, nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("extra", JSON, nullable=False),
    UniqueConstraint("document_id", "local_id", name="uq_events_local"),
    Index("ix_events_type_date", "type", "date"),
)

event_places = Table(
    "event_places", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("place_id", Text, nullable=False),
    Index("ix_event_places_place", "place_id"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _document_ref(),
    Column("position", Integer, nullable=False),
    Column("source", Text),
    Column("stance", String(16), nullable=False),
    Column("via", JSON, nullable=False),
    Column("statement", Text),  # the local id of the statement it comes from
    Column("extra", JSON, nullable=False),
    UniqueConstraint("event_id", "position", name="uq_claims_position"),
    Index("ix_claims_source", "source"),
)

RECORD_TABLES = (documents, document_buckets, actors, places, statements, events, event_places, claims)
