"""Case forms of Ukrainian and Russian place names, generated at build time.

A text says "у Новогеоргіївці", "захоплення Запорізького", "в Днепропетровской
области"; the gazetteer has nominatives. Rather than guessing the lemma of every
word of a text at run time (a morphological analyser picks the surname "харко"
for "Харкові"), each gazetteer name is expanded here into its case forms and
every form is stored as a key. Toponyms follow a handful of paradigms, listed
below as data: nominative ending -> the endings of genitive, dative, accusative,
instrumental and locative. Over-generation is harmless (a form nobody writes is
a key nobody looks up); the forms are matched case-insensitively.
"""
from __future__ import annotations

import functools
import itertools
import re

__all__ = ["case_forms"]

# Each paradigm: (nominative ending, the endings of gen dat acc ins loc). Alternatives for one
# case are joined by "|"; "-" is the empty ending (Піски -> gen. Пісок, stem + nothing).
_UK_NOUN: tuple[tuple[str, str], ...] = (
    ("ька", "ьки ьці ьку ькою ьці"),
    ("ка", "ки ці ку кою ці"),
    ("га", "ги зі гу гою зі"),
    ("ха", "хи сі ху хою сі"),
    ("ія", "ії ії ію ією ії"),
    ("я", "і і ю ею і"),
    ("а", "и і у ою і"),
    ("ське", "ського ському ське ським ському|ськім"),
    ("цьке", "цького цькому цьке цьким цькому|цькім"),
    ("е", "ого ому е им ому|ім"),
    ("ий", "ого ому ий им ому"),
    ("о", "а у о ом і"),
    ("ь", "я|і ю|і ь ем|ю і"),  # masculine (Ірпінь) or feminine (область)
    ("и", "-|ів ам и ами ах"),
    ("і", "ів|ей ям|ам і ями|ами ях|ах"),
    ("", "а|у у|ові - ом і|у"),
)
_UK_ADJ: tuple[tuple[str, str], ...] = (
    ("я", "ьої ій ю ьою ій"),
    ("а", "ої ій у ою ій"),
    ("е", "ого ому е им ому"),
    ("ий", "ого ому ий им ому"),
    ("ій", "ього ьому ій ім ьому"),
)
_RU_NOUN: tuple[tuple[str, str], ...] = (
    ("ка", "ки ке ку кой ке"),
    ("га", "ги ге гу гой ге"),
    ("ха", "хи хе ху хой хе"),
    ("ия", "ии ии ию ией ии"),
    ("я", "и е ю ей е"),
    ("жа", "жи же жу жей же"),
    ("ша", "ши ше шу шей ше"),
    ("а", "ы е у ой е"),
    ("ское", "ского скому ское ским ском"),
    ("цкое", "цкого цкому цкое цким цком"),
    ("ое", "ого ому ое ым ом"),
    ("ее", "его ему ее им ем"),
    ("ый", "ого ому ый ым ом"),
    ("ий", "ого ому ий им ом"),
    ("ой", "ого ому ой ым ом"),
    ("о", "о|а о|у о о|ом о|е"),
    ("ь", "я|и ю|и ь ем|ью е|и"),  # masculine (Ирпень) or feminine (область)
    ("ы", "-|ов ам ы ами ах"),
    ("и", "-|ей ам и ами ах"),
    ("", "а у - ом е"),
)
_RU_ADJ: tuple[tuple[str, str], ...] = (
    ("ая", "ой ой ую ой ой"),
    ("яя", "ей ей юю ей ей"),
    ("ое", "ого ому ое ым ом"),
    ("ый", "ого ому ый ым ом"),
    ("ий", "ого ому ий им ом"),
)

_CASES = 5
_UK_ALTERNATION = re.compile(r"^(.*)([іо])([бвгґджзклмнпрстфхцчшщ]ь?)$")
_ADJECTIVE_ENDINGS = ("ська", "цька", "зька", "ський", "цький", "ская", "цкая", "ое", "ая", "ий", "ый", "ій")


