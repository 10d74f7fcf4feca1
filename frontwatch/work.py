"""The working record that flows through the pipeline stages.

``Work`` holds one document and everything the stages have found in it so far.
Each stage is a function ``stage(work, resources) -> Work`` that reads the
fields filled by earlier stages and returns a copy with its own fields set
(see ``pipeline.STAGES``). Mentions are character spans of ``document.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .languages import LanguageData
from .models import Actor, Document, Event, Place, Statement


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorMention:
    """A span that refers to an actor: by name, alias, role, metonymy or pronoun."""

    start: int
    end: int
    text: str
    actor_id: str
    how: str = "alias"  # alias | role | metonymy | pronoun | guessed


@dataclass(frozen=True)
class PlaceMention:
    """A span that names a place; ``place_id`` keys ``Work.places``."""

    start: int
    end: int
    text: str
    place_id: str


@dataclass(frozen=True)
class TimeMention:
    """A date expression resolved against the publication date.

    ``value`` is ISO: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month) or ``YYYY`` (year).
    ``value_end`` closes a span of days. ``relative`` tells whether it depends on
    the publication date ("hoy", "last week") or stands alone ("24 August 2025").
    """

    start: int
    end: int
    text: str
    value: str
    precision: str  # day | month | year
    value_end: str | None = None
    relative: bool = False


@dataclass
class Work:
    document: Document
    lang: LanguageData
    sentences: list[Sentence] = field(default_factory=list)
    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    time_mentions: list[TimeMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.actor_mentions if start <= m.start and m.end <= end]
