"""Reporting cues: the verbs and phrases of ``cues.toml`` found in a text.

A cue is a word form ("declaró", "said", "había reivindicado") or a source
phrase ("según", "according to") with its *sense*: the stance it gives the
content and how the content follows it (``docs/statements.md``). The forms of a
language are compiled into one regex, once per language. ``find_cues`` keeps
only the matches that are verbs in use: not a noun ("the Russian claims"), not
negated ("did not comment"), not passive or impersonal ("se había escrito"),
not a transcript label ("PREGUNTA:").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..languages import LanguageData
from .statement_grammar import WORD, Grammar, PhraseSet, grammar_for, phrase_set, word_before

FINITE, GERUND, PARTICIPLE, SOURCE = "finite", "gerund", "participle", "source"
# Characters after which a capitalised word starts a sentence or a quotation.
_OPENING = set(".!?¿¡:;\"'«“‘„([—–-\n")


@dataclass(frozen=True)
class CueSense:
    """What a cue does: its stance and the ways its content follows it."""

    stance: str
    content: frozenset[str]  # clause | bare | object
    markers: tuple[str, ...] = ()
    requires: str = ""
    audience: bool = False


@dataclass(frozen=True)
class CueMatch:
    start: int  # with its auxiliary ("había reivindicado")
    end: int
    verb_start: int  # the cue word itself
    surface: str
    form: str  # finite | gerund | participle | source
    sense: CueSense


@dataclass(frozen=True)
class CueLexicon:
    forms: dict[str, tuple[str, CueSense]]  # casefolded form -> (form tag, sense)
    lengths: dict[str, tuple[int, ...]]  # first word of a form -> its lengths in words, longest first
    noun_forms: frozenset[str]
    idioms: PhraseSet  # phrases that hold a cue form but report nothing
    first_words: re.Pattern[str] | None  # the first word of any form, as a trie-shaped regex

    def lookup(self, surface: str) -> tuple[str, CueSense] | None:
        return self.forms.get(" ".join(surface.casefold().split()))


@functools.cache
def lexicon_for(lang: LanguageData) -> CueLexicon:
    """The compiled cues of a language (cached per language data object)."""
    data = lang.file("cues")
    forms: dict[str, tuple[str, CueSense]] = {}
    paradigms = data.get("paradigms", {})
    for group in data.get("verbs", []):
        sense = _sense(group)
        for tag, form in _verb_forms(group, paradigms):
            forms.setdefault(" ".join(form.casefold().split()), (tag, sense))
    for group in data.get("sources", []):
        sense = CueSense(stance=group.get("stance", "asserts"), content=frozenset())
        for form in group.get("forms", []):
            forms.setdefault(" ".join(form.casefold().split()), (SOURCE, sense))
    lengths: dict[str, set[int]] = {}
    for form in forms:
        parts = form.split()
        lengths.setdefault(parts[0], set()).add(len(parts))
    return CueLexicon(forms=forms, lengths={w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()},
                      noun_forms=frozenset(f.casefold() for f in data.get("noun_forms", [])),
                      idioms=phrase_set(data.get("idioms", [])), first_words=_word_regex(lengths))


def _word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for a set of words, shaped as a trie of their letters: a plain alternation of
    a thousand forms is slow in Python's ``re``, a trie is fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_body(trie)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", re.IGNORECASE) if body else None


def _trie_body(node: dict) -> str:
    branches = [re.escape(char) + _trie_body(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _sense(group: dict) -> CueSense:
    return CueSense(stance=group.get("stance", "asserts"), content=frozenset(group.get("content", [])),
                    markers=tuple(group.get("markers", [])), requires=group.get("requires", ""),
                    audience=bool(group.get("audience", False)))


def _verb_forms(group: dict, paradigms: dict) -> Iterator[tuple[str, str]]:
    for paradigm, stems in group.get("stems", {}).items():
        endings = paradigms.get(paradigm, {})
        for stem in stems:
            for tag in (FINITE, GERUND, PARTICIPLE):
                for ending in endings.get(tag, []):
                    yield tag, stem + ending
    for key, tag in (("forms", FINITE), ("gerunds", GERUND), ("participles", PARTICIPLE)):
        for form in group.get(key, []):
            yield tag, form


def cue_spans(text: str, start: int, end: int, lex: CueLexicon) -> Iterator[tuple[int, int, str, CueSense]]:
    """Every cue form in ``text[start:end]``, the longest where forms overlap: (start, end, tag, sense)."""
    if lex.first_words is None:
        return
    pos = start
    for first in lex.first_words.finditer(text, start, end):
        if first.start() < pos:
            continue
        found = _longest_form(text, first, end, lex)
        if found is not None:
            pos = found[1]
            yield found


def _longest_form(text: str, first: re.Match[str], end: int, lex: CueLexicon) -> tuple[int, int, str, CueSense] | None:
    run = [first]
    for size in lex.lengths.get(first.group(0).casefold(), ()):
        while len(run) < size:
            gap = text[run[-1].end():run[-1].end() + 2]
            following = WORD.match(text, run[-1].end() + 1, end) if gap[:1] == " " else None
            if following is None:
                break
            run.append(following)
        if len(run) < size:
            continue
        entry = lex.forms.get(" ".join(w.group(0).casefold() for w in run[:size]))
        if entry is not None:
            return first.start(), run[size - 1].end(), entry[0], entry[1]
    return None


def find_cues(text: str, start: int, end: int, lang: LanguageData,
              spans: list[tuple[int, int, str, CueSense]] | None = None) -> list[CueMatch]:
    """The cues in use in ``text[start:end]``, in order (``spans``: the cue forms of the whole
    text from ``cue_spans``, when the caller already has them)."""
    lex, grammar = lexicon_for(lang), grammar_for(lang)
    if spans is None:
        spans = list(cue_spans(text, start, end, lex))
    found = []
    for cue_start, cue_end, tag, sense in spans:
        if not (start <= cue_start and cue_end <= end):
            continue
        cue = _accept(text, cue_start, cue_end, tag, sense, start, lex, grammar)
        if cue is not None:
            found.append(cue)
    return found


def _accept(text: str, start: int, end: int, tag: str, sense: CueSense, low: int, lex: CueLexicon,
            grammar: Grammar) -> CueMatch | None:
    surface = text[start:end]
    if not _case_fits(text, start, surface, low):
        return None
    if tag == SOURCE:
        return CueMatch(start, end, start, surface, tag, sense)
    if _blocked(text, start, low, surface, tag, lex, grammar) and grammar.ends("content_anaphors", text, start) is None:
        return None  # a noun ("the report"), unless a pronoun of content stands there ("Про це заявив")
    if lex.idioms.pattern is not None and lex.idioms.pattern.match(text, start):
        return None  # "que pidió el anonimato"
    aux = _auxiliary_start(text, start, low, grammar)
    if tag == PARTICIPLE and aux is None:
        return None
    cue_start = aux if aux is not None else start
    form = FINITE if tag == PARTICIPLE else tag
    return CueMatch(cue_start, end, start, text[cue_start:end], form, sense)


def _case_fits(text: str, pos: int, surface: str, low: int) -> bool:
    """Lower case, or capitalised where a sentence or quotation starts; never ALL CAPS."""
    if len(surface) > 1 and surface.isupper():
        return False  # a transcript label: "PREGUNTA:"
    if not surface[:1].isupper():
        return True
    before = text[low:pos].rstrip(" \t")
    return not before or before[-1] in _OPENING


def _blocked(text: str, pos: int, low: int, surface: str, tag: str, lex: CueLexicon, grammar: Grammar) -> bool:
    """A noun, an infinitive after a preposition, a negated, passive or impersonal use."""
    prev = word_before(text, pos, low)
    if prev is None or text[prev.end():pos].strip(" \t"):
        return False  # punctuation before the cue: nothing binds it
    word = prev.group(0)
    if grammar.has("articles", word) or grammar.has("determiners", word) or _possessive(word, grammar):
        return True
    if grammar.has("prepositions", word) and not (tag == GERUND and grammar.has("subordinators", word)):
        return True
    if surface.casefold() in lex.noun_forms and _adjective_after_article(text, prev, low, grammar):
        return True
    return _negated_or_passive(text, pos, low, grammar)


def _possessive(word: str, grammar: Grammar) -> bool:
    return any(word.endswith(s) for s in grammar.possessive_suffixes)


def _adjective_after_article(text: str, prev: re.Match[str], low: int, grammar: Grammar) -> bool:
    before = word_before(text, prev.start(), low)
    if before is None or text[before.end():prev.start()].strip():
        return False
    word = before.group(0)
    return grammar.has("articles", word) or grammar.has("determiners", word) or _possessive(word, grammar)


def _negated_or_passive(text: str, pos: int, low: int, grammar: Grammar) -> bool:
    """Look back over auxiliaries, adverbs and clitics for a negation, a passive or "se"."""
    cursor = pos
    for _ in range(4):
        prev = word_before(text, cursor, low)
        if prev is None or text[prev.end():cursor].strip(" \t"):
            return False  # punctuation: the clause starts here
        word = prev.group(0)
        if grammar.has("negations", word) or word.casefold().endswith("n't"):
            return True
        if grammar.has("passive_auxiliaries", word) or grammar.has("impersonal_markers", word):
            return True
        if not (grammar.has("perfect_auxiliaries", word) or grammar.is_adverb(word)
                or grammar.has("clitics", word) or grammar.has("modal_auxiliaries", word)):
            return False
        cursor = prev.start()
    return False


def _auxiliary_start(text: str, pos: int, low: int, grammar: Grammar) -> int | None:
    """Start of a perfect auxiliary right before the cue ("había" in "había reivindicado")."""
    cursor = pos
    for _ in range(3):
        prev = word_before(text, cursor, low)
        if prev is None or text[prev.end():cursor].strip(" \t"):
            return None
        if grammar.has("perfect_auxiliaries", prev.group(0)):
            return prev.start()
        if not grammar.is_adverb(prev.group(0)):
            return None
        cursor = prev.start()
    return None
