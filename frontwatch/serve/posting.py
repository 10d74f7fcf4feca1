"""``POST /api/documents``: a document sent to the API, analysed and stored like ``frontwatch ingest``
stores a file (``ingest.runner.ingest_item``: a duplicate is found before it is analysed, a
syndicated copy is linked to its story).

The body is either JSON (``{"text": ..., "title": ..., "published": ..., ...}``) or plain text, which
may begin with the header block of FORMAT.md ("Documents"). Analyses run one at a time: the pipeline
is CPU-bound (two at once would not finish sooner) and its resources load once, on first use.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass, fields
from typing import Any

from ..errors import InvalidParameter, UnsupportedMediaType
from ..ingest.runner import Outcome, ingest_item
from ..ingest.sources import Item
from ..ingest.textfile import document_from_text
from ..models import Document
from ..pipeline import analyze
from ..resource_set import Resources, default_resources
from ..store import Ledger

ORIGIN = "api"  # what the ledger records as where a posted document came from
_NAME = re.compile(r"^[\w.-]{1,100}$")


@dataclass(frozen=True)
class PostedDocument:
    text: str
    name: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


def _field_errors(data: dict[str, Any]) -> list[dict[str, str]]:
    known = {f.name for f in fields(PostedDocument)}
    errors = [{"parameter": k, "message": "unknown field"} for k in data if k not in known]
    errors += [{"parameter": k, "message": "must be a string"} for k, v in data.items()
               if k in known and v is not None and not isinstance(v, str)]
    if not isinstance(data.get("text"), str):
        errors.append({"parameter": "text", "message": "required: the document's text"})
    if isinstance(data.get("name"), str) and not _NAME.match(data["name"]):
        errors.append({"parameter": "name", "message": "letters, digits, '.', '_' and '-' only, at most 100"})
    return errors


def parse_body(body: bytes, content_type: str) -> PostedDocument:
    """The posted document from a JSON or plain-text body; InvalidParameter (422) naming each problem."""
    media = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidParameter("the body is not UTF-8 text") from None
    if media == "text/plain":
        return PostedDocument(text=text)
    if media != "application/json":
        raise UnsupportedMediaType(f"send the document as application/json or text/plain, not {media or 'nothing'}")
    try:
        data = json.loads(text)
    except ValueError as err:
        raise InvalidParameter(f"the body is not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise InvalidParameter("the body must be a JSON object with a 'text' field")
    errors = _field_errors(data)
    if errors:
        raise InvalidParameter("the document has invalid fields: " + ", ".join(e["parameter"] for e in errors), errors)
    return PostedDocument(**data)


def _name(posted: PostedDocument) -> str:
    return posted.name or "posted-" + hashlib.sha256(posted.text.encode("utf-8")).hexdigest()[:12]


class Analyst:
    """Analyses and stores posted documents, one at a time."""

    def __init__(self, resources: Resources | None = None):
        self._resources = resources
        self._lock = threading.Lock()

    def read(self, posted: PostedDocument, resources: Resources) -> Document:
        return document_from_text(posted.text, _name(posted), supported=resources.languages(),
                                  published=posted.published, outlet=posted.source, language=posted.language,
                                  title=posted.title, url=posted.url, doc_id=_name(posted))

    def store(self, ledger: Ledger, posted: PostedDocument) -> Outcome:
        """Stored, syndicated or duplicate; the InputError of a document that cannot be analysed."""
        with self._lock:
            resources = self._resources or default_resources()
            outcome = ingest_item(Item(ORIGIN, lambda: self.read(posted, resources)), ledger, resources, analyze)
        if outcome.error is not None:
            raise outcome.error
        return outcome
