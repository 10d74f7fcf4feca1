"""The dates.toml files: same keys everywhere, documented, valid; the validator's
messages; a language added as data alone; the calendar rules."""
import copy
import datetime as dt
import re
import tomllib

import pytest

from frontwatch.errors import ResourceError
from frontwatch.extract.date_grammar import (
    DATES_KEYS, MONTH_KEYS, UNIT_KEYS, WEEKDAY_KEYS, WEEKDAY_MODES, build_grammar, grammar_for,
)
from frontwatch.extract.date_resolve import add_months, nearest_date, nearest_month_year, weekday_date
from frontwatch.extract.dates import time_mentions
from frontwatch.languages import LANG_ROOT, load_language

LANGUAGES = ("en", "es", "it", "uk", "ru")
DOCS = LANG_ROOT.parent.parent.parent / "docs" / "dates.md"
NESTED = {"months": MONTH_KEYS, "month_abbreviations": MONTH_KEYS, "weekdays": WEEKDAY_KEYS,
          "units": UNIT_KEYS, "weekday_patterns": WEEKDAY_MODES}


def data(code):
    return tomllib.loads((LANG_ROOT / code / "dates.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_file_has_exactly_the_keys(code):
    assert sorted(data(code)) == sorted(DATES_KEYS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_tables_have_the_same_keys_and_types_as_english(code):
    english, other = data("en"), data(code)
    for key in DATES_KEYS:
        assert type(other[key]) is type(english[key]), key
    for key, names in NESTED.items():
        assert sorted(other[key]) == sorted(names), key


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_compiles(code):
    grammar = grammar_for(load_language(code))
    assert grammar.rules and grammar.index


def test_every_key_is_documented():
    docs = DOCS.read_text(encoding="utf-8")
    missing = [key for key in DATES_KEYS if f"`{key}`" not in docs]
    assert not missing, f"docs/dates.md does not document {missing}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_month_and_weekday_has_a_name(code):
    entries = data(code)
    assert all(entries["months"][month] for month in MONTH_KEYS)
    assert all(entries["weekdays"][day] for day in WEEKDAY_KEYS)
    assert all(entries["units"][unit] for unit in UNIT_KEYS)


# -- the validator ----------------------------------------------------------------------------

def broken(change):
    entries = copy.deepcopy(data("en"))
    change(entries)
    return entries


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("numbers"), "lacks the keys: numbers"),
    (lambda d: d["date_patterns"].append("{day} {mnth}"), r"\[date_patterns\] '\{day\} \{mnth\}'"),
    (lambda d: d["date_patterns"].append("[on {day} {month}"), "expected ']'"),
    (lambda d: d["ago_patterns"].append("{n} ago"), r"needs \['unit'\]"),
    (lambda d: d["date_patterns"].append("{day} {day} {month}"), "each placeholder may appear once"),
    (lambda d: d["month_patterns"].append("[in ]{month}"), "a month or year alone"),
    (lambda d: d["year_patterns"].append("{year}"), "a month or year alone"),
    (lambda d: d["relative"].update({"now": {"hours": 0}}), r"\[relative\] 'now'"),
    (lambda d: d["holidays"].update({"Easter": "April"}), r"\[holidays\] 'Easter'"),
    (lambda d: d["months"].pop("may"), r"\[months\] must have exactly the keys"),
    (lambda d: d["weekday_patterns"].update({"soon": []}), r"\[weekday_patterns\] must have exactly"),
    (lambda d: d["numbers"].update({"dozen": "12"}), r"\[numbers\] must map words to whole numbers"),
    (lambda d: d["not_dates"].append("«{day}»"), "must start with a word"),
])
def test_a_malformed_file_is_refused_with_its_key(change, message):
    with pytest.raises(ResourceError, match=message):
        build_grammar("en", broken(change))


# -- a language added as data alone ------------------------------------------------------------

