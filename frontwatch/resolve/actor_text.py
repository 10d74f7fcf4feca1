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


def inflected_forms(surface: str, rules: Iterable[tuple[str, Sequence[str]]]) -> list[str]:
    """Forms of ``surface`` whose last word is declined by ``rules``.

    A rule is ``(ending, forms)``: a last word that ends in ``ending`` (the longest
    such rule applies; ``""`` fits any word) may appear with ``ending`` replaced by
    each of ``forms``. Only the last word is declined: enough for surnames and
    one-word names, not for every phrase (see docs/actors.md).
    """
    if not rules:
        return []
    last = surface.rsplit(" ", 1)[-1]
    if not last[-1:].isalpha():
        return []
    fitting = [(ending, forms) for ending, forms in rules if fold(last).endswith(ending)]
    if not fitting:
        return []
    ending, forms = max(fitting, key=lambda rule: len(rule[0]))
    stem = surface[: len(surface) - len(ending)]
    return [stem + form for form in forms if stem + form != surface]


def ascii_key(text: str) -> str:
    """ASCII lower-case words joined by ``-``: the stable part of a guessed actor's id."""
    lowered = "".join(_CYRILLIC_ASCII.get(c, c) for c in text.lower())
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))
