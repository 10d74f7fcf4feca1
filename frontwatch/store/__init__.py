"""The ledger: every analysed report, stored once, on SQLite (a file, the default) or PostgreSQL.

    from frontwatch.store import open_ledger
    with open_ledger("ledger.db") as ledger:          # or "postgresql://user@host/db?schema=name"
        ledger.add(analysis)                           # atomic, idempotent, links syndicated copies
        ledger.search_documents("moscu")               # full text, accents folded
        for stored in ledger.stored_analyses(): ...

See docs/ledger.md.
"""
from __future__ import annotations

from .fingerprint import Fingerprint, content_hash, fingerprint, minhash, similarity
from .ledger import Ledger, open_ledger
from .location import Location, resolve_location
from .records import AddResult, StatementHit, StoredAnalysis, StoredDocument

__all__ = [
    "AddResult", "Fingerprint", "Ledger", "Location", "StatementHit", "StoredAnalysis", "StoredDocument",
    "content_hash", "fingerprint", "minhash", "open_ledger", "resolve_location", "similarity",
]
