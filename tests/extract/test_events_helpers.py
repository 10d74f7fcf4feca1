"""Work records built by hand for the event and claim tests.

The events stage reads what earlier stages found: actor mentions, place mentions,
statements, dates. Here those come from small tables below (no registry, no
gazetteer), so a test states exactly what the stage is given. Sentences and
dates come from their own stages, which need no external data.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from frontwatch.extract.dates import find_dates
from frontwatch.extract.events import find_events
from frontwatch.extract.sentences import find_sentences
from frontwatch.languages import load_language
from frontwatch.models import Actor, Document, Event, Place, Statement
from frontwatch.work import ActorMention, PlaceMention, Work

ACTORS = {a.id: a for a in [
    Actor("ru_army", "Armed Forces of Russia", "military", "RU"),
    Actor("ua_army", "Armed Forces of Ukraine", "military", "UA"),
    Actor("ru_gov", "Government of Russia", "government", "RU"),
    Actor("ua_gov", "Government of Ukraine", "government", "UA"),
    Actor("ru_mod", "Ministry of Defence of Russia", "government", "RU"),
    Actor("ua_gs", "General Staff of Ukraine", "military", "UA"),
    Actor("deepstate", "DeepState", "osint", "UA"),
    Actor("zelensky", "Volodymyr Zelensky", "person", "UA"),
    Actor("putin", "Vladimir Putin", "person", "RU"),
    Actor("trump", "Donald Trump", "person", "US"),
    Actor("nbc", "NBC News", "media", "US"),
    Actor("x", "X", "media", None),
    Actor("telegram", "Telegram", "media", None),
    Actor("ru_tsentr", "Tsentr Group of Forces", "military", "RU"),
    Actor("qa_gov", "Government of Qatar", "government", "QA"),
]}

# Surface -> (actor id, how), as the actors stage would find them.
ACTOR_WORDS = {
    "las tropas rusas": ("ru_army", "alias"), "las fuerzas de Moscú": ("ru_army", "alias"),
    "tropas rusas": ("ru_army", "alias"), "Russian troops": ("ru_army", "alias"),
    "Russian forces": ("ru_army", "alias"), "el ejército ucraniano": ("ua_army", "alias"),
    "the Ukrainian army": ("ua_army", "alias"), "Ukraine's military": ("ua_army", "alias"),
    "el Ministerio de Defensa ruso": ("ru_mod", "alias"), "Russia's Defence Ministry": ("ru_mod", "alias"),
    "el Estado Mayor": ("ua_gs", "alias"), "the General Staff": ("ua_gs", "alias"),
    "DeepState": ("deepstate", "alias"), "Zelensky": ("zelensky", "alias"), "Zelenski": ("zelensky", "alias"),
    "Putin": ("putin", "alias"), "Trump": ("trump", "alias"), "NBC News": ("nbc", "alias"),
    "Telegram": ("telegram", "alias"), "X": ("x", "alias"), "la agrupación Tsentr": ("ru_tsentr", "alias"),
    "Qatar": ("qa_gov", "metonymy"),
    "Kiev": ("ua_gov", "metonymy"), "Kyiv": ("ua_gov", "metonymy"), "Moscú": ("ru_gov", "metonymy"),
    "Moscow": ("ru_gov", "metonymy"), "Rusia": ("ru_gov", "metonymy"), "Russia": ("ru_gov", "metonymy"),
    "Ucrania": ("ua_gov", "metonymy"), "Ukraine": ("ua_gov", "metonymy"),
}

PLACES = {p.id: p for p in [
    Place("zaporizke", "Zaporizke", "settlement", "UA", "Dnipropetrovsk Oblast"),
    Place("novoheorhiivka", "Novoheorhiivka", "settlement", "UA", "Dnipropetrovsk Oblast", 47.869, 36.5699),
    Place("vorone", "Vorone", "settlement", "UA", "Dnipropetrovsk Oblast"),
    Place("mariupol", "Mariupol", "settlement", "UA", "Donetsk Oblast", 47.095, 37.541),
    Place("kharkiv", "Kharkiv", "settlement", "UA", "Kharkiv Oblast", 49.98, 36.25),
    Place("kyiv", "Kyiv", "settlement", "UA", "Kyiv City", 50.45, 30.52),
    Place("moscow", "Moscow", "settlement", "RU", "Moscow", 55.75, 37.62),
    Place("dnipro_obl", "Dnipropetrovsk Oblast", "admin1", "UA", "Dnipropetrovsk Oblast"),
    Place("ukraine", "Ukraine", "country", "UA"),
    Place("russia", "Russia", "country", "RU"),
    Place("denmark", "Denmark", "country", "DK"),
    Place("qatar", "Qatar", "country", "QA"),
    Place("saudi", "Saudi Arabia", "country", "SA"),
    Place("centro", "Centro", "settlement", None),
]}

# Surface -> place id, as the places stage would find them.
PLACE_WORDS = {
    "Zaporizke": "zaporizke", "Novoheorhiivka": "novoheorhiivka", "Vorone": "vorone", "Mariúpol": "mariupol",
    "Mariupol": "mariupol", "Járkov": "kharkiv", "Kharkiv": "kharkiv", "Kiev": "kyiv", "Kyiv": "kyiv",
    "Moscú": "moscow", "Moscow": "moscow", "región de Dnipropetrovsk": "dnipro_obl",
    "Dnipropetrovsk region": "dnipro_obl", "Ucrania": "ukraine", "Ukraine": "ukraine", "Rusia": "russia",
    "Russia": "russia", "Dinamarca": "denmark", "Denmark": "denmark", "Qatar": "qatar", "Catar": "qatar",
    "Saudi Arabia": "saudi", "Arabia Saudí": "saudi", "Centro": "centro",
}


@dataclass
class Said:
    """A statement for a test: who said which words of the text, with which cue."""

    speaker: str
    words: str
    cue: str
    stance: str = "asserts"
    channel: str | None = None
    kind: str = "indirect"
    date: str | None = None
    extra: dict = field(default_factory=dict)


class FakeRegistry:
    """What the stage asks the actor registry: the actor a name stands for."""

    def actor_for(self, surface: str, lang_code: str, on_date=None) -> Actor:
        for actor in ACTORS.values():
            if surface.casefold() in (actor.name.casefold(), actor.id):
                return actor
        slug = "-".join(re.findall(r"\w+", surface.casefold()))
        return Actor(f"x:{slug}", surface, "media" if "Wire" in surface else "person")


@dataclass
class Found:
    """What a gazetteer lookup returns, as far as the events stage reads it."""

    place: Place

    @property
    def kind(self) -> str:
        return self.place.kind

    def to_place(self) -> Place:
        return dataclasses.replace(self.place, aliases=list(self.place.aliases))


class FakeGazetteer:
    """The events stage asks the gazetteer only for places the places stage left out."""

    def lookup(self, name: str, **kwargs) -> list[Found]:
        place_id = PLACE_WORDS.get(name)
        return [Found(PLACES[place_id])] if place_id else []


class FakeResources:
    actors = FakeRegistry()
    gazetteer = FakeGazetteer()


def _spans(text: str, words: dict[str, object]) -> list[tuple[int, int, str, object]]:
    """Every whole-word occurrence of each surface, longest first, without overlaps."""
    found: list[tuple[int, int, str, object]] = []
    for surface in sorted(words, key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                found.append((match.start(), match.end(), surface, words[surface]))
    return sorted(found)


def _statement(text: str, number: int, said: Said) -> Statement:
    start = text.index(said.words)
    cue_start = text.find(said.cue)
    extra = {"stance": said.stance, **said.extra}
    if cue_start >= 0:
        extra.update(cue_start=cue_start, cue_end=cue_start + len(said.cue))
    return Statement(id=f"s{number}", speaker=said.speaker, kind=said.kind, text=said.words, cue=said.cue,
                     channel=said.channel, date=said.date, start=start, end=start + len(said.words), extra=extra)


def build(text: str, lang: str = "es", statements: tuple[Said, ...] = (), *, published: str = "2025-08-27",
          source: str | None = "Test Wire", title: str | None = None, actors_first: bool = False) -> Work:
    """``actors_first``: like a places stage that leaves out the names actors took."""
    document = Document(id="t", text=text, language=lang, published=published, source=source, title=title)
    work = find_dates(find_sentences(Work(document=document, lang=load_language(lang)), None), None)
    actors = [ActorMention(s, e, w, a[0], a[1]) for s, e, w, a in _spans(text, ACTOR_WORDS)]
    places = [PlaceMention(s, e, w, p) for s, e, w, p in _spans(text, PLACE_WORDS)
              if not (actors_first and any(a.start < e and s < a.end for a in actors))]
    return dataclasses.replace(
        work, actor_mentions=actors, place_mentions=places, actors=dict(ACTORS),
        places={p.place_id: PLACES[p.place_id] for p in places},
        statements=[_statement(text, n, s) for n, s in enumerate(statements, 1)])


def analyzed(text: str, lang: str = "es", statements: tuple[Said, ...] = (), **kwargs) -> Work:
    return find_events(build(text, lang, statements, **kwargs), FakeResources())


def events_of(text: str, lang: str = "es", statements: tuple[Said, ...] = (), **kwargs) -> list[Event]:
    return analyzed(text, lang, statements, **kwargs).events


def by_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type]


def claims_of(event: Event) -> set[tuple[str | None, str]]:
    return {(c.source, c.stance) for c in event.claims}


def test_without_a_gazetteer_a_country_is_a_bare_record():
    from frontwatch.extract.event_places import CountryPlaces
    from frontwatch.extract.trigger_lexicon import lexicon_for

    work = build("Sin países.")
    place = CountryPlaces(work, lexicon_for(work.lang), lambda name, code: None).get("UA")
    assert (place.id, place.name, place.kind, place.country) == ("country:UA", "Ucrania", "country", "UA")


def test_the_builder_finds_what_it_is_given():
    work = build("Las tropas rusas tomaron Zaporizke, dijo Kiev.", statements=(
        Said("ua_gov", "Las tropas rusas tomaron Zaporizke", "dijo"),))
    assert [m.actor_id for m in work.actor_mentions] == ["ru_army", "ua_gov"]
    assert [m.place_id for m in work.place_mentions] == ["zaporizke", "kyiv"]
    assert work.statements[0].extra["cue_start"] == work.text.index("dijo")
