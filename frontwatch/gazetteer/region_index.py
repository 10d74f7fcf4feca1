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
    """A region's distinct spellings, shortest first, with the rows that carry each; and its frames."""

    spellings: list[str]
    lengths: list[int]                                # len() of each spelling, ascending
    holders: list[tuple[tuple[int, int], ...]]        # per spelling: (row position, place) of its rows
    frames: dict[str, tuple[tuple[int, str], ...]]    # frame -> (place, spelling) of its rows, by row id

    @classmethod
    def of(cls, rows: list[RegionRow]) -> RegionIndex:
        holders: dict[str, list[tuple[int, int]]] = {}
        frames: dict[str, list[tuple[int, int, str]]] = {}
        for position, (place, spelling, frame, rowid) in enumerate(rows):
            holders.setdefault(spelling, []).append((position, place))
            frames.setdefault(frame, []).append((rowid, place, spelling))
        # By length, then first row: a stable order in which a query's length window is one slice.
        spellings = sorted(holders, key=lambda s: (len(s), holders[s][0][0]))
        return cls(spellings, [len(s) for s in spellings], [tuple(holders[s]) for s in spellings],
                   {frame: tuple((place, spelling) for _rowid, place, spelling in sorted(found))
                    for frame, found in frames.items()})

    def frame_rows(self, frames: Iterable[str]) -> list[tuple[int, str]]:
        """(place, spelling) of the rows with one of the frames: by frame, then row id."""
        return [row for frame in sorted(set(frames)) for row in self.frames.get(frame, ())]

    def best(self, query: str, cutoff: float, limit: int) -> list[tuple[int, str]]:
        """(place, spelling) of the ``limit`` rows most similar to ``query`` (fuzz.ratio at least
        ``cutoff``), best first, ties to the earlier row."""
        lo, hi = self._window(len(query), cutoff)
        found = process.extract(query, self.spellings[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        hits = sorted((-score, position, place, spelling)
                      for spelling, score, i in found for position, place in self.holders[lo + i])
        return [(place, spelling) for _score, _position, place, spelling in hits[:limit]]

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
