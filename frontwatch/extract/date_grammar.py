"""A language's ``dates.toml`` compiled into rules the scanner can apply fast.

Each pattern of the file becomes one :class:`Rule` (a compiled regex plus what
it means), filed under every word a match can start with. The scanner then
tries only the few rules filed under the word in front of it, instead of
running a hundred regexes over the whole text. Building happens once per
language (:func:`grammar_for` caches it); a malformed file raises a
ResourceError that names the language, the key and the pattern.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ResourceError
from ..languages import LanguageData
from ..models import DATE_PRECISIONS
from . import date_patterns as dp

__all__ = ["DATES_KEYS", "Offset", "Rule", "Bucket", "DateGrammar", "grammar_for", "build_grammar"]

# Every dates.toml has exactly these top-level keys (docs/dates.md documents each).
DATES_KEYS = (
    "capitalised_names", "months", "month_abbreviations", "weekdays", "numbers",
    "ordinal_suffixes", "units", "relative", "holidays", "ago_patterns",
    "later_patterns", "weekday_patterns", "date_patterns", "span_patterns",
    "month_patterns", "year_patterns", "day_parts", "not_dates", "future_cues",
    "future_endings", "anterior_adverbs", "anterior_verbs", "participle_endings",
)
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_KEYS = ("day", "week", "month", "year")
WEEKDAY_MODES = ("recent", "this_week", "last", "next", "last_week", "next_week")

# The placeholders each kind of pattern needs, and those it may use.
_SLOTS: dict[str, tuple[set[str], set[str]]] = {
    "blocker": (set(), set()),
    "relative": (set(), set()),
    "holiday": (set(), set()),
    "ago": ({"unit"}, {"n", "unit"}),
    "weekday": ({"weekday"}, {"weekday"}),
    "date": ({"day"}, {"day", "month", "month_num", "year", "weekday"}),
    "span": ({"day", "day_end"}, {"day", "day_end", "month", "month_end", "month_num", "year", "weekday"}),
    "month": ({"month"}, {"month", "year"}),
    "year": ({"year"}, {"year"}),
}
# When two rules match the same text, the kind listed first wins.
_KIND_ORDER = ("blocker", "span", "date", "month", "year", "ago", "weekday", "holiday", "relative")
_DIGITS = {"day": "#d", "day_end": "#d", "month_num": "#d", "year": "#y"}


@dataclass(frozen=True)
class Offset:
    """A relative phrase: how far from publication, in which unit, at which precision."""

    unit: str  # days | weeks | months | years
    amount: int
    precision: str | None = None  # None: the unit's own (weeks give a month)


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: str
    regex: re.Pattern[str]
    payload: Any = None  # Offset (relative), +1/-1 (ago), mode (weekday), (month, day) (holiday)


@dataclass(frozen=True)
class Bucket:
    """The rules filed under one word.

    When none of them can match that word alone, ``next_words`` holds every word
    their matches can go on with: the scanner then skips the many "el", "de",
    "in" whose next word ("el presidente") starts nothing, without running a
    single regex. ``next_words`` is None when the word may stand alone ("hoy").
    """

    rules: tuple[Rule, ...]
    next_words: frozenset[str] | None = None
    next_digits: bool = False  # a number may come next ("el 20", "Aug 24")


@dataclass(frozen=True)
class _Filed:
    """A rule with the first two words its matches can start with (see dp.openings)."""

    rule: Rule
    openings: frozenset[dp.Opening]


@dataclass(frozen=True)
class DateGrammar:
    code: str
    index: Mapping[str, Bucket]  # lower-case word or digit string -> its rules
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    units: Mapping[str, str]
    numbers: Mapping[str, int]
    day_part: re.Pattern[str] | None = None
    future: re.Pattern[str] | None = None
    anterior: re.Pattern[str] | None = None
    rules: tuple[Rule, ...] = field(default=(), repr=False)

    def rules_for(self, word: str) -> tuple[Rule, ...]:
        """The rules a match starting with ``word`` (letters only, or digits only) may follow."""
        bucket = self.index.get(word.lower())
        return bucket.rules if bucket else ()


@functools.cache
def grammar_for(lang: LanguageData) -> DateGrammar:
    """The compiled grammar of a language, built once per LanguageData."""
    return build_grammar(lang.code, lang.file("dates"))


def build_grammar(code: str, data: Mapping[str, Any]) -> DateGrammar:
    """Compile the parsed contents of a dates.toml."""
    missing = [key for key in DATES_KEYS if key not in data]
    if missing:
        raise ResourceError(f"{code}/dates.toml lacks the keys: {', '.join(missing)}")
    vocab = _Vocabulary(code, data)
    rules = tuple(_all_rules(code, data, vocab))
    return DateGrammar(
        code=code, index=_index(rules, vocab.suffixes),
        months=vocab.months, weekdays=vocab.weekdays, units=vocab.units, numbers=vocab.numbers,
        day_part=_day_part_regex(code, data), future=_future_regex(code, data),
        anterior=_anterior_regex(code, data, vocab), rules=tuple(item.rule for item in rules),
    )


class _Vocabulary:
    """Word lists of one language: lookups from a matched form to its meaning,
    the regex of each placeholder and how its matches begin."""

    def __init__(self, code: str, data: Mapping[str, Any]):
        self.capitalised = bool(data["capitalised_names"])
        self.month_names = _forms_table(code, data, "months", MONTH_KEYS)
        self.month_abbreviations = _forms_table(code, data, "month_abbreviations", MONTH_KEYS)
        self.weekday_names = _forms_table(code, data, "weekdays", WEEKDAY_KEYS)
        self.unit_names = _forms_table(code, data, "units", UNIT_KEYS)
        self.months = _lookup(self.month_names, start=1) | _lookup(self.month_abbreviations, start=1)
        self.weekdays = _lookup(self.weekday_names, start=0)
        self.units = {dp.normal_form(form): unit for unit, forms in zip(UNIT_KEYS, self.unit_names, strict=True)
                      for form in forms}
        self.numbers = _numbers(code, data["numbers"])
        self.suffixes = [str(s) for s in data["ordinal_suffixes"]]
        day = r"(?:3[01]|[12][0-9]|0?[1-9])" + _options(map(re.escape, self.suffixes), optional=True) + r"(?!\d)"
        endings = _options(re.escape(str(e)) for e in data["participle_endings"])
        self._regexes = {
            "day": day, "day_end": day,
            "month_num": r"(?:1[0-2]|0?[1-9])(?!\d)",
            "year": r"(?:19|20)[0-9]{2}(?!\d)",
            "weekday": self._alternation(self.weekday_names, self.capitalised),
            "unit": self._alternation(self.unit_names, False),
            "n": r"(?:[0-9]{1,3}(?!\d)|" + self._alternation([list(self.numbers)], False) + ")",
            "participle": r"\w+" + endings + r"(?!\w)",
        }

    def slot_regex(self, name: str, with_abbreviations: bool) -> str:
        """What a placeholder matches; month abbreviations only in a pattern with a {day}."""
        if name in ("month", "month_end"):
            abbreviations = self.month_abbreviations if with_abbreviations else []
            return self._alternation(self.month_names, self.capitalised, abbreviations)
        return self._regexes[name]

    def slot_openings(self, name: str, with_abbreviations: bool) -> set[dp.Opening]:
        """How a placeholder's match begins ("#d" and "#y" stand for digits)."""
        if name in _DIGITS:
            suffixes = self.suffixes if name in ("day", "day_end") else []
            # "24-го": a suffix after a hyphen is a word of its own to the scanner.
            return {(_DIGITS[name], None)} | {(_DIGITS[name], dp.form_openings(s)[0]) for s in suffixes
                                              if re.match(r"\W+\w", s)}
        pairs = {dp.form_openings(form) for form in self._forms(name, with_abbreviations)}
        return pairs | ({("#d", None)} if name == "n" else set())

    def _forms(self, name: str, with_abbreviations: bool) -> list[str]:
        tables = {
            "weekday": self.weekday_names, "unit": self.unit_names, "n": [list(self.numbers)],
            "month": self.month_names + (self.month_abbreviations if with_abbreviations else []),
        }
        tables["month_end"] = tables["month"]
        return [form for forms in tables.get(name, []) for form in forms]

    @staticmethod
    def _alternation(tables: list[list[str]], capitalised: bool, abbreviations: list[list[str]] | None = None) -> str:
        full = [(form, "") for forms in tables for form in forms]
        short = [(form, r"\.?") for forms in abbreviations or [] for form in forms]
        # Longest first, so "septiembre" is tried before "sep".
        ordered = sorted(full + short, key=lambda item: len(item[0]), reverse=True)
        return "(?:" + "|".join(dp.word_regex(form, capitalised) + dot for form, dot in ordered) + r")(?!\w)"


