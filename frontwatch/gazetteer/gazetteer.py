"""``Gazetteer``: look place names up in a compiled gazetteer file.

Opening is cheap (one read-only SQLite connection; nothing is loaded), so a CLI
run that needs one lookup pays for one lookup. A lookup tries, in order:

1. exact keys: the folded name against every stored spelling, case form and
   transliteration (score = the weight of the spelling matched);
2. consonant frames: the same frame in another script or spelling
   (Novogeorgievka, Запорожское), confirmed by string similarity;
3. within a given region only: a fuzzy scan of that region's names
   (Volchansk for Vovchansk), scored lower still.

Within a region, frames and the scan are answered from the region's spellings,
read once and kept in memory (``region_index``); place rows are cached too.
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from .build import build_default, default_path, is_current
from .errors import GazetteerError
from .names import area_stems, coarse_latin, fold, skeleton
from .records import Candidate
from .region_index import RegionIndex
from .regions import RegionTable, region_table
from .store import SCHEMA_VERSION, connect, read_meta

__all__ = ["Gazetteer", "GazetteerInfo", "KeyHit", "PlaceRow", "strip_case_ending"]

# Similarity (0-100) a frame match must reach, and what each stage's score is worth.
FRAME_SIMILARITY = 72.0
SCAN_SIMILARITY = 80.0
FRAME_FACTOR = 0.8
SCAN_FACTOR = 0.7
IMPORTANCE_WEIGHT = 0.04  # per power of ten of population: a city of a million over a village by ~0.15
ROW_CACHE = 20_000  # place rows kept in memory (a batch run touches the same few thousand)
REGIONS_CACHED = 8  # regions whose spellings and frames are kept for fuzzy lookups (under 2 MB each)
TOWN_SIMILARITY = 55.0
CUE_PENALTY = 0.05
# Endings a query may carry that the stored frames do not (frames are of nominatives).
_CASE_ENDINGS = ("ого", "ому", "ими", "ами", "ями", "ою", "ею", "ом", "ем", "им", "ым", "ой", "ій", "ої",
                 "ах", "ях", "ці", "ке", "ку", "ки", "у", "ю", "і", "е", "а", "и")

_PLACE_COLUMNS = ("id, place_id, kind, name, name_local, country, admin1_code, admin1, admin2, hromada, lat, lon, "
                  "population, geonames_id, katotth, importance, aliases, admin2_old, raion_code, hromada_code, "
                  "precision")


@dataclass(frozen=True)
class KeyHit:
    """One place a stored key points to, with the spelling's weight."""

    place: int
    weight: float
    needs_cue: bool


@dataclass(frozen=True)
class PlaceRow:
    """A place row with what disambiguation needs beyond the Candidate."""

    candidate: Candidate
    importance: float
    admin2_old: str | None
    raion_code: str | None
    hromada_code: str | None


@dataclass(frozen=True)
class GazetteerInfo:
    """What a gazetteer file holds and where it comes from (``gazetteer info``)."""

    path: str
    schema: str | None
    compiler: str | None
    built: str | None
    places: dict[str, int]                   # kind -> count
    keys: int
    sources: list[dict[str, object]]         # every import: label, kind, rows, imported
    default_sources: list[dict[str, str]]    # the packages of the embedded default, with licences

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


def strip_case_ending(word: str) -> str:
    """The word without one common case ending ("Новогеоргиевке" -> "Новогеоргиевк")."""
    low = word.lower()
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return word[: len(word) - len(ending)]
    return word


