"""Name keys: how a place name in any script and spelling becomes something to look up.

Two keys are computed for every name, at build time for the gazetteer and at query
time for the text:

``fold``      lower case, Latin accents and apostrophes removed, punctuation to single
              spaces; Cyrillic stays Cyrillic ("Запорізьке" and "Zaporizke" are two
              different keys, each stored for the place). Exact lookups use it.
``skeleton``  a coarse consonant frame that is the same for the Ukrainian, Russian
              and most Latin spellings of one name: Novoheorhiivka, Novogeorgievka,
              Новогеоргіївка and Новогеоргиевка all give ``nvgrgvk``. Fuzzy lookups
              start from it and confirm with a string similarity.

The Latin spellings stored for a Cyrillic name come from ``translitua`` (the
Ukrainian tables: KMU 2010, the one Ukraine uses officially, plus the British,
BGN and passport ones the press uses) and ``iuliia`` (Russian: the Wikipedia and
BGN/PCGN schemes, "Zaporozhskoye").
"""
from __future__ import annotations

import functools
import re
import unicodedata

import iuliia
import translitua

__all__ = [
    "fold", "skeleton", "coarse_latin", "is_cyrillic", "guess_cyrillic_language",
    "latin_forms", "area_stems",
]

_APOSTROPHES = "'’ʼ`´ʹ′‘"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NON_WORD = re.compile(r"[\W_]+")


def _latin_fold_table() -> dict[int, str]:
    """Latin letters with accents map to their base letter; apostrophes vanish.

    A translate table keeps ``fold`` in C: it runs on about a million strings
    when a gazetteer is built.
    """
    table: dict[int, str] = {ord(c): "" for c in _APOSTROPHES}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base != char:
            table[code] = base.lower()
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("ø"): "o", ord("đ"): "d", ord("ł"): "l",
                  ord("ё"): "е", ord("ґ"): "г", ord("ў"): "у"})
    return table


_FOLD = _latin_fold_table()


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """The exact-match key: "Zaporiz'ke" -> "zaporizke", "Нью-Йорк" -> "нью йорк"."""
    return _NON_WORD.sub(" ", text.lower().translate(_FOLD)).strip()


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def guess_cyrillic_language(name: str) -> str | None:
    """'uk', 'ru' or None when the letters do not tell (Горловка could be either)."""
    low = name.lower()
    if any(c in low for c in "іїєґ"):
        return "uk"
    if any(c in low for c in "ыэъё"):
        return "ru"
    return None


# The coarse Latin used only for skeletons and similarity: one letter per Cyrillic
# letter where possible, so that the Latin digraph rules below apply to both scripts.
_COARSE = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
    "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "x", "ц": "c", "ч": "c", "ш": "s", "щ": "s", "ь": "", "ъ": "", "ы": "i", "э": "e",
    "ю": "u", "я": "a",
})
# Order matters: the longer digraphs first, and "h" last because Ukrainian h is
# Russian g (Horlivka / Gorlovka) once kh, zh, sh and ch have been taken.
_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"),
             ("kh", "x"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("ph", "f"), ("h", "g"),
             ("w", "v"), ("j", "i"), ("q", "k"))
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 16)
def coarse_latin(text: str) -> str:
    """Folded text with Cyrillic mapped letter by letter and Latin digraphs merged."""
    text = fold(text).translate(_COARSE)
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    return text


@functools.lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Consonant frame shared by the spellings of one name in both scripts.

    Vowels are dropped because they are what Ukrainian and Russian forms differ in
    (Піски/Пески, Харків/Харьков); "zsk" becomes "zk" because Ukrainian writes
    -зьк- where Russian writes -жск- (Запорізьке/Запорожское).
    """
    frame = _VOWELS.sub("", coarse_latin(text).replace(" ", ""))
    return _DOUBLES.sub(r"\1", frame).replace("zsk", "zk")


def area_stems(frame: str) -> set[str]:
    """Frames of the town an area adjective comes from, as candidates: the adjective's
    "-sk"/"-ck" and a town's "-k"/"-v" taken off (Синельниківський/Синельникове,
    Великомихайлівська/Великомихайлівка); "-tsk" merges t and s, so "ck" may hide a "t"
    (Ясинуватський/Ясинувата); "-sk" may hide an "x" (Волноваський/Волноваха)."""
    out = {frame}
    for suffix in ("sk", "ck"):
        if frame.endswith(suffix):
            out.add(frame[: -len(suffix)])
    if frame.endswith("ck"):
        out.add(frame[:-2] + "t")
    if frame.endswith("sk"):  # х and г soften before -ськ-: Волноваха/Волноваський
        out.add(frame[:-2] + "x")
    for stem in list(out):
        for suffix in ("k", "v"):
            if stem.endswith(suffix):
                out.add(stem[:-1])
    return {stem for stem in out if len(stem) >= 3}


_UK_TABLES = (translitua.UkrainianKMU, translitua.UkrainianBritish, translitua.UkrainianBGN,
              translitua.UkrainianPassport2007)
_RU_SCHEMAS = (iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303)


@functools.lru_cache(maxsize=65536)
def latin_forms(name: str, language: str | None) -> tuple[str, ...]:
    """Latin spellings of a Cyrillic name, the official one first.

    ``language`` is 'uk', 'ru' or None (both sets, for names whose letters do not
    tell the language).
    """
    forms: list[str] = []
    if language in ("uk", None):
        forms += [translitua.translit(name, table) for table in _UK_TABLES]
    if language in ("ru", None):
        forms += [schema.translate(name) for schema in _RU_SCHEMAS]
    seen: dict[str, str] = {}
    for form in forms:
        seen.setdefault(fold(form), form)
    return tuple(seen.values())
