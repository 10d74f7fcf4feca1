"""Turn a found expression into a date: the calendar side, free of any language.

Conventions (news reports look back far more often than forward):

* a bare weekday is the latest such day on or before publication ("el
  miércoles" in a Wednesday paper is that day); "this" means the same Monday-
  to-Sunday week, "last"/"next" the nearest one strictly before/after;
* a date or month without a year, a day without a month, and a holiday take the
  candidate nearest to publication, where a day (or month) after publication
  counts :data:`FUTURE_WEIGHT` times as far as one before it;
* a future cue ("will", "se reunirán") in the same clause before the expression
  turns both rules forward: the first candidate on or after publication;
* "last week" / "la semana pasada" has no week precision in the analysis
  format, so it becomes the month that holds the day a week before publication;
* without a publication date, whatever needs one resolves to nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from ..work import TimeMention
from . import date_patterns as dp
from .date_grammar import DateGrammar, Offset
from .date_scan import Found

__all__ = ["FUTURE_WEIGHT", "resolve", "add_months", "weekday_date", "nearest_date", "nearest_day_of_month",
           "nearest_month_year", "format_date"]

FUTURE_WEIGHT = 10
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n\"«»“”()\[\]—–]")
_CLAUSE_LIMIT = 100  # characters looked back for a future cue
_DEFAULT_PRECISION = {"days": "day", "weeks": "month", "months": "month", "years": "year"}
_AGO_UNITS = {"day": ("days", "day"), "week": ("weeks", "day"), "month": ("months", "month"),
              "year": ("years", "year")}
T = TypeVar("T")


@dataclass(frozen=True)
class _Value:
    value: str
    precision: str
    value_end: str | None = None
    relative: bool = True


class _Context:
    """One found expression with what resolving it may need."""

    def __init__(self, found: Found, grammar: DateGrammar, text: str, published: dt.date | None):
        self.found = found
        self.grammar = grammar
        self.text = text
        self.published = published
        self.slots = {name: value for name, value in found.match.groupdict().items() if value}

    @cached_property
    def forward(self) -> bool:
        """A future cue sits in the same clause, before the expression."""
        if self.grammar.future is None:
            return False
        before = self.text[max(0, self.found.start - _CLAUSE_LIMIT):self.found.start]
        last_break = _CLAUSE_BREAK.search(before[::-1])  # the nearest break, searched backwards
        clause = before[len(before) - last_break.start():] if last_break else before
        return self.grammar.future.search(clause) is not None

    def month(self, slot: str = "month") -> int | None:
        if slot in self.slots:
            return self.grammar.months.get(dp.normal_form(self.slots[slot]))
        return int(self.slots["month_num"]) if "month_num" in self.slots else None

    def day(self, slot: str = "day") -> int:
        return int(re.match(r"\d+", self.slots[slot]).group())  # type: ignore[union-attr]

    def number(self) -> int:
        text = self.slots.get("n")
        if text is None:
            return 1  # "неделю назад", "a week ago": the unit alone means one
        return int(text) if text.isdigit() else self.grammar.numbers[dp.normal_form(text)]


def resolve(found: Found, grammar: DateGrammar, text: str, published: dt.date | None) -> TimeMention | None:
    """The TimeMention of ``found``, or None (a blocker, an impossible date, or a
    relative expression with no publication date to resolve it against)."""
    handler = _HANDLERS.get(found.rule.kind)
    if handler is None:
        return None
    try:
        value = handler(_Context(found, grammar, text, published))
    except ValueError:  # 31 February and the like: not a date after all
        return None
    if value is None:
        return None
    return TimeMention(start=found.start, end=found.end, text=text[found.start:found.end],
                       value=value.value, precision=value.precision, value_end=value.value_end,
                       relative=value.relative)


# -- one handler per kind of rule; each returns None when it cannot resolve ---------------
# (a relative expression needs the publication date, which may be unknown)

def _relative(ctx: _Context) -> _Value | None:
    return _shifted(ctx.published, ctx.found.rule.payload) if ctx.published else None


def _ago(ctx: _Context) -> _Value | None:
    if ctx.published is None:
        return None
    unit, precision = _AGO_UNITS[ctx.grammar.units[dp.normal_form(ctx.slots["unit"])]]
    offset = Offset(unit, ctx.number() * ctx.found.rule.payload, precision)
    return _shifted(ctx.published, offset)


def _weekday(ctx: _Context) -> _Value | None:
    if ctx.published is None:
        return None
    weekday = ctx.grammar.weekdays[dp.normal_form(ctx.slots["weekday"])]
    mode = ctx.found.rule.payload
    if mode == "recent" and weekday != ctx.published.weekday() and ctx.forward:
        mode = "coming"
    return _Value(weekday_date(ctx.published, weekday, mode).isoformat(), "day")


def _date(ctx: _Context) -> _Value | None:
    day, month, year = ctx.day(), ctx.month(), ctx.slots.get("year")
    if month is not None and year is not None:
        return _Value(dt.date(int(year), month, day).isoformat(), "day", relative=False)
    if ctx.published is None:
        return None
    if month is None:
        found = nearest_day_of_month(day, ctx.published, ctx.forward)
    else:
        found = nearest_date(month, day, ctx.published, ctx.forward)
    return _Value(found.isoformat(), "day") if found else None


def _span(ctx: _Context) -> _Value | None:
    month = ctx.month()
    first = (month, ctx.day())
    last = (ctx.month("month_end") or month, ctx.day("day_end"))
    crosses_year = first > last  # "del 28 de diciembre al 3 de enero"
    if "year" in ctx.slots:  # the year written belongs to the end of the span
        end = dt.date(int(ctx.slots["year"]), *last)  # type: ignore[arg-type]
        start = dt.date(end.year - crosses_year, *first)  # type: ignore[arg-type]
    elif ctx.published is None:
        return None
    else:
        found = nearest_date(first[0], first[1], ctx.published, ctx.forward)  # type: ignore[arg-type]
        if found is None:
            return None
        start, end = found, dt.date(found.year + crosses_year, *last)  # type: ignore[arg-type]
    if end <= start:
        return None
    return _Value(start.isoformat(), "day", end.isoformat(), relative="year" not in ctx.slots)


def _month(ctx: _Context) -> _Value | None:
    month, year = ctx.month(), ctx.slots.get("year")
    if year is not None:
        return _Value(f"{int(year):04d}-{month:02d}", "month", relative=False)
    if ctx.published is None:
        return None
    found_year = nearest_month_year(month, ctx.published, ctx.forward)  # type: ignore[arg-type]
    return _Value(f"{found_year:04d}-{month:02d}", "month")


def _year(ctx: _Context) -> _Value | None:
    return _Value(f"{int(ctx.slots['year']):04d}", "year", relative=False)


def _holiday(ctx: _Context) -> _Value | None:
    if ctx.published is None:
        return None
    month, day = ctx.found.rule.payload
    if day is None:
        year = nearest_month_year(month, ctx.published, ctx.forward)
        return _Value(f"{year:04d}-{month:02d}", "month")
    found = nearest_date(month, day, ctx.published, ctx.forward)
    return _Value(found.isoformat(), "day") if found else None


_HANDLERS: dict[str, Callable[[_Context], _Value | None]] = {
    "relative": _relative, "ago": _ago, "weekday": _weekday, "date": _date, "span": _span,
    "month": _month, "year": _year, "holiday": _holiday,
}


# -- calendar arithmetic ---------------------------------------------------------------------

def _shifted(published: dt.date, offset: Offset) -> _Value:
    """Publication moved by ``offset``, at the offset's precision."""
    if offset.unit == "days":
        moved = published + dt.timedelta(days=offset.amount)
    elif offset.unit == "weeks":
        moved = published + dt.timedelta(weeks=offset.amount)
    elif offset.unit == "months":
        moved = add_months(published, offset.amount)
    else:
        moved = add_months(published, 12 * offset.amount)
    precision = offset.precision or _DEFAULT_PRECISION[offset.unit]
    return _Value(format_date(moved, precision), precision)


