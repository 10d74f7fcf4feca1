"""JSON Lines batches: one document per line.

    {"text": "...", "published": "2025-08-27", "source": "ANSA", "url": "https://...",
     "title": "...", "language": "es", "id": "optional-name"}

Only ``text`` is required. A line that is not a JSON object, or has no text, is a
``BatchRecordError`` naming ``FILE:LINE``; the other lines are still read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BatchRecordError, UnreadableFile
from ..models import Document
from .textfile import document_from_text

FIELDS = ("text", "published", "source", "url", "title", "language", "id")


@dataclass(frozen=True)
class BatchLine:
    path: Path
    number: int
    line: str

    @property
    def name(self) -> str:
        return f"{self.path}:{self.number}"


def batch_lines(path: Path) -> Iterator[BatchLine]:
    """The non-blank lines of a batch file, streamed (a batch may be larger than memory)."""
    try:
        with path.open(encoding="utf-8-sig") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield BatchLine(path, number, line)
    except FileNotFoundError:
        raise UnreadableFile(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise UnreadableFile(str(path), f"cannot be read ({err})") from None


def _field(record: dict[str, Any], key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise BatchRecordError(name, f"'{key}' must be a string, not {type(value).__name__}")


def document_from_line(line: BatchLine, supported: list[str]) -> Document:
    try:
        record = json.loads(line.line)
    except json.JSONDecodeError as err:
        raise BatchRecordError(line.name, f"not valid JSON ({err.msg}, column {err.colno})") from None
    if not isinstance(record, dict):
        raise BatchRecordError(line.name, "not a JSON object")
    values = {key: _field(record, key, line.name) for key in FIELDS}
    if not values["text"]:
        raise BatchRecordError(line.name, "no 'text'")
    return document_from_text(values["text"] or "", line.name, supported=supported,
                              published=values["published"], outlet=values["source"], language=values["language"],
                              title=values["title"], url=values["url"],
                              doc_id=values["id"] or f"{line.path.stem}-{line.number}")