def _forms_table(code: str, data: Mapping[str, Any], key: str, names: tuple[str, ...]) -> list[list[str]]:
    table = data[key]
    if not isinstance(table, dict) or set(table) != set(names):
        raise ResourceError(f"{code}/dates.toml [{key}] must have exactly the keys {', '.join(names)}")
    return [[str(form) for form in table[name]] for name in names]


def _numbers(code: str, table: Any) -> dict[str, int]:
    if not isinstance(table, dict) or not all(isinstance(v, int) for v in table.values()):
        raise ResourceError(f"{code}/dates.toml [numbers] must map words to whole numbers")
    return {dp.normal_form(word): value for word, value in table.items()}


def _lookup(tables: list[list[str]], start: int) -> dict[str, int]:
    return {dp.normal_form(form): number for number, forms in enumerate(tables, start) for form in forms}


def _options(parts: Iterable[str], optional: bool = False) -> str:
    parts = sorted(parts, key=len, reverse=True)
    if not parts:
        return "" if optional else "(?!)"
    return "(?:" + "|".join(parts) + (")?" if optional else ")")


def _all_rules(code: str, data: Mapping[str, Any], vocab: _Vocabulary) -> Iterable[_Filed]:
    for pattern in data["not_dates"]:
        yield _rule(code, "not_dates", "blocker", pattern, None, vocab)
    for pattern, offset in data["relative"].items():
        yield _rule(code, "relative", "relative", pattern, _offset(code, pattern, offset), vocab)
    for pattern, value in data["holidays"].items():
        yield _rule(code, "holidays", "holiday", pattern, _holiday(code, pattern, value), vocab)
    for key, kind, payload in (("ago_patterns", "ago", -1), ("later_patterns", "ago", 1),
                               ("date_patterns", "date", None), ("span_patterns", "span", None),
                               ("month_patterns", "month", None), ("year_patterns", "year", None)):
        for pattern in data[key]:
            yield _rule(code, key, kind, pattern, payload, vocab)
    modes = data["weekday_patterns"]
    if not isinstance(modes, dict) or set(modes) != set(WEEKDAY_MODES):
        raise ResourceError(f"{code}/dates.toml [weekday_patterns] must have exactly the keys "
                            f"{', '.join(WEEKDAY_MODES)}")
    for mode in WEEKDAY_MODES:
        for pattern in modes[mode]:
            yield _rule(code, "weekday_patterns", "weekday", pattern, mode, vocab)


