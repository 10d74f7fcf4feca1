"""Where an event happened: place references and which trigger each belongs to.

A *place reference* is a span of text that stands for one or more places:

* ``named``      a place mention of the places stage ("Zaporizke"), unless it is an
                 actor: a capital or country used for its government ("Kiev acusa a
                 Moscú") or part of an actor's name ("el ejército de Kiev");
* ``anaphor``    a place noun with a quantifier, standing for places named nearby:
                 "dos aldeas", "ambas aldeas", "both villages", "la región";
* ``pronoun``    "there", "allí", "neither of them": the places just named;
* ``possessive`` "nuestras ciudades" in someone's statement: the speaker's country;
* ``demonym``    "Ukrainian towns", "ciudades ucranianas": that country.

The nouns, quantifiers and pronouns are language data (``events.toml``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..models import Place, Statement
from ..work import ActorMention, PlaceMention, Work
from .trigger_lexicon import Lexicon
from .trigger_text import Token, normal, tokens_of
from .triggers import Trigger

__all__ = ["CountryPlaces", "PlaceRef", "country_actors", "find_place_refs", "locative_before", "metonymy_places",
           "word_before"]

_TRIGGER_REACH = 6  # words back from a weak locative where a trigger makes it a place
_QUANTIFIER_REACH = 3  # words between a quantifier and its place noun ("a key Ukrainian region")
_LOOK_BACK = 4  # sentences a definite place noun may reach back
_LOOK_AHEAD = 2  # sentences an indefinite one may reach forward
_POSSESSIVE_MARK = re.compile(r"['’]s?\b")
_ELIDED = re.compile(r"(?<!\w)(\w{1,5}['’])$")  # "nell'", "all'" written onto the next word
_NOUN_KINDS = {"settlement": {"settlement"}, "admin1": {"admin1"}, "admin2": {"admin2"}}


@dataclass(frozen=True)
class PlaceRef:
    start: int
    end: int
    places: tuple[str, ...]
    how: str  # named | anaphor | pronoun | possessive | demonym
    sentence: int


class _Text:
    """The document's sentences, with a quick position -> sentence lookup."""

    def __init__(self, work: Work):
        self.work = work
        self.starts = [s.start for s in work.sentences]

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def tokens(self, index: int) -> list[Token]:
        sentence = self.work.sentences[index]
        return tokens_of(self.work.text, sentence.start, sentence.end)


def find_place_refs(work: Work, lex: Lexicon, triggers: list[Trigger], countries: CountryPlaces) -> list[PlaceRef]:
    """Every place reference of the text, in order; overlaps keep the named one."""
    text = _Text(work)
    named = list(_named(work, lex, text, triggers))
    refs = [*named, *_quantified(work, lex, text, named), *_pronouns(work, lex, text, named),
            *_possessed_areas(work, lex, text, named), *_possessives(work, lex, text, countries),
            *_demonyms(work, lex, text, countries)]
    kept: list[PlaceRef] = []
    for ref in sorted(refs, key=lambda r: (r.how != "named", r.start)):
        if ref.places and not any(k.start < ref.end and ref.start < k.end for k in kept):
            kept.append(ref)
    return sorted(kept, key=lambda r: r.start)


def _named(work: Work, lex: Lexicon, text: _Text, triggers: list[Trigger]) -> Iterator[PlaceRef]:
    for mention in work.place_mentions:
        if _is_place(work, lex, mention, triggers):
            yield PlaceRef(mention.start, mention.end, (mention.place_id,), "named", text.sentence_of(mention.start))


def _is_place(work: Work, lex: Lexicon, mention: PlaceMention, triggers: list[Trigger]) -> bool:
    """A place mention is a place unless an actor mention claims it: one that contains it
    (an actor's name), or one on the same words that no locative word or trigger
    introduces (a government by metonymy, a country speaking)."""
    size = mention.end - mention.start
    if _glosses_a_name(work, mention):
        return False
    overlapping = [a for a in work.actor_mentions if a.start < mention.end and mention.start < a.end]
    if any(a.start <= mention.start and mention.end <= a.end and a.end - a.start > size for a in overlapping):
        return False
    return not overlapping or _introduced(work.text, lex, mention, triggers, work.places.get(mention.place_id))


