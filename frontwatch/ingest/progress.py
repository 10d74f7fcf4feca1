"""A one-line progress bar on stderr for long ingests (only on a terminal, or when asked for)."""
from __future__ import annotations

import time
from collections import Counter
from typing import TextIO


class ProgressBar:
    """``update`` after each document; ``message`` prints a line above the bar; ``close`` at the end.

    Redraws at most ten times a second, so a fast run is not slowed by its own display.
    """

    def __init__(self, stream: TextIO, total: int | None, enabled: bool, width: int = 28):
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.width = width
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False

    def update(self, status: str) -> None:
        self.counts[status] += 1
        now = time.monotonic()
        if self.enabled and now - self._drawn_at >= 0.1:
            self._draw(now)

    def message(self, line: str) -> None:
        """Print ``line`` (an error) without tearing the bar."""
        self._clear()
        print(line, file=self.stream, flush=True)
        if self.enabled and self._shown:
            self._draw(time.monotonic())

    def close(self) -> None:
        if self.enabled and self._shown:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        done = sum(self.counts.values())
        rate = done / max(now - self.started, 1e-6)
        if self.total:
            filled = int(self.width * min(done / self.total, 1.0))
            bar = f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total}"
        else:
            bar = f"{done} documents"
        c = self.counts
        return (f"ingest {bar}  new {c['stored']}, copies {c['syndicated']}, known {c['duplicate']}, "
                f"failed {c['failed']}  {rate:.1f}/s")

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[2K" + self.line(now))
        self.stream.flush()
        self._drawn_at = now
        self._shown = True

    def _clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[2K")
