"""The ledger for other tools: JSON Lines (one analysis per document), CSV (one row per claim).

* ``jsonl``: each stored document's analysis in the FORMAT.md shape, plus the body
  (``document.text``) and a ``ledger`` object (its id, content hash, origin and, for a
  syndicated copy, the id of the first copy), one per line in ingestion order. Streamed.
* ``csv``: one row per claim of every reconciled ledger event, with the event, its place(s),
  the source (name, side, kind), the stance, the day it was said, the chain, the document and
  the offsets: a spreadsheet or a dataframe needs nothing else.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..assess import Assessment, assess_ledger
from ..store import Ledger
from ..store.records import StoredAnalysis

CSV_COLUMNS = (
    "ledger_event", "type", "places", "place_names", "admin1", "lat", "lon", "event_date",
    "source", "source_name", "source_side", "source_kind", "stance", "said_on", "via", "statement", "quote",
    "document", "document_id", "published", "outlet", "url", "start", "end", "syndicated_of",
)


def export_ledger(ledger: Ledger, fmt: str, out: TextIO) -> int:
    """Write the ledger as ``jsonl``, ``csv`` or ``geojson``; how many records (documents, claims, places)."""
    if fmt == "jsonl":
        return write_jsonl(ledger.stored_analyses(), out)
    from .geojson import write_geojson  # geojson.py builds on the same assessment

    assessment = assess_ledger(ledger)
    return write_csv(assessment, out) if fmt == "csv" else write_geojson(assessment, out)


def analysis_record(stored: StoredAnalysis) -> dict[str, Any]:
    data = stored.analysis.to_dict()
    data["document"]["text"] = stored.analysis.document.text
    doc = stored.document
    data["ledger"] = {"id": doc.id, "content_hash": doc.content_hash, "origin": doc.origin,
                      "syndicated_of": doc.syndicated_of, "similarity": doc.similarity}
    return data


def write_jsonl(stored: Iterable[StoredAnalysis], out: TextIO) -> int:
    count = 0
    for item in stored:
        out.write(json.dumps(analysis_record(item), ensure_ascii=False) + "\n")
        count += 1
    return count


def claim_rows(assessment: Assessment) -> Iterable[dict[str, Any]]:
    for event in assessment.events:
        places = [assessment.place_records.get(p) for p in event.places]
        single = places[0] if len(places) == 1 else None
        for claim in event.claims:
            actor = assessment.actors.get(claim.source or "")
            doc = claim.document
            yield {
                "ledger_event": event.id, "type": event.type, "places": ";".join(event.places),
                "place_names": ";".join(assessment.place_name(p) for p in event.places),
                "admin1": single.admin1 if single else None, "lat": single.lat if single else None,
                "lon": single.lon if single else None, "event_date": event.first_date,
                "source": claim.source, "source_name": assessment.actor_name(claim.source),
                "source_side": actor.side if actor else None, "source_kind": actor.kind if actor else None,
                "stance": claim.stance, "said_on": claim.said_on, "via": ";".join(claim.via),
                "statement": claim.statement, "quote": claim.quote, "document": doc.name, "document_id": doc.id,
                "published": doc.published, "outlet": doc.source, "url": doc.url, "start": claim.start,
                "end": claim.end, "syndicated_of": doc.syndicated_of,
            }


def write_csv(assessment: Assessment, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in claim_rows(assessment):
        writer.writerow(row)
        count += 1
    return count