def word_before(text: str, lex: Lexicon, start: int) -> str:
    """The word before ``start``, determiners and place modifiers skipped ("en la ciudad",
    "in northeastern Ukraine" -> "en", "in"); an elided one written with it counts
    ("nell'Ucraina" -> "nell'")."""
    elided = _ELIDED.search(text, max(0, start - 8), start)
    if elided is not None:
        return normal(elided.group(1))
    before = tokens_of(text, max(0, start - 60), start)[-4:]
    skipped = lex.word_set("anaphoric_determiners") | lex.word_set("place_modifiers")
    while before and before[-1].key in skipped:
        before.pop()
    return before[-1].key if before else ""


def _glosses_a_name(work: Work, mention: PlaceMention) -> bool:
    """"la agrupación Tsentr (Centro)": a name in brackets after an actor's name translates it."""
    before, after = work.text[:mention.start].rstrip(), work.text[mention.end:].lstrip()
    if not (before.endswith("(") and after.startswith(")")):
        return False
    opening = len(before) - 1
    return any(0 <= opening - a.end <= 1 for a in work.actor_mentions)


def locative_before(text: str, lex: Lexicon, start: int, triggers: Sequence[Trigger] = ()) -> bool:
    """A locative word just before ``start`` ("in Kyiv", "en Kiev"); a weak one ("a", "of")
    only when a trigger comes within a few words before it ("ayuda militar a Ucrania") or
    an area noun right before it ("la costa de Ucrania"), since "acusa a Moscú" and
    "accused Moscow of" introduce a government."""
    word = word_before(text, lex, start)
    if word in lex.word_set("locatives"):
        return True
    if word not in lex.word_set("weak_locatives"):
        return False
    near = tokens_of(text, max(0, start - 80), start)[-_TRIGGER_REACH:]
    areas = lex.word_set("area_nouns") | lex.territory_nouns
    return bool(near) and (any(near[0].start < t.end and t.start < start for t in triggers)
                           or (len(near) >= 2 and near[-2].key in areas))


def metonymy_places(work: Work, lex: Lexicon, lookup: Callable[[str, str], Place | None]
                    ) -> tuple[list[PlaceMention], dict[str, Place]]:
    """Place mentions for names the actors stage read as a government ("Kyiv", "Qatar") where
    the words before make them a place ("in Qatar", "out of Kyiv region", "atacaron Kiev"):
    whether they are the place of an event is decided later, with the triggers."""
    spans, places = [], {}
    for mention in work.actor_mentions:
        actor = work.actors.get(mention.actor_id)
        if mention.how != "metonymy" or actor is None or not actor.side or _covered(work, mention):
            continue
        if not _place_context(work.text, lex, mention.start):
            continue
        end = _region_noun_end(work.text, lex, mention.end)
        place = lookup(work.text[mention.start:end], actor.side) or lookup(mention.text, actor.side)
        if place is not None:
            spans.append(PlaceMention(mention.start, end, work.text[mention.start:end], place.id))
            places[place.id] = place
    return spans, places


def _covered(work: Work, mention: ActorMention) -> bool:
    return any(p.start < mention.end and mention.start < p.end for p in work.place_mentions)


def _place_context(text: str, lex: Lexicon, start: int) -> bool:
    """A word before that can introduce a place: a preposition or a trigger ("shelled Kyiv")."""
    word = word_before(text, lex, start)
    return word in lex.word_set("locatives") | lex.word_set("weak_locatives") | lex.word_set("oblique") or (
        word in lex.forms)


def _region_noun_end(text: str, lex: Lexicon, end: int) -> int:
    """"Kyiv region": the region noun after the name belongs to the place's name."""
    after = tokens_of(text, end, min(len(text), end + 20))[:1]
    noun = lex.place_nouns.get(after[0].key) if after and not text[end:after[0].start].strip() else None
    return after[0].end if noun and noun[0] == "admin1" else end


def country_actors(work: Work, lex: Lexicon) -> list[PlaceMention]:
    """Countries named as doers: a country mention no actor mention covers and no locative
    word introduces ("Dinamarca proporcionará un lanzador", "Russia and Ukraine each freed")."""
    found = []
    for mention in work.place_mentions:
        place = work.places.get(mention.place_id)
        before = word_before(work.text, lex, mention.start)
        if place is None or place.kind != "country" or before in lex.word_set("oblique") | lex.word_set("weak_locatives"):
            continue
        if not any(a.start < mention.end and mention.start < a.end for a in work.actor_mentions):
            found.append(mention)
    return found