def _rule(code: str, key: str, kind: str, pattern: str, payload: Any, vocab: _Vocabulary) -> _Filed:
    """The rule of one pattern, with what the index needs to know about it."""
    where = f"{code}/dates.toml [{key}] {pattern!r}"
    try:
        items = dp.parse(pattern)
    except ResourceError as err:
        raise ResourceError(f"{code}/dates.toml [{key}]: {err}") from None
    slots = dp.slot_names(items)
    _check_slots(where, kind, slots)
    has_day = "day" in slots
    regex = dp.to_regex(items, lambda name: vocab.slot_regex(name, has_day))
    pairs, nullable = dp.openings(items, lambda name: vocab.slot_openings(name, has_day))
    if nullable:
        raise ResourceError(f"{where}: the pattern can match nothing")
    if kind in ("month", "year") and any(second is None for _, second in pairs):
        # "лютого" or "2000" on its own is as often an adjective or a count as a date.
        raise ResourceError(f"{where}: a month or year alone needs a word before or after it")
    rule = Rule(kind, pattern, re.compile(regex + r"(?!\w)", re.IGNORECASE), payload)
    return _Filed(rule, frozenset(pairs))


def _check_slots(where: str, kind: str, slots: list[str]) -> None:
    required, allowed = _SLOTS[kind]
    repeated = {name for name in slots if slots.count(name) > 1}
    if repeated:
        raise ResourceError(f"{where}: each placeholder may appear once ({', '.join(sorted(repeated))})")
    if set(slots) - allowed or required - set(slots):
        raise ResourceError(f"{where}: needs {sorted(required) or 'no placeholders'}, "
                            f"may use {sorted(allowed) or 'none'}, has {slots}")
    if kind == "span" and not {"month", "month_num"} & set(slots):
        raise ResourceError(f"{where}: a span needs {{month}} or {{month_num}}")


def _offset(code: str, pattern: str, value: Any) -> Offset:
    units = ("days", "weeks", "months", "years")
    given = [unit for unit in units if isinstance(value, dict) and unit in value]
    precision = value.get("precision") if isinstance(value, dict) else None
    if len(given) != 1 or not isinstance(value[given[0]], int) or precision not in (None, *DATE_PRECISIONS):
        raise ResourceError(f"{code}/dates.toml [relative] {pattern!r}: expected one of "
                            f"{{days|weeks|months|years = N}} and an optional precision, got {value!r}")
    return Offset(given[0], value[given[0]], precision)


