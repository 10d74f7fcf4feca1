"""Finding place names in running text: spans, cue words, and their candidates.

A span is a run of capitalised words (with connectors such as "de", "of" inside)
whose folded form is a stored key, longest first. Around it, cue words tell what
kind of place it is ("región de X", "X oblast", "village of X", "X district",
"Дніпропетровській області") and whether it is a reference point ("near X").
A span is refused when it is a stop-word or a given name, follows a given name
("Andriy Yermak"), is a word the same text also uses in lower case
("Para"/"para"), stands in quotation marks («Дніпро», a unit or operation), or
lies inside a span another stage has claimed (an actor's name). At the start of a
sentence, where every word is capitalised, a weak match (a case form, an
alternate name, a fuzzy match) must name a large place or come with a cue; so
must a short one anywhere.

Names no key matches (Запорожское, the Russian form of Запорізьке) get a second,
fuzzier chance in the regions the text names, or after a settlement cue.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .cues import ADMIN_KINDS, AREA_OF_CUE, CUE_KINDS, Cues, cues_for, longest_suffix
from .gazetteer import CUE_PENALTY, Gazetteer, KeyHit
from .names import fold, is_cyrillic

__all__ = ["Token", "Mention", "tokenize", "find_mentions"]

_WORD = re.compile(r"\w+(?:[-'’ʼ]\w+)*")
_POSSESSIVE = ("'s", "’s")
_CONNECTORS = {"de", "del", "di", "of", "on", "upon", "la", "el", "do", "da", "na", "nad", "над", "на"}
_ARTICLES = {"the", "a", "la", "el", "las", "los", "il", "lo", "le", "l", "i", "gli", "an"}
_QUOTES_OPEN = "«\"“„'‘‹"
_QUOTES_CLOSE = "»\"”“'’›"
_BREAKS = set(".;:!?()[]«»\"“”\n")
_SENTENCE_END = set(".!?…\n")
MAX_WORDS = 4
STRONG_MATCH = 0.95     # an official name or a standard transliteration
LARGE_PLACE = 5.0       # log10 population: at a sentence start, a weak match must be this large
TOWN = 4.0              # log10 population: a short weak match inside a sentence must be this large (Бучу, Ірпеня)
LATIN_FUZZY = 0.68      # a fuzzy match of a Latin-script word needs 85 % similarity (x 0.8)
SHORT_NAME = 7          # letters: a shorter weak match needs a cue


class Token(NamedTuple):
    """A word of the text (a tuple: a few hundred per text, each read many times)."""

    text: str
    start: int
    end: int
    folded: str
    capitalised: bool


@dataclass
class Mention:
    """A place name in the text and the places it may name (row id -> name score)."""

    start: int            # the span, cue words included ("región de Dnipropetrovsk")
    end: int
    text: str
    name: str             # the name alone ("Dnipropetrovsk")
    kinds: frozenset[str] | None = None  # kinds the cue words allow
    near: bool = False    # "near X": X is a reference point, not the place itself
    scores: dict[int, float] = field(default_factory=dict)
    exact: bool = True    # matched a stored key (not a fuzzy fallback)
    area_of: str | None = None  # "district" / "direction": an area named after the town in ``scores``


@dataclass(frozen=True)
class _Context:
    """What the words around tokens i..j say."""

    kinds: frozenset[str] | None
    start: int
    end: int
    near: bool
    area: str | None


# A fuzzy lookup: the name, the regions looked in, the kinds its cue words allow.
_FuzzyQuery = tuple[str, tuple[tuple[str, str], ...], frozenset[str] | None]


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _WORD.finditer(text):
        word = match[0]
        if word.endswith(_POSSESSIVE):  # "Ukraine's" is Ukraine
            word = word[:-2]
        start = match.start()
        tokens.append(Token(word, start, start + len(word), fold(word), word[:1].isupper()))
    return tokens


def find_mentions(gaz: Gazetteer, text: str, languages: Sequence[str], *,
                  regions: Iterable[tuple[str, str]] = (), blocked: Iterable[tuple[int, int]] = (),
                  fallback: bool = True, running_text: bool = True) -> list[Mention]:
    """Place mentions of ``text``, in order. ``regions``: (country, admin1 code) pairs in which
    fuzzy matches are looked for; the regions the text itself names are added.
    ``running_text=False`` reads a place description ("Peski village, Donetsk region"), where
    every capitalised word is meant as a place: the guards against common words are off."""
    cues = cues_for(tuple(dict.fromkeys([*languages, "en"])))
    scanner = _Scanner(gaz, text, cues, list(blocked), running_text)
    mentions = scanner.exact()
    if fallback:
        context = set(regions) | named_regions(gaz, mentions)
        for mention in mentions:
            scanner.widen(mention, context)
        mentions = sorted(mentions + scanner.fuzzy(mentions, context), key=lambda m: m.start)
    return mentions


def named_regions(gaz: Gazetteer, mentions: list[Mention]) -> set[tuple[str, str]]:
    """The regions a text names with a cue ("Dnipropetrovsk region") or unambiguously."""
    found = set()
    for mention in mentions:
        admin1 = [p for p in mention.scores if gaz.row(p).candidate.kind == "admin1"]
        if len(admin1) == 1 and (mention.kinds is not None or len(mention.scores) == 1):
            c = gaz.row(admin1[0]).candidate
            found.add((c.country or "", c.admin1_code or ""))
    return found


class _Scanner:
    def __init__(self, gaz: Gazetteer, text: str, cues: Cues, blocked: list[tuple[int, int]], running_text: bool):
        self.running_text = running_text
        self.gaz = gaz
        self.text = text
        self.cues = cues
        self.blocked = _Spans(blocked)
        self.tokens = tokenize(text)
        self.lower_words = {t.folded for t in self.tokens if t.text[:1].islower()}
        # A text repeats its names ("Russian", "Zaporizke"): each is looked up once.
        # ``exact`` fills the key hits of every span with one query.
        self._hits: dict[str, list[KeyHit]] = {}
        self._fuzzy_cache: dict[_FuzzyQuery, dict[int, float]] = {}

    # -- exact matches -------------------------------------------------------------------------

    def exact(self) -> list[Mention]:
        spans = self._spans()
        hits = self.gaz.keys(key for _i, _j, key in spans)
        self._hits = {key: hits.get(key, []) for _i, _j, key in spans}
        self.gaz.preload(hit.place for found in hits.values() for hit in found)
        taken: set[int] = set()
        mentions = []
        for i, j, key in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
            if key not in hits or taken & set(range(i, j)):
                continue
            mention = self._mention(i, j, {h.place: (h.weight, h.needs_cue) for h in hits[key]})
            if mention is not None:
                mentions.append(mention)
                taken |= set(range(i, j))
        return sorted(mentions, key=lambda m: m.start)

    def _spans(self) -> list[tuple[int, int, str]]:
        """(first token, end token, folded key) of every capitalised run of up to MAX_WORDS words."""
        spans = []
        for i, token in enumerate(self.tokens):
            if not token.capitalised:
                continue
            for j in range(i + 1, min(i + MAX_WORDS, len(self.tokens)) + 1):
                last = self.tokens[j - 1]
                if j - 1 > i and not (last.capitalised or last.folded in _CONNECTORS):
                    break
                if not self._joined(j - 2, j - 1) and j - 1 > i:
                    break
                spans.append((i, j, " ".join(t.folded for t in self.tokens[i:j])))
        return spans

    def _joined(self, a: int, b: int, allowed: str = " -") -> bool:
        """Whether tokens a and b are separated by nothing but the allowed characters."""
        return not self.text[self.tokens[a].end:self.tokens[b].start].strip(allowed)

    def _mention(self, i: int, j: int, hits: dict[int, tuple[float, bool]], exact: bool = True) -> Mention | None:
        if self._refused(i, j):
            return None
        context = self._context(i, j)
        scores = {p: w - (CUE_PENALTY if cue else 0.0) for p, (w, cue) in hits.items()
                  if not cue or context.kinds}
        if context.kinds:
            # The cue decides the kind: "Petrovsky district" is no village Petrivske.
            scores = next((fitting for allowed in _narrowest_first(context.kinds)
                           if (fitting := {p: s for p, s in scores.items()
                                           if self.gaz.row(p).candidate.kind in allowed})), {})
        name = self.text[self.tokens[i].start:self.tokens[j - 1].end]
        area = context.area if context.area and (context.area == "direction" or not scores) else None
        if area:
            scores = self.gaz.towns_named_by(name)
        if not scores or self._weak(i, name, scores, context):
            return None
        return Mention(start=context.start, end=context.end, text=self.text[context.start:context.end], name=name,
                       kinds=context.kinds, near=context.near, scores=scores, exact=exact, area_of=area)

    def _refused(self, i: int, j: int) -> bool:
        words = self.tokens[i:j]
        if j - i == 1 and (words[0].folded in self.cues.stop or words[0].folded in self.lower_words):
            return True
        if i > 0 and self.tokens[i - 1].folded in self.cues.given_names and self._joined(i - 1, i, " "):
            return True
        start, end = words[0].start, words[-1].end
        if self.blocked.overlap(start, end):
            return True
        before, after = self.text[start - 1:start], self.text[end:end + 1]
        return bool(before) and before in _QUOTES_OPEN and bool(after) and after in _QUOTES_CLOSE

    def _weak(self, i: int, name: str, scores: dict[int, float], context: _Context) -> bool:
        """A weak match (a case form, an alternate name, a fuzzy match) of a small place, with
        no cue word, is refused at a sentence start (where every word is capitalised) and
        for short words anywhere: "Сили" (forces) is no village Syla."""
        if not self.running_text or context.kinds or context.near or context.area \
                or max(scores.values()) >= STRONG_MATCH:
            return False
        if any(self.gaz.row(p).importance >= LARGE_PLACE for p in scores):
            return False
        if self._sentence_start(i):
            return True
        # A short case form mid-sentence names a town ("звільнили Бучу"), not a hamlet that
        # shares its spelling with a common word ("Сили оборони" is no village Syla).
        return len(name) < SHORT_NAME and not any(self.gaz.row(p).importance >= TOWN for p in scores)

    def _sentence_start(self, i: int) -> bool:
        start = self.tokens[i].start
        window = self.text[max(0, start - 12):start].rstrip(" \t\"'«“„‘(—–-")
        if not window:
            return start <= 12  # nothing but spaces, quotes or dashes since the start of the text
        return window[-1] in _SENTENCE_END

    # -- cue words ---------------------------------------------------------------------------------

    def _context(self, i: int, j: int) -> _Context:
        """Kinds allowed, span, "near" and area from the words next to tokens i..j.

        Region, district and direction cues become part of the span ("región de
        Dnipropetrovsk"); a settlement cue does not ("the village of" is not the
        village's name). Cue words must touch the name: no full stop, bracket or
        quotation mark in between."""
        before = [t.folded for t in self._adjacent_before(i)]
        after = [t.folded for t in self._adjacent_after(j)]
        cues_before, cues_after = self.cues.kinds_before(before), self.cues.kinds_after(after)
        kinds: set[str] = set()
        area = None
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        for kind in CUE_KINDS:
            n_before, n_after = cues_before.get(kind), cues_after.get(kind)
            if n_before is None and n_after is None:
                continue
            kinds |= ADMIN_KINDS.get(kind, frozenset())
            area = area or AREA_OF_CUE.get(kind)
            if kind != "settlement":
                start = self.tokens[i - n_before].start if n_before else start
                end = self.tokens[j + n_after - 1].end if n_after else end
        rest = before[:len(before) - cues_before.get("settlement", 0)]
        while rest and rest[-1] in _ARTICLES:
            rest.pop()
        near = longest_suffix(rest, self.cues.near) is not None
        return _Context(frozenset(kinds) or None, start, end, near, area)

    def _adjacent_before(self, i: int, limit: int = 5) -> list[Token]:
        k = i
        while k > 0 and i - k < limit and not (_BREAKS & set(self.text[self.tokens[k - 1].end:self.tokens[k].start])):
            k -= 1
        return self.tokens[k:i]

    def _adjacent_after(self, j: int, limit: int = 2) -> list[Token]:
        k = j
        while k < len(self.tokens) and k - j < limit and \
                not (_BREAKS & set(self.text[self.tokens[k - 1].end:self.tokens[k].start])):
            k += 1
        return self.tokens[j:k]

    # -- fuzzy matches -----------------------------------------------------------------------------

    def widen(self, mention: Mention, regions: set[tuple[str, str]]) -> None:
        """A name whose exact matches all lie outside the named regions ("Novogrigoryevka"
        is a Russian alternate of some other village) also gets the fuzzy matches inside them."""
        if not regions or mention.area_of or (mention.kinds and "settlement" not in mention.kinds):
            return
        places = [self.gaz.row(p).candidate for p in mention.scores]
        if any((c.country or "", c.admin1_code or "") in regions or c.kind not in ("settlement", "feature")
               for c in places):
            return
        for place, score in self._fuzzy_scores(mention.name, regions, mention.kinds).items():
            mention.scores.setdefault(place, score)

    def fuzzy(self, found: list[Mention], regions: set[tuple[str, str]]) -> list[Mention]:
        """Second chance for capitalised words no key matched, in the named regions."""
        covered = {k for m in found for k in range(m.start, m.end)}
        out = []
        i = 0
        while i < len(self.tokens):
            if not self.tokens[i].capitalised:  # most words: no name starts here
                i += 1
                continue
            if self.tokens[i].start in covered:
                i += 1
                continue
            # The whole capitalised run first: a name may end in a word that is a name of its own
            # ("Tsvetnye Peski", "Chasovoy Yar", "Velyka Novoselka"). Only when the whole run
            # finds nothing, the run up to the next word another mention holds ("Запорожское
            # Днепропетровской области").
            whole, cut = self._name_end(i), self._name_end(i, covered)
            ends = dict.fromkeys((whole, cut))
            j = cut  # nothing found: the words after the other mention get their own chance
            for end in ends:
                if end == i or not self._worth_a_try(i, end):
                    continue
                context = self._context(i, end)
                name = self.text[self.tokens[i].start:self.tokens[end - 1].end]
                scores = self._fuzzy_scores(name, regions, context.kinds)
                if scores or context.area:
                    mention = self._mention(i, end, {p: (s, False) for p, s in scores.items()}, exact=False)
                    out += [mention] if mention else []
                    j = end
                    break
            i = max(j, i + 1)
        return out

    def _name_end(self, i: int, covered: set[int] | None = None) -> int:
        """The capitalised run from token i (at most three words), stopping before a word of an
        actor's name ("Новогеоргиевки Минобороны") and, given ``covered``, before a word another
        mention holds ("Запорожское Днепропетровской области")."""
        j = i
        while j < len(self.tokens) and self.tokens[j].capitalised and j - i < 3 and (j == i or self._joined(j - 1, j)):
            if j > i and (self._blocked_token(j) or (covered is not None and self.tokens[j].start in covered)):
                break
            j += 1
        return j

    def _blocked_token(self, k: int) -> bool:
        token = self.tokens[k]
        return self.blocked.overlap(token.start, token.end)

    def _worth_a_try(self, i: int, j: int) -> bool:
        words = self.tokens[i:j]
        if any(w.text.isupper() or w.folded in self.cues.stop for w in words):
            return False
        return len(words[0].text) >= 4 and not self._refused(i, j)

    def _fuzzy_scores(self, name: str, regions: set[tuple[str, str]], kinds: frozenset[str] | None) -> dict[int, float]:
        """Within the named regions; with only a settlement cue, anywhere in Ukraine. A Latin
        word needs a closer match ("Ukrainian" is not the village Ukrainka). The answer is
        shared by every occurrence of the name: callers must not change it."""
        key = (name, tuple(sorted(regions)), kinds)
        if key not in self._fuzzy_cache:
            self._fuzzy_cache[key] = self._look_up_fuzzy(name, key[1], kinds)
        return self._fuzzy_cache[key]

    def _look_up_fuzzy(self, name: str, regions: tuple[tuple[str, str], ...],
                       kinds: frozenset[str] | None) -> dict[int, float]:
        settlement_cue = kinds is not None and "settlement" in kinds
        scopes = list(regions) or ([("UA", "")] if settlement_cue else [])
        scores: dict[int, float] = {}
        hits = self._key_hits(fold(name))
        for country, code in scopes:
            scores.update(self.gaz.score_name(name, country=country, admin1_code=code or None,
                                              kinds=("settlement", "feature"), hits=hits))
        if self.running_text and not settlement_cue and not is_cyrillic(name):
            scores = {p: s for p, s in scores.items() if s >= LATIN_FUZZY}
        return scores


    def _key_hits(self, key: str) -> list[KeyHit]:
        if key not in self._hits:
            self._hits[key] = self.gaz.keys([key]).get(key, [])
        return self._hits[key]


class _Spans:
    """Spans of the text (the actors' names), for overlap tests in O(log n): sorted by start,
    with the farthest end reached so far (every span and every word of a text is tested)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [start for start, _end in ordered]
        self.reach = list(itertools.accumulate((end for _start, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end): one that starts before ``end`` ends after ``start``."""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _narrowest_first(kinds: frozenset[str]) -> list[frozenset[str]]:
    """"X region" may be an oblast or (in UCDP's English) a district: the oblast if X names one."""
    return [k for k in (ADMIN_KINDS["admin1"], ADMIN_KINDS["admin2"], ADMIN_KINDS["settlement"]) if k <= kinds]