def _names_a_building_before(text: str, place: Place | None, mention: PlaceMention, triggers: list[Trigger]) -> bool:
    """"the White House peace summit": a building named just before a noun trigger is where
    it happened (a country or city there is its government: "Russia's strikes")."""
    if place is None or place.kind != "feature" or _POSSESSIVE_MARK.match(text, mention.end):
        return False
    after = {w.start for w in tokens_of(text, mention.end, min(len(text), mention.end + 40))[:2]}
    return any(t.pos == "noun" and t.start in after for t in triggers)


def _introduced(text: str, lex: Lexicon, mention: PlaceMention, triggers: list[Trigger],
                place: Place | None = None) -> bool:
    """A locative word or a trigger before the name, or a noun trigger after a building's
    name: it is a place."""
    if _names_a_building_before(text, place, mention, triggers):
        return True
    if locative_before(text, lex, mention.start, triggers):
        return True
    before = tokens_of(text, max(0, mention.start - 40), mention.start)[-1:]
    return bool(before) and any(t.end == before[-1].end for t in triggers)


def _kind(work: Work, place_id: str) -> str:
    place = work.places.get(place_id)
    return place.kind if place else "settlement"


def _quantified(work: Work, lex: Lexicon, text: _Text, named: list[PlaceRef]) -> Iterator[PlaceRef]:
    for index in range(len(work.sentences)):
        words = text.tokens(index)
        for position, word in enumerate(words):
            noun = lex.place_nouns.get(word.key)
            if noun is None:
                continue
            found = _quantifier(words, position, lex)
            if found is None or _names_follow(named, words, position):
                continue
            first, definite, count = found
            count = count or (0 if noun[1] else 1)
            places = _apposed(work.text, named, words[first].start, count) or _group(
                work, named, noun[0], count, definite, words[first].start, index)
            yield PlaceRef(words[first].start, word.end, places, "anaphor", index)


def _names_follow(named: list[PlaceRef], words: list[Token], position: int) -> bool:
    """"the regions of Sumy and Kharkiv": the noun only introduces the names after it."""
    near = words[position + 1:position + 3]
    return bool(near) and any(near[0].start <= r.start <= near[-1].end + 1 for r in named)


def _quantifier(words: list[Token], position: int, lex: Lexicon) -> tuple[int, bool, int] | None:
    """(index of the first quantifier, definite?, count) before the noun at ``position``."""
    first, definite, count = None, False, 0
    for index in range(position - 1, max(-1, position - 1 - _QUANTIFIER_REACH), -1):
        word = words[index].key
        if word in lex.definite:
            first, definite, count = index, True, max(count, lex.definite[word])
        elif word in lex.indefinite:
            first, count = index, max(count, lex.indefinite[word])
        elif first is not None:
            break
    return None if first is None else (first, definite, count)


def _apposed(text: str, named: list[PlaceRef], start: int, count: int) -> tuple[str, ...]:
    """"Zaporizke, una aldea ..." / "Zaporizke and Novoheorhiivka, two villages ...":
    the places named just before the comma."""
    before = [r for r in named if r.end <= start]
    if not before or text[before[-1].end:start].strip() != ",":
        return ()
    return tuple(r.places[0] for r in before[-max(count, 1):])


def _group(work: Work, named: list[PlaceRef], kind: str, count: int, definite: bool, at: int,
           sentence: int) -> tuple[str, ...]:
    """The places a quantified noun stands for: the nearest ones of its kind, looking back
    first for a definite noun ("ambas aldeas") and ahead for an indefinite one ("dos aldeas")."""
    back = [(sentence, "before")] + [(s, "all") for s in range(sentence - 1, max(-1, sentence - 1 - _LOOK_BACK), -1)]
    ahead = [(sentence, "after")] + [(s, "all") for s in range(sentence + 1, sentence + 1 + _LOOK_AHEAD)]
    for index, part in (back + ahead[:2] if definite else ahead):
        pool = [r for r in named if r.sentence == index and _kind(work, r.places[0]) in _NOUN_KINDS.get(kind, {kind})
                and (part == "all" or (r.end <= at if part == "before" else r.start >= at))]
        if pool and len(pool) >= max(count, 1):
            nearest = sorted(pool, key=lambda r: abs(r.start - at))[:count or len(pool)]
            return tuple(dict.fromkeys(r.places[0] for r in sorted(nearest, key=lambda r: r.start)))
    return ()


