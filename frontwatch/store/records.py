"""What the ledger hands back: plain records, no database handles."""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Analysis, Statement


@dataclass(frozen=True)
class StoredDocument:
    """A stored report's metadata: what citations and the assessment need."""

    id: int
    name: str
    content_hash: str
    published: str | None
    source: str | None
    title: str | None
    url: str | None
    language: str | None
    origin: str | None
    syndicated_of: int | None  # the first stored copy of the same (wire) story, or None
    similarity: float | None

    @property
    def story(self) -> int:
        """The syndication group: one wire story relayed by five outlets is one story."""
        return self.syndicated_of or self.id

    def label(self) -> str:
        """How a citation names the document: outlet, date, title (or name)."""
        parts = [self.source or "unknown source", self.published or "undated", self.title or self.name]
        return ", ".join(parts)


@dataclass(frozen=True)
class StoredAnalysis:
    document: StoredDocument
    analysis: Analysis  # analysis.document.text holds the body


@dataclass(frozen=True)
class AddResult:
    """The outcome of storing one document: ``stored``, ``syndicated`` (a copy of a stored story) or
    ``duplicate`` (already in the ledger: nothing written)."""

    status: str
    document_id: int
    syndicated_of: int | None = None
    similarity: float | None = None


@dataclass(frozen=True)
class StatementHit:
    document: StoredDocument
    statement: Statement
