"""The ``events`` pipeline stage: what happened, where, when, by whom, and who says so.

    find_events(work, resources) -> work with ``events`` (each with its claims) and
                                    ``actors`` (plus the narrator and channels)

The steps, each in its own module:

    triggers        trigger words and frames of the ten event types  (triggers.py)
    mentions        one per trigger that tells a happening: statement, clause,
                    negation and modality, places, actors, date      (event_mentions.py)
    merge           one event per happening                          (event_merge.py)
    claims          who vouches for each event and how               (claims.py)

Every word lives in ``lang/<code>/events.toml`` and ``stances.toml``
(docs/events.md); the code is the same for every language.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..errors import ResourceError
from ..models import Actor, Claim, Event, Place
from ..resolve.actor_guess import GUESSED_PREFIX
from ..resolve.actor_words import words_for
from ..work import ActorMention, Sentence, Work
from .claims import (ClaimContext, claims_of, dedupe, denied, hedged_sentences, names_author, narrator_hedges,
                     narrator_name, no_responses, outlet_name, reference_denials)
from .event_merge import Cluster, PlaceIndex, merge_mentions
from .event_mentions import EventMention, find_mentions
from .event_places import CountryPlaces, country_actors, metonymy_places
from .trigger_lexicon import Lexicon, lexicon_for
from .triggers import event_units

if TYPE_CHECKING:
    from ..resource_set import Resources

__all__ = ["find_events"]

_PRECISION = {10: "day", 7: "month", 4: "year"}  # by the length of an ISO date


def find_events(work: Work, resources: "Resources") -> Work:
    """Pipeline stage: ``work.events`` with their claims; ``work.actors`` gains the narrator
    (publisher or author) and the media statements were made on; ``work.places`` the
    places events needed that the places stage left out."""
    lex = lexicon_for(work.lang)
    actors = dict(work.actors)
    seen = _as_this_stage_sees_it(work, resources, lex, actors)
    countries = CountryPlaces(seen, lex, lambda name, code: _gazetteer_place(resources, name, code, "country"))
    narrator = _narrator(seen, resources, actors)
    author = narrator if names_author(work.document.title, lex) else None
    mentions = find_mentions(seen, countries, author)
    places = {**seen.places, **countries.added}
    clusters = merge_mentions(mentions, PlaceIndex(places, mentions))
    ctx = ClaimContext(work=seen, lex=lex, narrator=narrator,
                       hedged=hedged_sentences(seen, lex), channels=_channels(seen, resources, actors))
    claims = _claims(clusters, mentions, ctx)
    events = [_event(f"e{n}", c, claims[id(c)], ctx) for n, c in enumerate(clusters, 1)]
    return dataclasses.replace(work, events=events, actors=actors, places=places)


def _as_this_stage_sees_it(work: Work, resources: "Resources", lex: Lexicon, actors: dict[str, Actor]) -> Work:
    """The work with what only this stage uses: places for names the actors stage took as
    governments, countries named as doers as actors, sentences split inside quotations."""
    named, found = metonymy_places(work, lex, lambda name, code: _gazetteer_place(resources, name, code))
    work = dataclasses.replace(work, place_mentions=sorted([*work.place_mentions, *named], key=lambda m: m.start),
                               places={**work.places, **found})
    doers = _doers(work, resources, lex, actors)
    return dataclasses.replace(work, sentences=_units(work), actors=actors,
                               actor_mentions=sorted([*work.actor_mentions, *doers], key=lambda m: m.start))


def _claims(clusters: list[Cluster], mentions: list[EventMention], ctx: ClaimContext) -> dict[int, list[Claim]]:
    """Each event's claims: its mentions', then what the document says about them as a whole."""
    claims = {id(c): claims_of(c, ctx) for c in clusters}
    reference_denials(clusters, claims, ctx, mentions)
    narrator_hedges(clusters, claims, ctx)
    no_responses(clusters, claims, ctx)
    return {key: dedupe(found) for key, found in claims.items()}


def _gazetteer_place(resources: "Resources", name: str, code: str, kind: str | None = None) -> Place | None:
    """The gazetteer's best place named ``name`` in country ``code`` (of ``kind`` if given);
    None when nothing fits or there is no gazetteer."""
    try:
        found = resources.gazetteer.lookup(name, country=code, limit=5)
    except ResourceError:
        return None
    for candidate in found:
        if kind is None or candidate.kind == kind:
            place = candidate.to_place()
            place.aliases = list(dict.fromkeys([*place.aliases, name]))
            return place
    return None


def _doers(work: Work, resources: "Resources", lex: Lexicon, actors: dict[str, Actor]) -> list[ActorMention]:
    """Actor mentions for countries named as doers, for this stage's eyes only."""
    found = []
    for mention in country_actors(work, lex):
        actor = _resolve(work, resources, mention.text, actors)
        found.append(ActorMention(mention.start, mention.end, mention.text, actor.id, how="metonymy"))
    return found


