"""Event mentions: one per trigger that tells a happening, with its arguments.

For each trigger this finds the statement that reports it (if any), its clause,
whether it is negated, modal or future, its places (place references assigned to
the nearest trigger that can take them), its actors and its date. Triggers that
are possibilities, plans, questions or requests are dropped here: "could capture"
is no capture. Coordinated predicates of one subject become one mention
("habían cruzado la región y habían entrado en dos aldeas").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..models import Statement
from ..work import ActorMention, TimeMention, Work
from .dates import date_near, is_anterior
from .declension import declension_check
from .event_actors import ActorContext, allowed_mentions, event_actors, group_reference, implied_parties
from .event_context import Polarity, after_coordinator, background_spans, clause_bounds, is_definite, polarity
from .event_places import CountryPlaces, PlaceRef, find_place_refs, word_before
from .trigger_lexicon import Lexicon, lexicon_for
from .trigger_text import normal, tokens_of
from .triggers import Trigger, find_triggers

__all__ = ["EventMention", "find_mentions", "FUTURE_TYPES", "DIPLOMACY_TYPES"]

# Announcing aid or sanctions is news even when they come later ("Dinamarca proporcionará");
# any other event told in the future tense has not happened.
FUTURE_TYPES = frozenset({"aid.military", "policy.sanctions"})
DIPLOMACY_TYPES = frozenset({"diplomacy.talks", "diplomacy.agreement", "exchange.prisoners"})
RECIPIENT_TYPES = frozenset({"aid.military", "policy.sanctions"})
TERRITORY_OR_ATTACK = ("territory.", "attack.")
_RECIPIENT_REACH = 5  # words before a place where "to", "para" may make it a recipient


@dataclass
class EventMention:
    trigger: Trigger
    type: str
    statement: Statement | None
    clause: tuple[int, int]
    polarity: Polarity
    refs: list[PlaceRef] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    date: TimeMention | None = None
    statement_date: str | None = None  # the reporting statement's date, when the clause has none
    background: bool = False  # in a relative clause hung on an actor: presupposed, not claimed
    definite: bool = False  # "the attack", "el bombardeo": may refer back to an event told before
    bridged: bool = False  # places taken from the sentence before ("The meeting ...")
    implied: bool = False  # talks whose parties are not named: actors guessed from the statement
    reporter: Statement | None = None  # a statement whose cue introduces the trigger ("described his call: “…”")
    descriptors: set[int] = field(default_factory=set)  # ids of refs that only say where another ref lies

    @property
    def source(self) -> Statement | None:
        """The statement that vouches for the mention: the one it is in, or the one whose cue
        stands just before it."""
        return self.statement or self.reporter

    @property
    def places(self) -> list[str]:
        return list(dict.fromkeys(p for r in self.refs for p in r.places))

    @property
    def main_places(self) -> list[str]:
        """The places without those that only locate another ("Zaporizke, una aldea de la región
        de Dnipropetrovsk"): what tells this happening from another."""
        main = [p for r in self.refs if id(r) not in self.descriptors for p in r.places]
        return list(dict.fromkeys(main)) or self.places

    @property
    def span(self) -> tuple[int, int]:
        """The clause that states it, stretched over the arguments named in its sentence."""
        inside = [r for r in self.refs if r.sentence == self.trigger.sentence and not self.bridged]
        return (min([self.clause[0], *(r.start for r in inside)]), max([self.clause[1], *(r.end for r in inside)]))


def find_mentions(work: Work, countries: CountryPlaces, author: str | None = None) -> list[EventMention]:
    """The event mentions of the text, in order. ``author``: the actor whose own words the
    document is (an address, a statement), if it is one."""
    lex = lexicon_for(work.lang)
    cues = [(s.extra["cue_start"], s.extra["cue_end"]) for s in work.statements
            if isinstance(s.extra.get("cue_start"), int) and isinstance(s.extra.get("cue_end"), int)]
    triggers = find_triggers(work.text, work.sentences, lex, work.actor_mentions, cues)
    candidates = [m for m in (_mention(work, lex, t) for t in triggers) if m is not None]
    refs = find_place_refs(work, lex, [m.trigger for m in candidates], countries)
    _assign_places(work.text, lex, candidates, refs, work.statements)
    background = background_spans(work.text, lex, work.actor_mentions)
    places = [(r.start, r.end) for r in refs if r.how == "named"]
    mentions: list[EventMention] = []
    declined = declension_check(work)
    for mention in candidates:
        mention.background = any(s <= mention.trigger.start < e for s, e in background)
        _set_actors(work, lex, mention, mentions, places, (declined, author))
        _set_date(work, mention, [m.trigger for m in candidates if m.trigger.sentence == mention.trigger.sentence])
        mentions += _split_venues(work, mention)
    _bridge(work, lex, mentions, refs)
    _within_statements(mentions)
    mentions = _coordinated(work.text, lex, mentions)
    for mention in mentions:
        mention.descriptors = _descriptors(work, lex, mention)
    return mentions


def _mention(work: Work, lex: Lexicon, trigger: Trigger) -> EventMention | None:
    sentence = work.sentences[trigger.sentence]
    statement = _reporting(work.statements, trigger)
    low, high = (statement.start, statement.end) if statement else (sentence.start, sentence.end)
    zone = (max(low, sentence.start), min(high, sentence.end))
    clause = clause_bounds(work.text, lex, trigger, *zone)
    mood = polarity(work.text, lex, trigger, clause, sentence, zone)
    if mood.modal or (mood.future and trigger.type not in FUTURE_TYPES) or _requested(lex, statement):
        return None
    definite = is_definite(work.text, lex, trigger, sentence.start)
    reporter = None if statement else _introducing(work.statements, trigger)
    return EventMention(trigger, trigger.type, statement, clause, mood, definite=definite, reporter=reporter)


def _reporting(statements: list[Statement], span: Trigger | PlaceRef) -> Statement | None:
    """The statement whose words contain the span (the innermost)."""
    inside = [s for s in statements if s.start <= span.start and span.end <= s.end]
    return min(inside, key=lambda s: s.end - s.start, default=None)


def _introducing(statements: list[Statement], trigger: Trigger) -> Statement | None:
    """A statement whose cue comes before the trigger and whose words after it: "President
    Trump described his call with President Putin: “I told him ...”"."""
    for statement in statements:
        cue_end = statement.extra.get("cue_end")
        if isinstance(cue_end, int) and cue_end <= trigger.start and trigger.end <= statement.start:
            return statement
    return None


def _requested(lex: Lexicon, statement: Statement | None) -> bool:
    """A request or promise ("pidió más sistemas de defensa") reports no happening."""
    cues = lex.stances.get("request_cues")
    return bool(statement and statement.cue and cues and normal(statement.cue) in cues)


def _assign_places(text: str, lex: Lexicon, mentions: list[EventMention], refs: list[PlaceRef],
                   statements: list[Statement]) -> None:
    """Each place reference goes to the nearest trigger before it in its sentence (it is
    that trigger's object), or if that one cannot take it (talks take only venues: "talks
    in Qatar", not "talks on Ukraine"), to the nearest one after it in the same clause.
    A place in someone's quoted words belongs to a trigger of those words."""
    for ref in refs:
        quoted = _reporting(statements, ref)
        same = [m for m in mentions if m.trigger.sentence == ref.sentence and _may_take(m, ref, quoted)]
        before = [m for m in same if m.trigger.end <= ref.start][-1:]
        after = [m for m in same if m.trigger.start >= ref.end and _one_clause(text, lex, ref.end, m.trigger.start)][:1]
        order = after + before if before and after and _opens_clause(text, lex, before[0].trigger.end, ref.start) \
            else before + after
        for mention in order:
            if _takes(text, lex, mention, ref):
                mention.refs.append(ref)
                break


def _opens_clause(text: str, lex: Lexicon, previous_end: int, start: int) -> bool:
    """A place that opens a new clause after a comma belongs to that clause's trigger, not to
    the one before the comma: "не окуповані, в їхньому районі тривають бої", "sono entrati a
    Zaporizke, ma lì si continua a combattere"."""
    comma = max(text.rfind(",", previous_end, start), text.rfind(";", previous_end, start))
    if comma < 0:
        return False
    leading = lex.word_set("locatives") | lex.word_set("weak_locatives") | lex.word_set("place_modifiers") \
        | lex.word_set("anaphoric_determiners") | lex.word_set("clause_breaks") | lex.word_set("coordinators")
    return all(w.key in leading for w in tokens_of(text, comma + 1, start))


def _may_take(mention: EventMention, ref: PlaceRef, quoted: Statement | None) -> bool:
    """A place in quoted words goes to a trigger of those words; a place the narrator names
    goes to a quoted trigger only before the quote ("the governor of Odesa reports a missile
    attack"), not in the attribution after it ("..., officials in Kyiv said")."""
    if quoted is not None:
        return mention.statement is quoted
    return mention.statement is None or ref.end <= mention.statement.start


def _one_clause(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """No clause opens between a place and a later trigger ("in Ukraine, while ... talks");
    a relative clause may ("Zaporizke y Novoheorhiivka, que habían caído")."""
    breaks = lex.phrases.get("clause_breaks")
    joining = lex.word_set("coordinators") | lex.word_set("relative_pronouns")
    return not any(normal(m.group()) not in joining for m in (breaks.finditer(text, start, end) if breaks else ()))


def _takes(text: str, lex: Lexicon, mention: EventMention, ref: PlaceRef) -> bool:
    if ref.how == "pronoun":
        return mention.type.startswith(TERRITORY_OR_ATTACK)
    if mention.type in DIPLOMACY_TYPES:
        return ref.how == "named" and (_preceded_by(text, lex, ref.start, "venue_prepositions")
                                       or _modifies(text, mention, ref))
    if mention.type in RECIPIENT_TYPES:
        return _recipient(text, lex, ref.start) or _right_after(text, mention, ref)
    return True


def _recipient(text: str, lex: Lexicon, start: int) -> bool:
    """A recipient preposition among the few words before the place, in one phrase:
    "ayuda para Ucrania", "para defender la costa de Ucrania"."""
    words = tokens_of(text, max(0, start - 60), start)[-_RECIPIENT_REACH:]
    recipients = lex.word_set("recipient_prepositions")
    return word_before(text, lex, start) in recipients or any(
        w.key in recipients and not re.search(r"[,;:.]", text[w.end:start]) for w in words)


def _preceded_by(text: str, lex: Lexicon, start: int, key: str) -> bool:
    return word_before(text, lex, start) in lex.word_set(key)


def _modifies(text: str, mention: EventMention, ref: PlaceRef) -> bool:
    """"the White House peace summit": a name standing just before the noun trigger."""
    return mention.trigger.pos == "noun" and 0 <= mention.trigger.start - ref.end and len(
        tokens_of(text, ref.end, mention.trigger.start)) <= 1


def _right_after(text: str, mention: EventMention, ref: PlaceRef) -> bool:
    return not text[mention.trigger.end:ref.start].strip()


def _set_actors(work: Work, lex: Lexicon, mention: EventMention, earlier: list[EventMention],
                places: list[tuple[int, int]], reading: tuple[Callable[[ActorMention], bool], str | None]) -> None:
    """``reading``: which mentions are declined (no subjects), and the document's author."""
    sentence = work.sentences[mention.trigger.sentence]
    others = [s for s in work.statements if s.start < sentence.end and sentence.start < s.end]
    allowed = [a for a in allowed_mentions(work, mention.statement, sentence.start, sentence.end, others)
               if not any(s < a.end and a.start < e for s, e in places)]  # "the White House summit": a place
    low = max(sentence.start, mention.statement.start) if mention.statement else sentence.start
    everyone = [a for a in work.actor_mentions if sentence.start <= a.start < sentence.end]
    context = ActorContext(allowed, mention.statement, low,
                           lambda offset: _preceded_by(work.text, lex, offset, "oblique"), everyone, *reading)
    mention.actors = event_actors(work.text, lex, mention.trigger, context)
    group = group_reference(work.text, lex, mention.trigger, low)
    if group is not None and mention.type in DIPLOMACY_TYPES:
        mention.actors = _parties(earlier, group) or mention.actors
    if not mention.actors and mention.type == "diplomacy.talks":
        mention.actors, mention.implied = implied_parties(mention.trigger, context), True


def _parties(earlier: list[EventMention], count: int) -> list[str]:
    """The parties of the latest talks with ``count`` of them (any number when 0)."""
    for mention in reversed(earlier):
        if mention.type in DIPLOMACY_TYPES and mention.actors and count in (0, len(mention.actors)):
            return list(mention.actors)
    return []


def _set_date(work: Work, mention: EventMention, unit_triggers: list[Trigger]) -> None:
    """The date in the clause, among its arguments or nearest it in its sentence; else the
    reporting statement's date, unless the clause tells something earlier ("habían entrado")
    and the statement's date is not written beside its cue."""
    low, high = mention.span
    if mention.statement is not None:  # a date outside the quoted words dates the saying
        low, high = max(low, mention.statement.start), min(high, mention.statement.end)
    mention.date = (_date_within(work, *mention.clause, mention.trigger)
                    or _date_within(work, low, high, mention.trigger)
                    or _nearest_date(work, mention, unit_triggers))
    statement = mention.source
    if mention.date is not None or statement is None or not statement.date:
        return
    anterior = is_anterior(work.text[mention.clause[0]:mention.clause[1]], work.lang)
    if not anterior or _dated_at_cue(work, statement):
        mention.statement_date = statement.date


def _dated_at_cue(work: Work, statement: Statement) -> bool:
    """"A principios de junio, Moscú aseguró que ...": a date written next to the cue."""
    start, end = statement.extra.get("cue_start"), statement.extra.get("cue_end")
    return isinstance(start, int) and isinstance(end, int) and date_near(work, start, end, window=40) is not None


def _nearest_date(work: Work, mention: EventMention, unit_triggers: list[Trigger]) -> TimeMention | None:
    """"En el día de ayer, fuerzas rusas bombardearon ...": a date of the sentence that is
    nearer this trigger than any other, on the same side of the quotes as the trigger."""
    unit = work.sentences[mention.trigger.sentence]
    for time in work.time_mentions:
        if unit.start <= time.start and time.end <= unit.end and _same_side(work, mention, time.start):
            nearest = min(unit_triggers, key=lambda t: min(abs(t.start - time.end), abs(time.start - t.end)))
            if nearest == mention.trigger:
                return time
    return None


def _same_side(work: Work, mention: EventMention, offset: int) -> bool:
    """Inside the mention's quoted words, or, for a mention the narrator tells, in no quote."""
    if mention.statement is not None:
        return mention.statement.start <= offset < mention.statement.end
    return not any(s.start <= offset < s.end for s in work.statements)


def _date_within(work: Work, low: int, high: int, trigger: Trigger) -> TimeMention | None:
    inside = [t for t in work.time_mentions if low <= t.start and t.end <= high]
    return min(inside, key=lambda t: abs(t.start - trigger.start), default=None)


def _split_venues(work: Work, mention: EventMention) -> list[EventMention]:
    """Talks "in Qatar on Tuesday and in Saudi Arabia on Wednesday" are two meetings:
    one mention per venue, each with the date written after it."""
    if mention.type not in DIPLOMACY_TYPES or len(mention.refs) < 2:
        return [mention]
    parts = []
    unit_end = work.sentences[mention.trigger.sentence].end
    for index, ref in enumerate(mention.refs):
        stop = mention.refs[index + 1].start if index + 1 < len(mention.refs) else unit_end
        date = _date_within(work, ref.end, stop, mention.trigger) or mention.date
        parts.append(replace(mention, refs=[ref], date=date))
    return parts


def _bridge(work: Work, lex: Lexicon, mentions: list[EventMention], refs: list[PlaceRef]) -> None:
    """"... the teams in Jeddah on March 11th. The meeting ...": a definite noun trigger
    with neither place nor actor takes the places no trigger took in the sentence before,
    with their date."""
    taken = {id(r) for m in mentions for r in m.refs}
    for mention in mentions:
        if not mention.definite or mention.refs or mention.actors or mention.trigger.sentence == 0:
            continue
        previous = [r for r in refs if r.sentence == mention.trigger.sentence - 1 and id(r) not in taken
                    and r.how == "named" and _takes(work.text, lex, mention, r)]
        if previous:
            mention.refs, mention.bridged = previous, True
            sentence = work.sentences[mention.trigger.sentence - 1]
            mention.date = mention.date or _date_within(work, previous[0].start, sentence.end, mention.trigger)


def _descriptors(work: Work, lex: Lexicon, mention: EventMention) -> set[int]:
    """Refs that follow another ref of the mention through a preposition, with no "and" or
    trigger between: "Filiia, otra aldea de Dnipropetrovsk junto a la región de Donetsk";
    or right after it, a district or region in the genitive: "Запорізьке та Новогеоргіївка
    Синельниківського району"."""
    text = work.text
    prepositions = lex.word_set("locatives") | lex.word_set("weak_locatives")
    refs = sorted(mention.refs, key=lambda r: r.start)
    found = set()
    for previous, ref in zip(refs, refs[1:]):
        words = {w.key for w in tokens_of(text, previous.end, ref.start)}
        crossing = previous.end <= mention.trigger.start < ref.start
        locates = bool(words & prepositions) or (not text[previous.end:ref.start].strip() and _is_area(work, ref))
        if locates and not words & lex.word_set("coordinators") and not crossing:
            found.add(id(ref))
    return found


def _is_area(work: Work, ref: PlaceRef) -> bool:
    places = [work.places.get(p) for p in ref.places]
    return bool(places) and all(p is not None and p.kind in ("admin1", "admin2") for p in places)


def _within_statements(mentions: list[EventMention]) -> None:
    """"They have not secured a stable position there. The fighting goes on": a fight or a
    move with no place of its own, in a quote that named one, happens there."""
    for mention in mentions:
        if mention.refs or mention.statement is None or not mention.type.startswith(TERRITORY_OR_ATTACK):
            continue
        told = [m for m in mentions if m.statement is mention.statement and m.refs and m.trigger.start < mention.trigger.start]
        if told:
            mention.refs = list(told[-1].refs)


def _coordinated(text: str, lex: Lexicon, mentions: list[EventMention]) -> list[EventMention]:
    """Second predicates of one subject: the same type joins the first mention; another
    type takes the first one's actors when it has none."""
    out: list[EventMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is None or not after_coordinator(text, lex, previous.trigger, mention.trigger):
            out.append(mention)
        elif previous.type == mention.type and previous.polarity == mention.polarity:
            previous.refs += [r for r in mention.refs if r not in previous.refs]
            previous.clause = (previous.clause[0], max(previous.clause[1], mention.clause[1]))
            previous.date = previous.date or mention.date
        else:
            mention.actors = mention.actors or list(previous.actors)
            out.append(mention)
    return out

