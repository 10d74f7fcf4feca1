"""What makes two documents the same: an exact content hash, and a near-duplicate signature.

* ``content_hash``: SHA-256 of the normalised body and the normalised URL. The same report read
  twice (a re-run, a resumed run, the same file in two folders) hashes the same and is stored once.
* ``minhash``: a MinHash signature of the body's word shingles (one-permutation hashing). Syndicated copies of one wire
  story (the same text on several sites, lightly edited: a new headline, a dropped paragraph, a
  local dateline) keep most of their shingles, so most signature values agree; the share that
  agrees estimates the Jaccard similarity of the two texts.
* ``buckets``: the signature cut into bands (locality-sensitive hashing), one bucket key per
  band. Two texts with a similarity of 0.5 share a bucket with a probability of 0.9999 (32 bands
  of 2 values), unrelated ones hardly ever, so the ledger finds candidate copies with one
  indexed lookup instead of comparing with every stored document. Phrases every report uses
  ("the ministry said") do not make everything a candidate: a band matches only when both of
  its values do.
"""
from __future__ import annotations

import functools
import hashlib
import re
import struct
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


_MASK63 = (1 << 63) - 1  # bucket keys fit a signed BIGINT (PostgreSQL) and a SQLite INTEGER
_EMPTY = 1 << 50  # what a borrowed value is shifted by, per bin it was borrowed across


def _hash(text: str, size: int = 8) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=size).digest(), "big")


def minhash(text: str, size: int = 64, words: int = 3) -> tuple[int, ...]:
    """The MinHash signature of a text, by one-permutation hashing: each shingle hash falls in one of
    ``size`` bins, which keeps its least value. One hash per shingle instead of ``size``: 20 times
    faster than ``size`` hash functions, with the same estimate. A bin no shingle fell in borrows
    the value of the next bin that has one, shifted by the distance ("densification", Shrivastava
    and Li 2014), so short texts still compare bin by bin."""
    bins: list[int | None] = [None] * size
    for h in {_hash(s, 7) for s in shingles(text, words)}:  # 56 bits: room for the shift below
        slot, value = h % size, h // size
        current = bins[slot]
        if current is None or value < current:
            bins[slot] = value
    if all(b is None for b in bins):
        return ()
    signature = []
    for i in range(size):
        distance = 0
        while bins[(i + distance) % size] is None:
            distance += 1
        signature.append(bins[(i + distance) % size] + distance * _EMPTY)  # type: ignore[operator]
    return tuple(signature)


def buckets(signature: tuple[int, ...] | list[int], bands: int = 32) -> tuple[int, ...]:
    """One key per band of the signature; texts sharing a key are candidate copies."""
    rows = len(signature) // bands if bands else 0
    if not rows:
        return ()
    keys = []
    for band in range(bands):
        values = ",".join(map(str, signature[band * rows:(band + 1) * rows]))
        keys.append(_hash(f"{band}:{values}") & _MASK63)
    return tuple(keys)


def similarity(a: tuple[int, ...] | list[int], b: tuple[int, ...] | list[int]) -> float:
    """Estimated Jaccard similarity of two texts: the share of their signatures that agrees."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def pack(signature: tuple[int, ...]) -> bytes:
    """A signature as 8 bytes a value (stored as a BLOB / bytea: a third of its JSON)."""
    return struct.pack(f">{len(signature)}Q", *signature)


def unpack(data: bytes) -> tuple[int, ...]:
    return struct.unpack(f">{len(data) // 8}Q", data)


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    signature: tuple[int, ...]
    buckets: tuple[int, ...]


def fingerprint(text: str, url: str | None, size: int = 64, bands: int = 32, words: int = 3) -> Fingerprint:
    signature = minhash(text, size, words)
    return Fingerprint(content_hash(text, url), signature, buckets(signature, bands))