def format_date(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end (31 March - 1 = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day {day.day} in {year}-{month + 1}")


def weekday_date(published: dt.date, weekday: int, mode: str) -> dt.date:
    """The date a weekday refers to (Monday = 0) under a weekday_patterns mode."""
    back = (published.weekday() - weekday) % 7  # days since the latest such weekday
    if mode == "recent":  # on or before publication
        return published - dt.timedelta(days=back)
    if mode == "last":  # strictly before
        return published - dt.timedelta(days=back or 7)
    ahead = (weekday - published.weekday()) % 7
    if mode == "coming":  # on or after publication (a future cue)
        return published + dt.timedelta(days=ahead)
    if mode == "next":  # strictly after
        return published + dt.timedelta(days=ahead or 7)
    weeks = {"this_week": 0, "last_week": -1, "next_week": 1}[mode]
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(days=weekday, weeks=weeks)


def _pick(candidates: list[T], distance: Callable[[T], int], forward: bool) -> T | None:
    """The candidate nearest publication (``distance`` < 0 before it, > 0 after it)."""
    if forward:
        ahead = [c for c in candidates if distance(c) >= 0]
        return min(ahead, key=distance, default=None)

    def cost(candidate: T) -> int:
        d = distance(candidate)
        return -d if d <= 0 else FUTURE_WEIGHT * d

    return min(candidates, key=cost, default=None)


def nearest_date(month: int, day: int, published: dt.date, forward: bool = False) -> dt.date | None:
    """The (month, day) nearest publication; None for a day no candidate year has (29 February)."""
    years = [published.year - 1, published.year, published.year + 1]
    candidates = [_date_or_none(y, month, day) for y in years]
    return _pick([c for c in candidates if c], lambda c: (c - published).days, forward)


def nearest_day_of_month(day: int, published: dt.date, forward: bool = False) -> dt.date | None:
    """"el día 16": that day of the publication month or of a month next to it."""
    months = [add_months(published.replace(day=1), shift) for shift in (-1, 0, 1)]
    candidates = [_date_or_none(m.year, m.month, day) for m in months]
    return _pick([c for c in candidates if c], lambda c: (c - published).days, forward)


def nearest_month_year(month: int, published: dt.date, forward: bool = False) -> int:
    """The year that puts ``month`` nearest publication."""
    here = published.year * 12 + published.month
    years = [published.year - 1, published.year, published.year + 1]
    best = _pick(years, lambda y: y * 12 + month - here, forward)
    return best if best is not None else published.year


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
