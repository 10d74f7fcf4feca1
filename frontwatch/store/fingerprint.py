"""What makes two documents the same: an exact content hash, and a near-duplicate sketch.

* ``content_hash``: SHA-256 of the normalised body and the normalised URL. The same report read
  twice (a re-run, a resumed run, the same file in two folders) hashes the same and is stored once.
* ``sketch``: a bottom-k MinHash of the body's word shingles (the k smallest 63-bit shingle
  hashes). Syndicated copies of one wire story (the same text on several sites, lightly
  edited: a new lead, a dropped paragraph, a local dateline) keep most of their shingles, so
  their sketches share most values; unrelated reports share almost none. One hash per shingle
  (not k) keeps this cheap, and the sketch values double as an index to find candidates in SQL.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def normalise_body(text: str) -> str:
    """NFC, one space for every run of white space, no leading or trailing space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalise_url(url: str | None) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not k.lower().startswith(_TRACKING))
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def content_hash(text: str, url: str | None) -> str:
    key = normalise_body(text) + "\n" + normalise_url(url)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # Like FTS5: accents come off Latin letters only. Cyrillic й and ї are letters of their own
    # (и and і are others), so they stay.
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case and Latin accents folded, as SQLite's ``unicode61 remove_diacritics 2`` does."""
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text.casefold()))


def shingles(text: str, words: int = 3) -> set[str]:
    tokens = _WORD.findall(fold(text))
    if len(tokens) <= words:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + words]) for i in range(len(tokens) - words + 1)}


def _hash63(shingle: str) -> int:
    # 63 bits: a positive BIGINT on PostgreSQL and a plain INTEGER on SQLite.
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def sketch(text: str, size: int = 64, words: int = 3) -> tuple[int, ...]:
    """The ``size`` smallest shingle hashes, ascending (all of them for a short text)."""
    return tuple(sorted({_hash63(s) for s in shingles(text, words)})[:size])


def similarity(a: tuple[int, ...] | list[int], b: tuple[int, ...] | list[int], size: int = 64) -> float:
    """Estimated Jaccard similarity of two texts from their sketches (exact for short texts)."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union = sorted(set_a | set_b)[:size]
    return sum(1 for value in union if value in set_a and value in set_b) / len(union)


def min_shared(size: int, threshold: float) -> int:
    """Sketch values two candidate copies must share to be worth comparing (a loose lower bound)."""
    return max(2, int(size * threshold / 4))


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    sketch: tuple[int, ...]


def fingerprint(text: str, url: str | None, size: int = 64, words: int = 3) -> Fingerprint:
    return Fingerprint(content_hash(text, url), sketch(text, size, words))