class Gazetteer:
    """A compiled gazetteer file. Use ``Gazetteer.open``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, regions: RegionTable):
        self._conn = conn
        self.path = path
        self.regions = regions
        self._rows: dict[int, PlaceRow] = {}
        self._regions_cache: OrderedDict[tuple[str, str], RegionIndex] = OrderedDict()

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open ``path``, or the default gazetteer, built offline from installed packages when it is
        missing or was built by another version of frontwatch."""
        if path is None:
            path = default_path()
            if not is_current(path):
                build_default(path)
        elif not path.exists():
            raise GazetteerError(f"{path}: no such gazetteer (build one with 'frontwatch gazetteer import' or 'build')")
        conn = connect(path, writable=False)
        schema = read_meta(conn).get("schema")
        if schema != SCHEMA_VERSION:
            conn.close()
            raise GazetteerError(f"{path}: gazetteer schema {schema!r}, expected {SCHEMA_VERSION}; rebuild it")
        return cls(conn, path, region_table())

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- lookups ---------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None, admin1: str | None = None,
               limit: int = 10) -> list[Candidate]:
        """Places ``name`` may refer to, best first. ``admin1`` is a region in any spelling
        ("Dnipropetrovsk oblast", "Дніпропетровська", "04"); an unknown region filters nothing."""
        region = self.admin1_code(admin1, country) if admin1 else None
        if region:
            country = region[0]
        scored = self.score_name(name, country=country, admin1_code=region[1] if region else None)
        ranked = sorted(scored.items(), key=lambda kv: -(kv[1] + IMPORTANCE_WEIGHT * self.row(kv[0]).importance))
        return [self.candidate(place, score) for place, score in ranked[:limit]]

    def score_name(self, name: str, *, country: str | None = None, admin1_code: str | None = None,
                   kinds: Iterable[str] | None = None, fuzzy: bool = True,
                   hits: list[KeyHit] | None = None) -> dict[int, float]:
        """Place row id -> name score (0..1), filtered by country, region and kind. ``hits``: the
        places the key ``fold(name)`` names, when the caller has them (a text's names are looked
        up in one query)."""
        if hits is None:
            key = fold(name)
            hits = self.keys([key]).get(key, [])
        scores: dict[int, float] = {}
        for hit in hits:
            # A spelling that needs a cue ("Donetsk" for the oblast) loses to one that does not.
            weight = hit.weight - (CUE_PENALTY if hit.needs_cue else 0.0)
            scores[hit.place] = max(scores.get(hit.place, 0.0), weight)
        self.preload(scores)
        scores = {p: s for p, s in scores.items() if self._fits(p, country, admin1_code, kinds)}
        if fuzzy and not any(s >= 0.85 for s in scores.values()):
            matches = self._frame_matches(name, country, admin1_code)
            self.preload(matches)
            for place, score in matches.items():
                if self._fits(place, country, admin1_code, kinds):
                    scores.setdefault(place, score)
        if fuzzy and not scores and admin1_code:
            matches = self._scan_region(name, country or "UA", admin1_code)
            self.preload(matches)
            scores = {p: s for p, s in matches.items() if self._fits(p, country, admin1_code, kinds)}
        return scores

    def keys(self, keys: Iterable[str]) -> dict[str, list[KeyHit]]:
        """Exact key -> the places it names; one query for many keys (used on whole documents)."""
        keys = sorted(set(keys))
        out: dict[str, list[KeyHit]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            sql = f"SELECT key, place, weight, needs_cue FROM name_key WHERE key IN ({','.join('?' * len(chunk))})"
            for key, place, weight, cue in self._conn.execute(sql, chunk):
                out.setdefault(key, []).append(KeyHit(place, weight, bool(cue)))
        return out

    def _frame_matches(self, name: str, country: str | None, admin1_code: str | None) -> dict[int, float]:
        """Places with the query's consonant frame, confirmed by similarity of the coarse spellings.
        Two-consonant frames (Філія, "fl") are too common to try outside a given region."""
        words = name.split()
        variants = {name, " ".join(words[:-1] + [strip_case_ending(words[-1])])} if words else {name}
        frames = {f for f in (skeleton(v) for v in variants) if len(f) >= (2 if admin1_code else 3)}
        if not frames:
            return {}
        # Within a region, the region's index answers without a query (a text asks for each of
        # its unknown words in each region it names).
        rows = (self._region(country, admin1_code).frame_rows(frames) if country and admin1_code
                else self._frame_rows(frames, country, admin1_code))
        return self._similar([coarse_latin(v) for v in variants], rows, FRAME_SIMILARITY, FRAME_FACTOR)

    def _frame_rows(self, frames: set[str], country: str | None, admin1_code: str | None) -> list[tuple[int, str]]:
        sql = (f"SELECT s.place, s.spelling FROM skeleton s JOIN place p ON p.id = s.place "
               f"WHERE s.frame IN ({','.join('?' * len(frames))})")
        params: list[str] = sorted(frames)
        for column, value in (("country", country), ("admin1_code", admin1_code)):
            if value:
                sql += f" AND p.{column} = ?"
                params.append(value)
        return self._conn.execute(sql, params).fetchall()

    @staticmethod
    def _similar(query: list[str], rows: Iterable[tuple[int, str]], cutoff: float, factor: float) -> dict[int, float]:
        out: dict[int, float] = {}
        for place, spelling in rows:
            similarity = max(fuzz.ratio(q, spelling) for q in query)
            if similarity >= cutoff:
                out[place] = max(out.get(place, 0.0), factor * similarity / 100)
        return out

    def towns_named_by(self, adjective: str, country: str | None = None) -> dict[int, float]:
        """Places an adjective is formed from: "Shakhtarskyi" (district) -> Shakhtarsk,
        "Yasinovatsky" -> Yasynuvata, "Krasnolimansky" (direction) -> Lyman (Krasnyi Lyman)."""
        stems = area_stems(skeleton(adjective))
        frames = {stem + suffix for stem in stems for suffix in ("", "k", "v", "sk", "ck")}
        if not frames:
            return {}
        sql = (f"SELECT s.place, s.frame, s.spelling FROM skeleton s JOIN place p ON p.id = s.place "
               f"WHERE p.kind = 'settlement' AND s.frame IN ({','.join('?' * len(frames))})")
        params: list[str] = sorted(frames)
        if country:
            sql += " AND p.country = ?"
            params.append(country)
        query = coarse_latin(adjective)
        out: dict[int, float] = {}
        for place, frame, spelling in self._conn.execute(sql, params):
            similarity = fuzz.ratio(query[: len(spelling) + 1], spelling)
            if area_stems(frame) & stems and similarity >= TOWN_SIMILARITY:
                out[place] = max(out.get(place, 0.0), FRAME_FACTOR * similarity / 100)
        return out

    def _scan_region(self, name: str, country: str, admin1_code: str) -> dict[int, float]:
        """Every spelling of the region's places, compared with the query (a few thousand)."""
        query = coarse_latin(name)
        best = self._region(country, admin1_code).best(query, SCAN_SIMILARITY, limit=10)
        return self._similar([query], best, SCAN_SIMILARITY, SCAN_FACTOR)

    def _region(self, country: str, admin1_code: str) -> RegionIndex:
        """The spellings and frames of a region, kept for the next lookups: a document names one
        or two regions and looks up each unknown capitalised word in them. The least recently
        used region is dropped first (a batch of reports from one front stays within a few)."""
        key = (country, admin1_code)
        index = self._regions_cache.get(key)
        if index is not None:
            self._regions_cache.move_to_end(key)
            return index
        index = RegionIndex.of(self._conn.execute(
            "SELECT s.place, s.spelling, s.frame, s.rowid FROM place p JOIN skeleton s ON s.place = p.id "
            "WHERE p.country = ? AND p.admin1_code = ?", key).fetchall())
        if len(self._regions_cache) >= REGIONS_CACHED:
            self._regions_cache.popitem(last=False)
        self._regions_cache[key] = index
        return index

    def _fits(self, place: int, country: str | None, admin1_code: str | None, kinds: Iterable[str] | None) -> bool:
        c = self.row(place).candidate
        if country and c.country != country:
            return False
        if admin1_code and c.admin1_code != admin1_code and c.kind != "country":
            return False
        return kinds is None or c.kind in kinds

    # -- places --------------------------------------------------------------------------------

    def row(self, place: int) -> PlaceRow:
        """The place row (cached: a document asks for the same places many times)."""
        if place not in self._rows:
            if len(self._rows) >= ROW_CACHE:
                self._rows.clear()
            found = self._conn.execute(f"SELECT {_PLACE_COLUMNS} FROM place WHERE id = ?", (place,)).fetchone()
            if found is None:
                raise GazetteerError(f"{self.path}: no place with row id {place}")
            self._rows[place] = _row(found)
        return self._rows[place]

    def preload(self, places: Iterable[int]) -> None:
        """Read the rows of many places at once, for ``row``: one query for a document's
        candidates instead of one per place."""
        missing = sorted({p for p in places if p not in self._rows})
        if not missing:
            return
        if len(self._rows) + len(missing) > ROW_CACHE:
            self._rows.clear()
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            sql = f"SELECT {_PLACE_COLUMNS} FROM place WHERE id IN ({','.join('?' * len(chunk))})"
            for found in self._conn.execute(sql, chunk):
                self._rows[found[0]] = _row(found)

    def candidate(self, place: int, score: float = 1.0) -> Candidate:
        c = self.row(place).candidate
        return c.rescored(round(min(score, 1.0), 4), c.matched)

    def place(self, place_id: str) -> Candidate | None:
        row = self.row_id(place_id)
        return self.candidate(row) if row is not None else None

    def row_id(self, place_id: str) -> int | None:
        found = self._conn.execute("SELECT id FROM place WHERE place_id = ?", (place_id,)).fetchone()
        return found[0] if found else None

    def admin1_code(self, text: str | None, country: str | None = None) -> tuple[str, str] | None:
        """(country, admin1 code) for a region named in any spelling, or None."""
        if not text:
            return None
        region = self.regions.resolve_admin1(text, country or "UA")
        if region:
            return region.key
        sql = ("SELECT p.country, p.admin1_code FROM name_key k JOIN place p ON p.id = k.place "
               "WHERE k.key = ? AND p.kind = 'admin1'" + (" AND p.country = ?" if country else ""))
        found = self._conn.execute(sql, (fold(text), country) if country else (fold(text),)).fetchone()
        return (found[0], found[1]) if found else None

    def info(self) -> GazetteerInfo:
        meta = read_meta(self._conn)
        files = self._conn.execute("SELECT label, kind, rows, imported FROM source_file").fetchall()
        return GazetteerInfo(
            path=str(self.path), schema=meta.get("schema"), compiler=meta.get("compiler"), built=meta.get("built"),
            places=dict(self._conn.execute("SELECT kind, count(*) FROM place GROUP BY kind")),
            keys=self._conn.execute("SELECT count(*) FROM name_key").fetchone()[0],
            sources=[{"label": f[0], "kind": f[1], "rows": f[2], "imported": f[3]} for f in files],
            default_sources=[{"package": d[0], "label": d[1], "licence": d[2]}
                             for d in json.loads(meta.get("default_sources", "[]"))])


def _row(found: tuple) -> PlaceRow:
    (rowid, place_id, kind, name, name_local, country, admin1_code, admin1, admin2, hromada, lat, lon,
     population, geonames_id, katotth, importance, aliases, admin2_old, raion_code, hromada_code, precision) = found
    candidate = Candidate(place_id=place_id, name=name, kind=kind, country=country, admin1=admin1, admin2=admin2,
                          lat=lat, lon=lon, population=population, geonames_id=geonames_id, katotth=katotth,
                          admin1_code=admin1_code, hromada=hromada, name_local=name_local, precision=precision,
                          aliases=tuple(json.loads(aliases)))
    return PlaceRow(candidate, importance, admin2_old, raion_code, hromada_code)