def _holiday(code: str, pattern: str, value: Any) -> tuple[int, int | None]:
    match = re.fullmatch(r"(1[0-2]|0[1-9])(?:-(3[01]|[12][0-9]|0[1-9]))?", str(value))
    if match is None:
        raise ResourceError(f"{code}/dates.toml [holidays] {pattern!r}: expected \"MM-DD\" or \"MM\", got {value!r}")
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def _index(rules: tuple[_Filed, ...], suffixes: list[str]) -> dict[str, Bucket]:
    filed: dict[str, list[_Filed]] = defaultdict(list)
    for item in sorted(rules, key=lambda item: _KIND_ORDER.index(item.rule.kind)):
        for word in {first for first, _ in item.openings}:
            filed[word].append(item)
    buckets = {word: _bucket(word, items) for word, items in filed.items()}
    # Digit strings are looked up as they are, so "#d" and "#y" are spelt out.
    index = {word: bucket for word, bucket in buckets.items() if not word.startswith("#")}
    for digits in _digit_strings(suffixes):
        kind = "#y" if len(digits) == 4 else "#d"
        if kind in buckets:
            index[digits] = buckets[kind]
    return index


def _bucket(word: str, items: list[_Filed]) -> Bucket:
    rules = tuple(item.rule for item in items)
    seconds = {second for item in items for first, second in item.openings if first == word}
    if None in seconds:
        return Bucket(rules)  # "hoy", "martes": a match may end with this word
    words = frozenset(w for w in seconds if w is not None and not w.startswith("#"))
    return Bucket(rules, words, bool({"#d", "#y"} & seconds))


def _digit_strings(suffixes: list[str]) -> Iterable[str]:
    """Every word a day, month, count ("#d") or year ("#y") can be written as, with the
    ordinal suffixes that stick to the digits as one word ("11th", "1º")."""
    for width in (1, 2, 3):
        yield from (f"{n:0{width}d}" for n in range(10 ** width))
    glued = [suffix.lower() for suffix in suffixes if re.fullmatch(r"\w+", suffix)]
    for day in range(1, 32):
        yield from (f"{day}{suffix}" for suffix in glued)
        yield from (f"{day:02d}{suffix}" for suffix in glued)
    yield from (str(year) for year in range(1900, 2100))


def _phrases_regex(code: str, key: str, phrases: list[str], vocab: _Vocabulary | None = None) -> str:
    """One alternation of slot-less phrases (or anterior verb patterns)."""
    parts = []
    for phrase in phrases:
        try:
            items = dp.parse(phrase)
        except ResourceError as err:
            raise ResourceError(f"{code}/dates.toml [{key}]: {err}") from None
        slots = set(dp.slot_names(items))
        if slots - ({"participle"} if vocab else set()):
            raise ResourceError(f"{code}/dates.toml [{key}] {phrase!r}: unexpected placeholders {sorted(slots)}")
        parts.append(dp.to_regex(items, lambda name: vocab.slot_regex(name, False)))  # type: ignore[union-attr]
    return "|".join(parts)


def _compiled(body: str, wrap: Callable[[str], str]) -> re.Pattern[str] | None:
    return re.compile(wrap(body), re.IGNORECASE) if body else None


def _day_part_regex(code: str, data: Mapping[str, Any]) -> re.Pattern[str] | None:
    body = _phrases_regex(code, "day_parts", list(data["day_parts"]))
    return _compiled(body, lambda b: rf"\s+(?:{b})(?!\w)")


def _future_regex(code: str, data: Mapping[str, Any]) -> re.Pattern[str] | None:
    cues = _phrases_regex(code, "future_cues", list(data["future_cues"]))
    endings = _options([re.escape(e) for e in data["future_endings"]]) if data["future_endings"] else ""
    alternatives = [f"(?<!\\w)(?:{cues})(?!\\w)"] if cues else []
    alternatives += [rf"\w{endings}(?!\w)"] if endings else []
    return _compiled("|".join(alternatives), lambda b: b)


def _anterior_regex(code: str, data: Mapping[str, Any], vocab: _Vocabulary) -> re.Pattern[str] | None:
    """Anterior adverbs and verbs, as the groups "adverb" and "verb" (an adverb inside a
    date expression, "earlier today", does not count: see dates.is_anterior)."""
    adverbs = _phrases_regex(code, "anterior_adverbs", list(data["anterior_adverbs"]))
    verbs = _phrases_regex(code, "anterior_verbs", list(data["anterior_verbs"]), vocab)
    groups = [f"(?P<{name}>{body})" for name, body in (("adverb", adverbs), ("verb", verbs)) if body]
    return _compiled("|".join(groups), lambda b: rf"(?<!\w)(?:{b})(?!\w)")
