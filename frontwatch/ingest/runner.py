"""Ingest: read each item, analyse it (``pipeline.analyze``), store it with its analysis.

This is the one module of ``ingest/`` that reaches past reading: it joins the readers, the
pipeline and the ledger. Each document is checked against the ledger *before* it is analysed
(a resumed run skips what is stored at the cost of a hash), then stored in one transaction.

    for outcome in ingest(["reports/", "https://example.org/feed.xml"], ledger):
        ...   # Outcome(name, status, document_id, error)

A bad document (``InputError``) becomes a ``failed`` outcome and the run goes on; any other
exception is a bug and stops the run (what was stored stays stored, and a new run resumes).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import httpx

from ..errors import InputError
from ..models import Analysis, Document
from ..resource_set import Resources, default_resources
from ..store import Ledger
from .sources import Item, Sources
from .urls import Fetcher

Analyzer = Callable[[Document, Resources], Analysis]
STATUSES = ("stored", "syndicated", "duplicate", "failed")


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # stored | syndicated | duplicate | failed
    document_id: int | None = None
    error: InputError | None = None
    syndicated_of: int | None = None


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def __str__(self) -> str:
        total = sum(self.counts.values())
        return (f"{total} documents: {self.counts['stored']} stored, {self.counts['syndicated']} syndicated copies "
                f"(stored, linked), {self.counts['duplicate']} already stored, {self.counts['failed']} failed")


def _default_analyzer(document: Document, resources: Resources) -> Analysis:
    from ..pipeline import analyze  # imported on use: the pipeline loads the extraction stages

    return analyze(document, resources)


def ingest(inputs: Iterable[str], ledger: Ledger, *, resources: Resources | None = None,
           analyzer: Analyzer | None = None, transport: httpx.BaseTransport | None = None) -> Iterator[Outcome]:
    """Read, analyse and store every document of ``inputs``; one ``Outcome`` per document."""
    resources = resources or default_resources()
    analyzer = analyzer or _default_analyzer
    with Fetcher(ledger.settings.ingest, transport) as fetcher:
        for item in Sources(resources.languages(), fetcher).expand(inputs):
            if isinstance(item, InputError):
                yield Outcome(item.source, "failed", error=item)
            else:
                yield ingest_item(item, ledger, resources, analyzer)


def ingest_item(item: Item, ledger: Ledger, resources: Resources, analyzer: Analyzer) -> Outcome:
    try:
        document = item.read()
        fingerprint = ledger.fingerprint(document)
        stored = ledger.find(fingerprint.content_hash)
        if stored is not None:
            return Outcome(item.name, "duplicate", stored)
        analysis = analyzer(document, resources)
    except InputError as err:
        return Outcome(item.name, "failed", error=err)
    result = ledger.add(analysis, origin=item.name, fingerprint=fingerprint)
    return Outcome(item.name, result.status, result.document_id, syndicated_of=result.syndicated_of)


def count_items(inputs: Iterable[str], resources: Resources | None = None) -> int | None:
    """How many documents local inputs hold (for a progress bar); None when unknown (URLs, feeds)."""
    resources = resources or default_resources()
    try:
        return Sources(resources.languages()).count(list(inputs))
    except InputError:
        return None  # the run itself will report it
