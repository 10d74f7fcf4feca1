"""``analyze(document, resources) -> Analysis``: ordered, pure stages.

Each stage takes the ``Work`` record and returns it with its own fields filled:

    sentences   find_sentences   -> work.sentences
    actors      find_actors      -> work.actor_mentions, work.actors
    places      find_places      -> work.place_mentions, work.places
    dates       find_dates       -> work.time_mentions
    statements  find_statements  -> work.statements (and actors for new speakers)
    events      find_events      -> work.events (with their claims)

``assemble`` then keeps the actors and places the statements and events refer
to. Nothing here reads files, the clock or the network beyond ``resources``,
so a batch engine only has to map ``analyze`` over documents.
"""
from __future__ import annotations

from typing import Callable

from .errors import UnsupportedLanguage
from .extract.dates import find_dates
from .extract.events import find_events
from .extract.sentences import find_sentences
from .extract.statements import find_statements
from .models import Analysis, Document
from .resolve.actors import find_actors
from .resolve.places import find_places
from .resource_set import Resources, default_resources
from .work import Work

Stage = Callable[[Work, Resources], Work]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("sentences", find_sentences),
    ("actors", find_actors),
    ("places", find_places),
    ("dates", find_dates),
    ("statements", find_statements),
    ("events", find_events),
)


def analyze(document: Document, resources: Resources | None = None) -> Analysis:
    """Analyse one document; its ``language`` must be set and supported."""
    resources = resources or default_resources()
    if document.language not in resources.languages():
        raise UnsupportedLanguage(document.id, f"unsupported language '{document.language}'")
    work = Work(document=document, lang=resources.language(document.language))
    for _name, stage in STAGES:
        work = stage(work, resources)
    return assemble(work)


def assemble(work: Work) -> Analysis:
    """The FORMAT.md object: only the actors and places something refers to."""
    actor_ids: list[str] = []
    for statement in work.statements:
        actor_ids += [statement.speaker or "", statement.channel or ""]
    for event in work.events:
        actor_ids += event.actors
        for claim in event.claims:
            actor_ids += [claim.source or "", *claim.via]
    place_ids = [p for event in work.events for p in event.places]
    actors = [work.actors[i] for i in dict.fromkeys(actor_ids) if i in work.actors]
    places = [work.places[i] for i in dict.fromkeys(place_ids) if i in work.places]
    return Analysis(document=work.document, actors=actors, places=places,
                    statements=work.statements, events=work.events)
