"""Finding place names in running text: spans, cue words, and their candidates.

A span is a run of capitalised words (with connectors such as "de", "of" inside)
whose folded form is a stored key, longest first. Around it, cue words tell what
kind of place it is ("región de X", "X oblast", "village of X", "X district",
"Дніпропетровській області") and whether it is a reference point ("near X").
A span is refused when it is a stop-word, a word the same text also uses in lower
case ("Para"/"para"), a name in quotation marks («Дніпро», a unit or operation),
or inside a span another stage has claimed (an actor's name).

Names no key matches (Запорожское, the Russian form of Запорізьке) get a second,
fuzzier chance when the text names a region to look in, or a cue says a
settlement follows.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .gazetteer import CUE_PENALTY, Gazetteer
from .names import fold
from .regions import load_toml

__all__ = ["Token", "Mention", "Cues", "tokenize", "find_mentions", "cues_for"]

_WORD = re.compile(r"\w+(?:[-'’ʼ]\w+)*")
_CONNECTORS = {"de", "del", "di", "of", "on", "upon", "la", "el", "do", "da", "na", "nad", "над", "на"}
_ARTICLES = {"the", "a", "la", "el", "las", "los", "il", "lo", "le", "l", "i", "gli", "an"}
_QUOTES_OPEN = "«\"“„'‘‹"
_QUOTES_CLOSE = "»\"”“'’›"
MAX_WORDS = 4
ADMIN_KINDS = {"admin1": frozenset({"admin1"}), "admin2": frozenset({"admin2"}),
               "settlement": frozenset({"settlement", "feature"})}
CUE_KINDS = (*ADMIN_KINDS, "direction")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    folded: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


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
class Cues:
    """The cue words of some languages, as tuples of folded words."""

    before: dict[str, frozenset[tuple[str, ...]]]  # kind -> phrases before the name
    after: dict[str, frozenset[tuple[str, ...]]]
    near: frozenset[tuple[str, ...]]
    stop: frozenset[str]


@functools.cache
def cues_for(languages: tuple[str, ...]) -> Cues:
    table = load_toml("cues.toml")
    stops = load_toml("stopwords.toml")
    before: dict[str, set[tuple[str, ...]]] = {k: set() for k in CUE_KINDS}
    after: dict[str, set[tuple[str, ...]]] = {k: set() for k in CUE_KINDS}
    near: set[tuple[str, ...]] = set()
    stop = {fold(w) for w in stops.get("all", [])}
    for language in languages:
        entry = table.get(language, {})
        for kind in CUE_KINDS:
            before[kind] |= {tuple(fold(p).split()) for p in entry.get(f"{kind}_before", [])}
            after[kind] |= {tuple(fold(p).split()) for p in entry.get(f"{kind}_after", [])}
        near |= {tuple(fold(p).split()) for p in entry.get("near", [])}
        stop |= {fold(w) for w in stops.get(language, [])}
    return Cues({k: frozenset(v) for k, v in before.items()}, {k: frozenset(v) for k, v in after.items()},
                frozenset(near), frozenset(stop))


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def find_mentions(gaz: Gazetteer, text: str, languages: Sequence[str], *,
                  regions: Iterable[tuple[str, str]] = (), blocked: Iterable[tuple[int, int]] = (),
                  fallback: bool = True) -> list[Mention]:
    """Place mentions of ``text``, in order. ``regions``: (country, admin1 code) pairs in which
    fuzzy matches are looked for; the regions the text itself names are added."""
    scanner = _Scanner(gaz, text, cues_for(tuple(dict.fromkeys([*languages, "en"]))), list(blocked))
    mentions = scanner.exact()
    if fallback:
        context = set(regions) | _named_regions(gaz, mentions)
        for mention in mentions:
            scanner.widen(mention, context)
        mentions = sorted(mentions + scanner.fuzzy(mentions, context), key=lambda m: m.start)
    return mentions


def _named_regions(gaz: Gazetteer, mentions: list[Mention]) -> set[tuple[str, str]]:
    """The regions a text names with a cue ("Dnipropetrovsk region") or unambiguously."""
    found = set()
    for mention in mentions:
        admin1 = [p for p in mention.scores if gaz.row(p).candidate.kind == "admin1"]
        if len(admin1) == 1 and (mention.kinds == ADMIN_KINDS["admin1"] or len(mention.scores) == 1):
            c = gaz.row(admin1[0]).candidate
            found.add((c.country or "", c.admin1_code or ""))
    return found


class _Scanner:
    def __init__(self, gaz: Gazetteer, text: str, cues: Cues, blocked: list[tuple[int, int]]):
        self.gaz = gaz
        self.text = text
        self.cues = cues
        self.blocked = blocked
        self.tokens = tokenize(text)
        self.lower_words = {t.folded for t in self.tokens if t.text[:1].islower()}

    def exact(self) -> list[Mention]:
        spans = self._spans()
        hits = self.gaz.keys(key for _i, _j, key in spans)
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
                if last.capitalised and not self._adjacent(i, j):
                    break
                spans.append((i, j, " ".join(t.folded for t in self.tokens[i:j])))
        return spans

    def _adjacent(self, i: int, j: int) -> bool:
        """Words of one name are separated by spaces or hyphens only (not commas or full stops)."""
        return all(not self.text[a.end:b.start].strip(" -") for a, b in zip(self.tokens[i:j - 1], self.tokens[i + 1:j]))

    def _mention(self, i: int, j: int, hits: dict[int, tuple[float, bool]], exact: bool = True) -> Mention | None:
        if self._refused(i, j):
            return None
        kinds, start, end, near, area = self._cues(i, j)
        scores = {p: w - (CUE_PENALTY if cue else 0.0) for p, (w, cue) in hits.items() if not cue or kinds}
        if kinds:
            # The cue decides the kind: "Petrovsky district" is no village Petrivske.
            scores = next((fitting for allowed in _narrowest_first(kinds)
                           if (fitting := {p: s for p, s in scores.items()
                                           if self.gaz.row(p).candidate.kind in allowed})), {})
        name_start, name_end = self.tokens[i].start, self.tokens[j - 1].end
        name = self.text[name_start:name_end]
        if area and (area == "direction" or not scores):
            scores = self.gaz.towns_named_by(name)
        else:
            area = None
        if not scores:
            return None
        return Mention(start=start, end=end, text=self.text[start:end], name=name, kinds=kinds, near=near,
                       scores=scores, exact=exact, area_of=area)

    def _refused(self, i: int, j: int) -> bool:
        words = self.tokens[i:j]
        if j - i == 1 and (words[0].folded in self.cues.stop or words[0].folded in self.lower_words):
            return True
        start, end = words[0].start, words[-1].end
        if any(s < end and start < e for s, e in self.blocked):
            return True
        before, after = self.text[start - 1:start], self.text[end:end + 1]
        return bool(before) and before in _QUOTES_OPEN and bool(after) and after in _QUOTES_CLOSE

    def _cues(self, i: int, j: int) -> tuple[frozenset[str] | None, int, int, bool, str | None]:
        """(kinds allowed, span start, span end, near, area) from the words around tokens i..j.

        Region, district and direction cues become part of the span ("región de
        Dnipropetrovsk"); a settlement cue does not ("the village of" is not the
        village's name). ``area`` is "district" or "direction" when the name may be
        an adjective formed from a town's ("Yasinovatsky district", "Kupiansk direction")."""
        before = [t.folded for t in self.tokens[max(0, i - 5):i]]
        after = [t.folded for t in self.tokens[j:j + 2]]
        kinds: set[str] = set()
        area = None
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        for kind in CUE_KINDS:
            n_before = _ends_with(before, self.cues.before[kind])
            n_after = _starts_with(after, self.cues.after[kind])
            if n_before is None and n_after is None:
                continue
            kinds |= ADMIN_KINDS.get(kind, frozenset())
            area = area or {"admin2": "district", "direction": "direction"}.get(kind)
            if kind != "settlement":
                start = min(start, self.tokens[i - n_before].start) if n_before else start
                end = max(end, self.tokens[j + n_after - 1].end) if n_after else end
        rest = before[:len(before) - (_ends_with(before, self.cues.before["settlement"]) or 0)]
        while rest and rest[-1] in _ARTICLES:
            rest.pop()
        near = _ends_with(rest, self.cues.near) is not None
        return (frozenset(kinds) or None), start, end, near, area

    def fuzzy(self, found: list[Mention], regions: set[tuple[str, str]]) -> list[Mention]:
        """Second chance for capitalised words no key matched, in the named regions."""
        covered = {k for m in found for k in range(m.start, m.end)}
        out = []
        i = 0
        while i < len(self.tokens):
            token = self.tokens[i]
            j = self._name_end(i)
            if j == i or token.start in covered or not self._worth_a_try(i, j):
                i = max(j, i + 1)
                continue
            kinds, *_rest, area = self._cues(i, j)
            name = self.text[token.start:self.tokens[j - 1].end]
            scores = self._fuzzy_scores(name, regions, kinds)
            if (scores or area) and (mention := self._mention(i, j, {p: (s, False) for p, s in scores.items()},
                                                               exact=False)):
                out.append(mention)
            i = j
        return out

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

    def _name_end(self, i: int) -> int:
        j = i
        while j < len(self.tokens) and self.tokens[j].capitalised and j - i < 3 and self._adjacent(i, j + 1):
            j += 1
        return j

    def _worth_a_try(self, i: int, j: int) -> bool:
        words = self.tokens[i:j]
        if any(w.text.isupper() or w.folded in self.cues.stop for w in words):
            return False
        return len(words[0].text) >= 4 and not self._refused(i, j)

    def _fuzzy_scores(self, name: str, regions: set[tuple[str, str]], kinds: frozenset[str] | None) -> dict[int, float]:
        """Within the named regions; with only a settlement cue, anywhere in Ukraine."""
        settlement_cue = kinds is not None and "settlement" in kinds
        scopes = sorted(regions) or ([("UA", "")] if settlement_cue else [])
        scores: dict[int, float] = {}
        for country, code in scopes:
            found = self.gaz.score_name(name, country=country, admin1_code=code or None,
                                        kinds=("settlement", "feature"))
            scores.update(found)
        return scores


def _narrowest_first(kinds: frozenset[str]) -> list[frozenset[str]]:
    """"X region" may be an oblast or (in UCDP's English) a district: the oblast if X names one."""
    return [k for k in (ADMIN_KINDS["admin1"], ADMIN_KINDS["admin2"], ADMIN_KINDS["settlement"]) if k <= kinds]


def _ends_with(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int | None:
    """Length of the longest phrase the word list ends with."""
    best = None
    for phrase in phrases:
        if len(phrase) <= len(words) and tuple(words[len(words) - len(phrase):]) == phrase:
            best = max(best or 0, len(phrase))
    return best


def _starts_with(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int | None:
    best = None
    for phrase in phrases:
        if len(phrase) <= len(words) and tuple(words[:len(phrase)]) == phrase:
            best = max(best or 0, len(phrase))
    return best