def _pronouns(work: Work, lex: Lexicon, text: _Text, named: list[PlaceRef]) -> Iterator[PlaceRef]:
    for match in lex.place_pronouns.finditer(work.text):
        sentence = text.sentence_of(match.start())
        places = _group(work, named, "settlement", 0, True, match.start(), sentence)
        yield PlaceRef(match.start(), match.end(), places, "pronoun", sentence)


def _possessed_areas(work: Work, lex: Lexicon, text: _Text, named: list[PlaceRef]) -> Iterator[PlaceRef]:
    """"к ее административной границе", "its border": a third-person possessive before an area
    noun (an adjective at most between) stands for the region or country named last, in its
    sentence or the one before."""
    owners, areas = lex.reported_possessives, lex.word_set("area_nouns")
    for index in range(len(work.sentences)):
        words = text.tokens(index)
        for position, word in enumerate(words[:-1]):
            following = words[position + 1:position + 3]
            if word.key not in owners or not any(w.key in areas for w in following):
                continue
            area = next(w for w in following if w.key in areas)
            before = [r for r in named if r.end <= word.start and index - 1 <= r.sentence <= index
                      and _kind(work, r.places[0]) in ("admin1", "country")]
            if before:
                yield PlaceRef(word.start, area.end, before[-1].places, "pronoun", index)


def _possessives(work: Work, lex: Lexicon, text: _Text, countries: CountryPlaces) -> Iterator[PlaceRef]:
    """"nuestras ciudades" in a statement: the speaker's country (and "su territorio"
    in reported speech, where the third person is the speaker)."""
    for statement in work.statements:
        place = countries.get(_side(work, statement))
        if place is None:
            continue
        owners = lex.speaker_possessives | (lex.reported_possessives if statement.kind != "direct" else frozenset())
        words = tokens_of(work.text, statement.start, statement.end)
        for position, word in enumerate(words[:-1]):
            nouns = words[position + 1:position + 3]
            if word.key in owners and any(n.key in lex.territory_nouns for n in nouns):
                yield PlaceRef(word.start, nouns[-1].end, (place.id,), "possessive", text.sentence_of(word.start))


def _side(work: Work, statement: Statement) -> str | None:
    actor = work.actors.get(statement.speaker or "")
    return actor.side if actor else None


def _demonyms(work: Work, lex: Lexicon, text: _Text, countries: CountryPlaces) -> Iterator[PlaceRef]:
    """"Ukrainian towns", "ciudades ucranianas", "territorio ruso": that country."""
    for index in range(len(work.sentences)):
        words = text.tokens(index)
        for a, b in zip(words, words[1:]):
            pair = (a.key, b.key)
            code = lex.demonyms.get(pair[0]) if pair[1] in lex.territory_nouns else (
                lex.demonyms.get(pair[1]) if pair[0] in lex.territory_nouns else None)
            place = countries.get(code) if code else None
            if place is not None:
                yield PlaceRef(a.start, b.end, (place.id,), "demonym", index)


class CountryPlaces:
    """The place of a country by ISO code: one the places stage found in the text, else one
    ``lookup`` finds by the country's name in this language (the gazetteer), else a bare
    record under that name. The ones not found in the text are kept in ``added``."""

    def __init__(self, work: Work, lex: Lexicon, lookup: Callable[[str, str], Place | None]):
        self.found = {(p.country or "").upper(): p for p in work.places.values() if p.kind == "country"}
        self.lex, self.lookup = lex, lookup
        self.added: dict[str, Place] = {}

    def get(self, code: str | None) -> Place | None:
        code = (code or "").upper()
        if code in self.found:
            return self.found[code]
        names = self.lex.country_names.get(code)
        if not names:
            return None
        place = self.lookup(names[0], code) or Place(id=f"country:{code}", name=names[0], kind="country",
                                                      country=code, aliases=list(names[1:]))
        self.found[code] = self.added[place.id] = place
        return place


def places_of(refs: Iterable[PlaceRef]) -> list[str]:
    return list(dict.fromkeys(p for r in refs for p in r.places))
