"""Read a text file (with an optional header block) into a ``Document``."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import DocumentTooLarge, EmptyDocument, InputError, UnreadableFile, UnsupportedLanguage
from ..models import Document
from .decoding import decode_bytes
from .header import split_header
from .language import detect_language

MAX_BYTES = 20 * 1024 * 1024
_SOURCE_KEYS = ("outlet", "source", "publisher")
_UNKNOWN = {"unknown", "undated", "?"}  # header values that say the date is not known


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableFile(str(path), "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentTooLarge(str(path), f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(str(path), "no such file") from None
    except PermissionError:
        raise UnreadableFile(str(path), "permission denied") from None
    except OSError as err:
        raise UnreadableFile(str(path), err.strerror or "cannot be read") from None


def parse_published(value: str | None, source: str) -> str | None:
    """An ISO date from ``2025-08-27`` or ``2025-08-27T10:00:00Z``; InputError otherwise."""
    if not value or value.strip().lower() in _UNKNOWN:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
    try:
        return dt.date.fromisoformat(match.group(0)).isoformat() if match else _bad_date(value, source)
    except ValueError:
        return _bad_date(value, source)


def _bad_date(value: str, source: str) -> str:
    raise InputError(source, f"publication date {value!r} is not an ISO date (YYYY-MM-DD)")


def document_from_text(text: str, source: str, *, supported: list[str], published: str | None = None,
                       outlet: str | None = None, language: str | None = None, title: str | None = None,
                       url: str | None = None, doc_id: str | None = None) -> Document:
    """Header fields fill what the options leave unset; the language is detected when not given."""
    fields, body = split_header(text.replace("\r\n", "\n"))
    if not body.strip():
        raise EmptyDocument(source, "empty text (nothing to analyse)")
    language = (language or fields.get("language") or "").lower() or None
    if language is None:
        language = detect_language(body, supported, source)
    elif language not in supported:
        raise UnsupportedLanguage(source, f"unsupported language '{language}' (supported: {', '.join(supported)})")
    return Document(
        id=doc_id or Path(source).stem or "document", text=body, language=language,
        published=parse_published(published or fields.get("date") or fields.get("published"), source),
        source=outlet or next((fields[k] for k in _SOURCE_KEYS if fields.get(k)), None),
        title=title or fields.get("title"), url=url or fields.get("url"),
        extra={k: v for k, v in fields.items() if k in ("license", "author")},
    )


def read_document(path: Path | str, *, supported: list[str], max_bytes: int = MAX_BYTES,
                  **overrides: str | None) -> Document:
    """Read, decode and parse one file; InputError subclasses name the file and the reason."""
    path = Path(path)
    text = decode_bytes(read_bytes(path, max_bytes), str(path))
    return document_from_text(text, str(path), supported=supported, **overrides)
