"""Text helpers for actor matching: a length-preserving fold, case and word checks.

Matching runs on a *folded* copy of the text: lower case, accents dropped, one
kind of apostrophe and quote, hyphens and dashes as spaces. The fold maps every
character to exactly one character, so the folded copy has the length of the
original: a match in it is a span of the original with the same offsets, and the
case of the original can still be checked letter by letter.

``ascii_key`` is the other fold, for ids: ASCII lower case words joined by ``-``,
with Cyrillic transliterated the way ``../shared/eval/score.py`` does it.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence

# Characters folded to a common form; dashes become spaces so that "state-backed"
# and hyphenated names ("Agency-Name") split into words the way the registry's do.
_SPECIAL = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u00a0": " ", "\u202f": " ", "\t": " ", "\n": " ", "\r": " ",
}

# The scripts registry names are written in: Latin (with its extensions) and
# Cyrillic. Characters outside these ranges are left as they are.
_FOLDED_RANGE = range(0x0530)

_CYRILLIC_ASCII = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
    ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia",
     "y", "e", "e", ""]))

# Two-letter acronyms standing alone ("XY", not "XX.YY." or "XYZ"): their dotted
# spelling ("X.Y.") is common enough in English to be generated.
_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{2})(?![\w.])")


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    base = unicodedata.normalize("NFD", char)[0]  # the letter without its accents
    lower = base.lower()
    return lower if len(lower) == 1 else base


@functools.cache
def _fold_table() -> dict[int, str]:
    # Built on first use (not at import) to keep the CLI's cold start short.
    return {code: _fold_char(chr(code)) for code in _FOLDED_RANGE}


def fold(text: str) -> str:
    """Lower case without accents, same length as ``text``."""
    return text.translate(_fold_table())


def is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


def at_word_edges(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not part of a longer word."""
    if start > 0 and is_word_char(text[start]) and is_word_char(text[start - 1]):
        return False
    return not (end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]))


def case_fits(text: str, start: int, surface: str) -> bool:
    """The capital letters of ``surface`` are capitals in ``text`` at ``start``.

    Lower-case letters of ``surface`` fit either case, so "ejército ucraniano" also
    matches at the start of a sentence and "Agency" matches "AGENCY".
    """
    if surface.islower():
        return True
    return all(t.isupper() for s, t in zip(surface, text[start:start + len(surface)]) if s.isupper())


def dotted_acronyms(surface: str) -> str | None:
    """``XY president`` -> ``X.Y. president``: the dotted spelling of two-letter acronyms."""
    dotted = _ACRONYM.sub(lambda m: ".".join(m.group(1)) + ".", surface)
    return dotted if dotted != surface else None


# A declension rule: (folded ending, forms by case, whether it declines adjectives).
# Forms are listed in one case order for every rule of a language, so that the words of
# a phrase decline together; "|" separates variants of one case, "-" is the empty ending.
Rule = tuple[str, Sequence[str], bool]


def inflected_forms(surface: str, rules: Iterable[tuple[str, Sequence[str]] | Rule]) -> list[str]:
    """Declined forms of ``surface`` under ``rules`` (see ``Rule``).

    A phrase declines its leading adjectives and its head noun together, case by case
    ("російське міністерство оборони" -> "російського міністерства оборони"); what follows
    the head is a complement already in its own case and stays. A name of capitalised
    words declines every word ("Петро Гнатюк" -> "Петра Гнатюка").
    Where a word may be an adjective or a noun both readings are generated: a form nobody
    writes is a key nobody looks up. The last word alone is declined too.
    """
    table = tuple(_as_rule(rule) for rule in rules)
    if not table:
        return []
    words = surface.split(" ")
    readings = [_readings(word, table) for word in words]
    if not any(readings):
        return []
    variants: set[str] = set()
    for count in _declined_counts(words, readings, table):
        variants |= _agreeing(words, readings, count)
    last = [None] * (len(words) - 1) + [readings[-1]]
    variants |= _agreeing(words, last, len(words))
    variants.discard(surface)
    return sorted(variants)


def _as_rule(rule: tuple[str, Sequence[str]] | Rule) -> Rule:
    return (rule[0], rule[1], bool(rule[2])) if len(rule) > 2 else (rule[0], rule[1], False)  # type: ignore[misc]


def _readings(word: str, rules: tuple[Rule, ...]) -> list[set[str]] | None:
    """For each case, the forms ``word`` may take (as a noun and, if it fits, as an adjective);
    None for a word that does not decline (an abbreviation, a number, no fitting rule)."""
    head, _, tail = word.rpartition("-")
    prefix = head + "-" if head else ""
    if not tail[-1:].isalpha() or (len(tail) > 1 and tail.isupper()):
        return None
    cases: list[set[str]] = []
    for rule in _fitting_readings(tail, rules):
        stem = tail[: len(tail) - len(rule[0])]
        for index, variants in enumerate(rule[1]):
            if index == len(cases):
                cases.append(set())
            cases[index] |= {prefix + stem + ("" if v == "-" else v) for v in variants.split("|")}
    return cases or None


def _fitting_readings(word: str, rules: tuple[Rule, ...]) -> list[Rule]:
    """The noun rule and the adjective rule that fit ``word``, the one with the longer ending
    only when one is longer ("-ський" is an adjective, "-ія" a noun, "-а" may be either)."""
    found = [r for r in (_longest_rule(word, rules, False), _longest_rule(word, rules, True)) if r is not None]
    longest = max((len(r[0]) for r in found), default=0)
    return [r for r in found if len(r[0]) == longest]


def _is_adjective(word: str, rules: tuple[Rule, ...]) -> bool:
    return any(r[2] for r in _fitting_readings(word, rules))


def _longest_rule(word: str, rules: tuple[Rule, ...], adjective: bool) -> Rule | None:
    folded = fold(word)
    fitting = [r for r in rules if r[2] == adjective and folded.endswith(r[0]) and len(folded) > len(r[0])
               and (r[0] or _same_script(word, r[1]))]
    return max(fitting, key=lambda r: len(r[0]), default=None)


def _same_script(word: str, forms: Sequence[str]) -> bool:
    """The catch-all ending "" fits only words of the script its forms are written in (a
    Ukrainian rule does not decline "Smith")."""
    letters = [c for form in forms for c in form if c.isalpha()]
    return not letters or _script(word[-1]) == _script(letters[0])


def _script(char: str) -> str:
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _declined_counts(words: list[str], readings: list[list[set[str]] | None], rules: tuple[Rule, ...]) -> list[int]:
    """How many leading words may decline together: up to the head noun (the first word that
    cannot be an adjective), and every word of a name written in capitals."""
    counts: list[int] = []
    for index, word in enumerate(words):
        counts.append(index + 1)
        if readings[index] is None or not _is_adjective(word.rpartition("-")[2], rules):
            break
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        counts.append(len(words))
    return counts


def _agreeing(words: list[str], readings: list[list[set[str]] | None], count: int) -> set[str]:
    """The phrase with its first ``count`` words in one case, for every case."""
    declined = [r for r in readings[:count] if r]
    if not declined:
        return set()
    forms: set[str] = set()
    rest = words[count:]
    for case in range(max(len(r) for r in declined)):
        options = [sorted(r[case]) if r and case < len(r) else [w] for w, r in zip(words[:count], readings[:count])]
        forms |= {" ".join([*combo, *rest]) for combo in itertools.product(*options)}
    return forms


def ascii_key(text: str) -> str:
    """ASCII lower-case words joined by ``-``: the stable part of a guessed actor's id."""
    lowered = "".join(_CYRILLIC_ASCII.get(c, c) for c in text.lower())
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))