Paradigm = tuple[str, tuple[tuple[str, ...], ...]]  # nominative ending, endings per case


def _parse(table: tuple[tuple[str, str], ...]) -> tuple[Paradigm, ...]:
    out = []
    for ending, cases in table:
        per_case = cases.split(" ")
        assert len(per_case) == _CASES, ending
        out.append((ending, tuple(tuple("" if alt == "-" else alt for alt in case.split("|")) for case in per_case)))
    return tuple(out)


_TABLES = {("uk", "noun"): _parse(_UK_NOUN), ("uk", "adj"): _parse(_UK_ADJ),
           ("ru", "noun"): _parse(_RU_NOUN), ("ru", "adj"): _parse(_RU_ADJ)}


def _word_cases(word: str, language: str, role: str) -> list[set[str]]:
    """For one word: the set of forms for each of the five oblique cases."""
    low = word.lower()
    if word.isupper() and len(word) > 1:  # an abbreviation (США, РФ) does not decline
        return [{low} for _ in range(_CASES)]
    for ending, cases in _TABLES[(language, role)]:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: len(low) - len(ending)] if ending else low
            alternated = _alternated_stems(stem, language, ending)
            return [{stem + alt for alt in alts} | {s + alt for s in alternated for alt in alts if alt}
                    for alts in cases]
    return [{low} for _ in range(_CASES)]


def _alternated_stems(stem: str, language: str, ending: str) -> set[str]:
    """Ukrainian closes -о-/-е- into -і- in the last syllable of the nominative only,
    so the oblique cases reopen it: Харків -> Харкова, Ірпінь -> Ірпеня, Київ -> Києва."""
    stems: set[str] = set()
    if language != "uk" or ending not in ("", "ь"):
        return stems
    match = _UK_ALTERNATION.match(stem)
    if match and match.group(2) == "і":
        head, tail = match.group(1), match.group(3)
        stems |= {head + "е" + tail} if ending == "ь" else {head + "о" + tail, head + "е" + tail}
    if stem.endswith("їв"):
        stems.add(stem[:-2] + "єв")
    return stems


def _roles(words: list[str]) -> list[str]:
    """Which words of a multi-word name decline as adjectives.

    "Велика Новосілка": the first word agrees with the noun; "Станиця Луганська":
    the last word is the adjective. A single word is treated as a noun, whose
    paradigms include the adjectival neuter (-ське, -ое) that most village names use.
    """
    if len(words) == 1:
        return ["adj" if words[0].lower().endswith(_ADJECTIVE_ENDINGS[:6]) else "noun"]
    last_is_adj = words[-1].lower().endswith(_ADJECTIVE_ENDINGS)
    if last_is_adj:
        return ["noun"] + ["adj"] * (len(words) - 1)
    return ["adj"] * (len(words) - 1) + ["noun"]


@functools.lru_cache(maxsize=65536)
def case_forms(name: str, language: str) -> frozenset[str]:
    """The lower-case oblique forms of a nominative name ('uk' or 'ru'), name excluded.

    Hyphenated and multi-word names decline word by word in the same case
    ("Велика Новосілка" -> "Великої Новосілки").
    """
    if language not in ("uk", "ru"):
        return frozenset()
    words = name.split()
    roles = _roles(words)
    per_word = [_word_cases(w, language, r) if "-" not in w else _hyphenated(w, language, r)
                for w, r in zip(words, roles, strict=True)]
    forms: set[str] = set()
    for case in range(_CASES):
        for combo in itertools.product(*(sorted(cases[case]) for cases in per_word)):
            forms.add(" ".join(combo))
    forms.discard(name.lower())
    return frozenset(forms)


def _hyphenated(word: str, language: str, role: str) -> list[set[str]]:
    """Only the last part of a hyphenated name declines ("Івано-Франківськ" -> "Івано-Франківська")."""
    head, _, tail = word.rpartition("-")
    return [{f"{head.lower()}-{form}" for form in forms} for forms in _word_cases(tail, language, role)]