def _units(work: Work) -> list[Sentence]:
    abbreviations = frozenset(a.lower() for a in work.lang.get("grammar", "abbreviations", []))
    return event_units(work.text, work.sentences, abbreviations)


def _narrator(work: Work, resources: "Resources", actors: dict[str, Actor]) -> str | None:
    """The actor who claims what the document narrates: its author or its publisher,
    named as the document names it (added to its aliases) so it can be recognised."""
    lex = lexicon_for(work.lang)
    name = narrator_name(work.document.title, work.document.source, lex)
    if not name:
        return None
    name = outlet_name(name)
    actor = _resolve(work, resources, name, actors)
    known = {n.casefold() for n in [actor.name, *actor.aliases]}
    extra = [n for n in (name, work.document.source) if n and n.casefold() not in known]
    if extra:
        actors[actor.id] = dataclasses.replace(actor, aliases=[*actor.aliases, *dict.fromkeys(extra)])
    return actor.id


def _resolve(work: Work, resources: "Resources", name: str, actors: dict[str, Actor]) -> Actor:
    for actor in actors.values():
        if name.casefold() in {n.casefold() for n in [actor.name, *actor.aliases]}:
            return actor
    actor = resources.actors.actor_for(name, work.lang.code, work.document.published_date)
    if actor.id.startswith(GUESSED_PREFIX):
        actor = _declined_person(work, resources, name) or actor
    actors.setdefault(actor.id, actor)
    return actors[actor.id]


def _declined_person(work: Work, resources: "Resources", name: str) -> Actor | None:
    """A title names its author in the genitive with a title before ("звернення Президента
    Володимира Зеленського"), so the whole phrase is no registry name: the person the phrase
    ends with is the author. Only in languages that decline names."""
    if not words_for(work.lang).inflection:
        return None
    date = work.document.published_date
    found = resources.actors.find(name, work.lang.code, date)
    last = found[-1] if found else None
    if last is None or last.end != len(name.rstrip()) or last.actor_id.startswith(GUESSED_PREFIX):
        return None
    actor = resources.actors.get(last.actor_id, date)
    return actor if actor.kind == "person" else None


def _channels(work: Work, resources: "Resources", actors: dict[str, Actor]) -> dict[str, str]:
    """Statement channels that are media, by the channel as written (id or name) -> actor id."""
    channels: dict[str, str] = {}
    for statement in work.statements:
        channel = statement.channel
        if not channel or channel in channels:
            continue
        actor = actors.get(channel) or _resolve(work, resources, channel, actors)
        if actor.kind == "media":
            channels[channel] = actor.id
    return channels


def _event(event_id: str, cluster: Cluster, claims: list[Claim], ctx: ClaimContext) -> Event:
    first = cluster.members[0] if cluster.members else cluster.supporters[0]
    dated = _dated(cluster, ctx)
    event = Event(id=event_id, type=cluster.type, actors=cluster.actors, places=cluster.places,
                  date=dated[0], date_precision=dated[1], start=first.span[0], end=first.span[1], claims=claims)
    if dated[2]:
        event.extra["date_end"] = dated[2]
    event.extra["mentions"] = [[m.trigger.start, m.trigger.end] for m in cluster.members + cluster.supporters]
    return event


def _dated(cluster: Cluster, ctx: ClaimContext) -> tuple[str | None, str | None, str | None]:
    """The first date a mention gives in its own words; else the earliest date of a statement
    that reports it happening (a happening precedes every report of it; a denial's date says
    nothing about when it happened)."""
    mentions = sorted(cluster.members + cluster.supporters, key=lambda m: m.trigger.start)
    for mention in mentions:
        if mention.date is not None:
            return mention.date.value, mention.date.precision, mention.date.value_end
    reported = [m.statement_date for m in mentions if m.statement_date and not denied(m, ctx)]
    reported = reported or [m.statement_date for m in mentions if m.statement_date]
    if not reported:
        return None, None, None
    first = min(reported)
    return first, _PRECISION.get(len(first), "day"), None