def test_a_new_language_needs_no_python():
    empty_table = {month: [] for month in MONTH_KEYS}
    portuguese = {
        "capitalised_names": False,
        "months": {**empty_table, "february": ["fevereiro"], "august": ["agosto"]},
        "month_abbreviations": empty_table,
        "weekdays": {day: [] for day in WEEKDAY_KEYS} | {"tuesday": ["terça-feira"]},
        "numbers": {"dois": 2},
        "ordinal_suffixes": [],
        "units": {"day": ["dia", "dias"], "week": ["semana"], "month": ["mês"], "year": ["ano", "anos"]},
        "relative": {"hoje": {"days": 0}, "ontem": {"days": -1}},
        "holidays": {},
        "ago_patterns": ["há {n} {unit}"],
        "later_patterns": [],
        "weekday_patterns": {"recent": ["[na ]{weekday}"], "this_week": [], "last": [], "next": [],
                             "last_week": [], "next_week": []},
        "date_patterns": ["[em ]{day} de {month}[ de {year}]"],
        "span_patterns": [],
        "month_patterns": ["em {month}[ de {year}]"],
        "year_patterns": ["em {year}"],
        "day_parts": [], "not_dates": [], "future_cues": [], "future_endings": [],
        "anterior_adverbs": [], "anterior_verbs": [], "participle_endings": [],
    }
    grammar = build_grammar("pt", portuguese)
    text = "Ontem, como na terça-feira e há dois dias, lembraram 24 de fevereiro de 2022 e o ataque em agosto."
    found = [(m.text, m.value) for m in time_mentions(text, grammar, dt.date(2025, 8, 27))]
    assert found == [("Ontem", "2025-08-26"), ("na terça-feira", "2025-08-26"), ("há dois dias", "2025-08-25"),
                     ("24 de fevereiro de 2022", "2022-02-24"), ("em agosto", "2025-08")]


# -- the calendar ------------------------------------------------------------------------------

WEDNESDAY = dt.date(2025, 8, 27)  # weekday() == 2
MONDAY, TUESDAY, WEDNESDAY_, FRIDAY = 0, 1, 2, 4


@pytest.mark.parametrize("weekday, mode, expected", [
    (WEDNESDAY_, "recent", "2025-08-27"), (TUESDAY, "recent", "2025-08-26"), (FRIDAY, "recent", "2025-08-22"),
    (WEDNESDAY_, "last", "2025-08-20"), (TUESDAY, "last", "2025-08-26"),
    (WEDNESDAY_, "next", "2025-09-03"), (FRIDAY, "next", "2025-08-29"),
    (WEDNESDAY_, "coming", "2025-08-27"), (MONDAY, "coming", "2025-09-01"),
    (MONDAY, "this_week", "2025-08-25"), (FRIDAY, "this_week", "2025-08-29"),
    (TUESDAY, "last_week", "2025-08-19"), (TUESDAY, "next_week", "2025-09-02"),
])
def test_weekday_modes(weekday, mode, expected):
    assert weekday_date(WEDNESDAY, weekday, mode).isoformat() == expected


@pytest.mark.parametrize("month, day, forward, expected", [
    (8, 20, False, "2025-08-20"),
    (9, 5, False, "2025-09-05"),    # nine days ahead beats a year back
    (12, 31, False, "2024-12-31"),  # four months ahead loses to eight back
    (8, 20, True, "2026-08-20"),    # a future cue: on or after publication
    (2, 29, False, "2024-02-29"),   # only leap years have it
])
def test_nearest_date(month, day, forward, expected):
    assert nearest_date(month, day, WEDNESDAY, forward).isoformat() == expected


@pytest.mark.parametrize("month, forward, expected", [(2, False, 2025), (9, False, 2025), (11, False, 2024),
                                                      (2, True, 2026), (8, True, 2025)])
def test_nearest_month_year(month, forward, expected):
    assert nearest_month_year(month, WEDNESDAY, forward) == expected


@pytest.mark.parametrize("start, months, expected", [
    ("2025-03-31", -1, "2025-02-28"), ("2024-03-31", -1, "2024-02-29"),
    ("2025-01-15", -1, "2024-12-15"), ("2025-12-01", 1, "2026-01-01"), ("2024-02-29", -12, "2023-02-28"),
])
def test_add_months_clamps_to_the_month_end(start, months, expected):
    assert add_months(dt.date.fromisoformat(start), months).isoformat() == expected


def test_docs_template_lists_every_key():
    docs = DOCS.read_text(encoding="utf-8")
    template = re.search(r"### A template\s+```toml\n(.*?)```", docs, re.S).group(1)
    keys = set(re.findall(r"^\[?([a-z_]+)\]?(?: =|$)", template, re.M))
    assert set(DATES_KEYS) <= keys
