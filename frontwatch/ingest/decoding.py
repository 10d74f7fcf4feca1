"""Bytes -> text: refuse binary content, detect legacy encodings, keep accents and Cyrillic.

UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are. Other
bytes are decoded with each plausible legacy encoding for the languages we read
(charset-normalizer's best guess first) and the most plausible text wins:
charset-normalizer alone confuses Windows-1252 with Windows-1250 on short
Spanish texts ("Año" -> "Ańo"), so every candidate is scored on its letters.
"""
from __future__ import annotations

import codecs
import unicodedata

from ..errors import BinaryContent, UndecodableText

_MAGIC = {
    b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable", b"RIFF": "a RIFF media file",
    b"BZh": "a bzip2 archive", b"\xfd7zXZ": "an xz archive", b"SQLite format 3": "an SQLite database",
}
_LEGACY = ("cp1252", "cp1251", "koi8_u", "koi8_r", "iso8859_5", "iso8859_15", "cp1250", "mac_cyrillic")
_LATIN = set("abcdefghijklmnopqrstuvwxyzáéíóúüñàèìòùçâêîôûëïäöœæ")
_CYRILLIC = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ")
_PUNCT = set(" \t\n\r.,;:!?¿¡'\"()[]{}-–—…«»“”„‘’/\\%&*+=<>@#$€£°№_|~^`")
MIN_PLAUSIBILITY = 0.97


def describe_binary(data: bytes) -> str | None:
    """Why these bytes are not text, or None when they may be."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary content ({what}), not text"
    head = data[:4096]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary content (NUL bytes), not text"
    return None


def _script(char: str) -> str:
    low = char.lower()
    return "cyrillic" if low in _CYRILLIC else "latin" if low in _LATIN else ""


def plausibility(text: str) -> float:
    """Share of characters a news text in our languages would use, less mixed-case noise."""
    if not text:
        return 0.0
    good = noise = 0
    previous = ""
    for char in text:
        low = char.lower()
        if low in _LATIN or low in _CYRILLIC or char.isdigit() or char in _PUNCT:
            good += 1
        if char.isupper() and previous.islower():
            noise += 1  # "пРИВЕТ": the wrong Cyrillic table swaps the cases
        if _script(char) and _script(previous) and _script(char) != _script(previous):
            noise += 1  # "ejйrcito": Latin read as Cyrillic mixes scripts inside a word
        previous = char
    return (good - 2 * noise) / len(text)


def _candidates(data: bytes) -> list[str]:
    guesses: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None:
            guesses.append(best.encoding)
    except ImportError:  # optional: the legacy list alone works
        pass
    return list(dict.fromkeys(guesses + list(_LEGACY)))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a document's bytes or raise BinaryContent / UndecodableText naming ``source``."""
    why = describe_binary(data)
    if why:
        raise BinaryContent(source, why)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="strict"), source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(text), encoding, text))
    if not scored or max(scored)[0] < MIN_PLAUSIBILITY:
        raise UndecodableText(source, "the text encoding could not be told (not UTF-8, nor a known legacy encoding)")
    return _checked(max(scored)[2], source)


def _checked(text: str, source: str) -> str:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    if text and controls / len(text) > 0.01:
        raise BinaryContent(source, "binary content (control characters), not text")
    return text
