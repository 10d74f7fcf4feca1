"""One region's spellings and consonant frames, kept in memory for fuzzy lookups.

A text names one or two regions and looks up every capitalised word it cannot
place in them: by consonant frame (Novogrigoryevka) and, when that finds
nothing, by a scan of every coarse spelling of the region (Volchansk for
Vovchansk; a few thousand). Both are answered from this index exactly as the
SQL queries and the full scan answer them, row order included (an order that
decides ties later on):

* ``frame_rows`` gives the rows of the skeleton table with one of the frames,
  by frame, then row id (the order of the indexed query);
* ``best`` compares each distinct spelling once, and only the spellings whose
  length allows the cutoff at all, then keeps the ``limit`` best rows with ties
  to the earlier row, as ``process.extract`` over every row does. Most queries
  ("Meridian", "Moscow" in a text about Dnipropetrovsk oblast) match nothing.
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

__all__ = ["RegionIndex", "RegionRow"]

# (place, coarse spelling, frame, skeleton row id), in the order the region's query reads them.
RegionRow = tuple[int, str, str, int]


@dataclass(frozen=True)
class RegionIndex:
    """A region's skeleton rows, indexed by spelling (shortest first) and by frame."""

    rows: list[RegionRow]             # in the order of the region's query: a scan's tie order
    spellings: list[str]              # distinct, by length, then first row
    lengths: list[int]                # len() of each spelling, ascending
    holders: dict[str, list[int]]     # spelling -> positions in ``rows``
    frames: dict[str, list[int]]      # frame -> positions in ``rows``

    @classmethod
    def of(cls, rows: list[RegionRow]) -> RegionIndex:
        # One plain pass: built the first time a text looks a word up in the region.
        holders: dict[str, list[int]] = {}
        frames: dict[str, list[int]] = {}
        for position, row in enumerate(rows):
            holders.setdefault(row[1], []).append(position)
            frames.setdefault(row[2], []).append(position)
        spellings = sorted(holders, key=len)  # stable: equal lengths keep the order of first rows
        return cls(rows, spellings, [len(s) for s in spellings], holders, frames)

    def frame_rows(self, frames: Iterable[str]) -> list[tuple[int, str]]:
        """(place, spelling) of the rows with one of the frames: by frame, then row id."""
        out = []
        for frame in sorted(set(frames)):
            for position in sorted(self.frames.get(frame, ()), key=lambda i: self.rows[i][3]):
                out.append(self.rows[position][:2])
        return out

    def best(self, query: str, cutoff: float, limit: int) -> list[tuple[int, str]]:
        """(place, spelling) of the ``limit`` rows most similar to ``query`` (fuzz.ratio at least
        ``cutoff``), best first, ties to the earlier row."""
        lo, hi = self._window(len(query), cutoff)
        found = process.extract(query, self.spellings[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        hits = sorted((-score, position) for spelling, score, _i in found for position in self.holders[spelling])
        return [self.rows[position][:2] for _score, position in hits[:limit]]

    def _window(self, length: int, cutoff: float) -> tuple[int, int]:
        """The slice of spellings whose length allows ``cutoff``: fuzz.ratio is at most
        200 * min(a, b) / (a + b), so a spelling of length b needs b / a within
        [cutoff / (200 - cutoff), (200 - cutoff) / cutoff]. Rounded outwards: a wider window
        only costs comparisons."""
        if not 0 < cutoff < 100:
            return 0, len(self.spellings)
        shortest = math.floor(length * cutoff / (200 - cutoff))
        longest = math.ceil(length * (200 - cutoff) / cutoff)
        return bisect.bisect_left(self.lengths, shortest), bisect.bisect_right(self.lengths, longest)
