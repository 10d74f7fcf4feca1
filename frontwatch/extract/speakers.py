"""From a speaker candidate to an actor id of ``work.actors``.

- a registry mention is its actor;
- a name not in the registry becomes a guessed actor (``guess_actor``), once per
  document: "Kiper" after "Oleh Kiper" is the same person;
- a pronoun or a dropped subject ("he added", "añadió") is the most recent
  compatible speaker: an earlier statement of the same sentence, else, going
  back sentence by sentence, a speaker or the subject of a sentence; inside a
  quotation only what the quotation itself mentions counts;
- a description points back ("the ministry", "ese mismo departamento": the last
  actor whose name has that noun), forward ("a Ukrainian military spokesman"
  ... "Viktor Trehubov, spokesman for ...": a name next to the same noun in
  the next sentences), or stands for an actor of its own ("el ejército de Kiev").
"""
from __future__ import annotations

import functools
import unicodedata

from ..models import Actor
from ..resolve.actors import guess_actor
from .quotes import Quote
from .speaker_candidates import (DESCRIPTION, DOCUMENT, MENTION, NAME, PERSON, PRONOUN, Candidate,
                                 candidates, first_subject)
from .statement_scan import Scan, Unit

FIRST_PERSON = "first"  # the speaker is "I" or "we": the writer or the quoted speaker, not a report
_BACK_UNITS = 6  # how many sentences back a dropped subject may find its speaker
_AHEAD_UNITS = 2  # how far ahead a described speaker may be named


def resolve(scan: Scan, cand: Candidate, pos: int) -> str | None:
    """The actor id a candidate stands for; ``FIRST_PERSON`` for "I"/"we"; None if unknown."""
    if cand.kind == MENTION:
        return cand.actor_id
    if cand.kind == NAME:
        return name_actor(scan, scan.text[cand.start:cand.end])
    if cand.kind == PRONOUN:
        return FIRST_PERSON if cand.head_class == FIRST_PERSON else antecedent(scan, pos, cand.head_class)
    return _described(scan, cand, pos)


def _described(scan: Scan, cand: Candidate, pos: int) -> str | None:
    if cand.head_class == DOCUMENT:
        return _document_author(scan, cand, pos)
    if cand.anaphoric:
        found = by_head(scan, cand.head, pos)
        if found is None and cand.demonstrative:  # "ese mismo departamento": whoever spoke last
            found = antecedent(scan, pos, _pronoun_class(cand))
        if found is not None:
            return found
    if cand.head_class == PERSON and (cand.indefinite or cand.complement is None):
        named = cataphora(scan, cand)
        if named is not None:
            return named
    return guess(scan, scan.text[cand.start:cand.end])


def _pronoun_class(cand: Candidate) -> str:
    return "person" if cand.head_class == PERSON else "organization"


def _document_author(scan: Scan, cand: Candidate, pos: int) -> str | None:
    """"el parte del ministerio": the author of the document is the speaker; "the statement
    said": whoever spoke last."""
    inner = candidates(scan, *cand.complement, prepositional=True) if cand.complement else []
    if not inner:
        return _publisher_of(scan, cand) or antecedent(scan, pos, "any")
    author = inner[0]
    if author.kind == DESCRIPTION and author.complement is None:
        return by_head(scan, author.head, pos) or antecedent(scan, pos, _pronoun_class(author))
    return resolve(scan, author, pos)


def _publisher_of(scan: Scan, document: Candidate) -> str | None:
    """"російське оборонне відомство поширило повідомлення, у якому ...": a document that is the
    object of its clause was put out by that clause's subject, the name or body before it."""
    start = max((scan.text.rfind(mark, 0, document.start) for mark in ".;:!?\n"), default=-1) + 1
    subjects = [c for c in candidates(scan, start, document.start) if c.kind in (MENTION, NAME)
                and not any(mark in scan.text[c.end:document.start] for mark in ",()")]
    return resolve(scan, subjects[-1], subjects[-1].start) if subjects else None


# -- names -----------------------------------------------------------------------

def name_actor(scan: Scan, surface: str) -> str | None:
    name = _without_titles(scan, surface)
    if not name:
        return None
    return _known(scan, name) or guess(scan, name)


def _without_titles(scan: Scan, surface: str) -> str:
    tokens = surface.split()
    while len(tokens) > 1 and tokens[1][:1].isupper():
        for size in (2, 1):
            if len(tokens) > size and scan.grammar.has("titles", " ".join(tokens[:size])):
                tokens = tokens[size:]
                break
        else:
            break
    return " ".join(tokens)


def _known(scan: Scan, name: str) -> str | None:
    """An actor of the document with this name, alias or (for one word) surname."""
    key = fold(name)
    single = " " not in key
    for actor in scan.actors.values():
        names = folded_names(scan, actor)
        if key in names:
            return actor.id
        if single and actor.kind == "person" and any(n.rsplit(" ", 1)[-1] == key for n in names):
            return actor.id
    return None


def folded_names(scan: Scan, actor: Actor) -> frozenset[str]:
    """An actor's name and aliases, folded; computed once per document."""
    names = scan.folded_names.get(actor.id)
    if names is None:
        names = scan.folded_names[actor.id] = frozenset(fold(n) for n in [actor.name, *actor.aliases])
    return names


def guess(scan: Scan, surface: str) -> str | None:
    """A guessed actor for an unknown speaker, added to the document's actors."""
    try:
        actor = guess_actor(surface, scan.lang.code)
    except ValueError:  # nothing left of the surface once articles are dropped
        return None
    known = _known(scan, actor.name)
    if known is not None:
        return known
    scan.actors.setdefault(actor.id, actor)
    return actor.id


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'").split())


# -- descriptions ----------------------------------------------------------------

def by_head(scan: Scan, head: str, pos: int) -> str | None:
    """The latest speaker, then the latest mentioned actor, whose name has the noun ``head``."""
    key = fold(head)
    speakers = [d.speaker for d in reversed(scan.drafts) if d.cue.start < pos and d.speaker]
    mentioned = [m.actor_id for m in reversed(scan.work.actor_mentions) if m.end <= pos]
    for actor_id in speakers + mentioned:
        actor = scan.actors.get(actor_id)
        if actor is not None and any(key in n.split() for n in folded_names(scan, actor)):
            return actor_id
    return None


def cataphora(scan: Scan, cand: Candidate) -> str | None:
    """"a military spokesman said ..." named soon after: "Viktor Trehubov, spokesman for ..."."""
    unit = scan.unit_at(cand.start)
    if unit is None:
        return None
    index = scan.units.index(unit)
    for ahead in scan.units[index + 1:index + 1 + _AHEAD_UNITS]:
        text = scan.text[ahead.start:ahead.end].casefold()
        at = text.find(cand.head)
        while at >= 0:
            named = _named_near(scan, ahead.start + at, ahead.start + at + len(cand.head), ahead)
            if named is not None:
                return named
            at = text.find(cand.head, at + 1)
    return None


def _named_near(scan: Scan, head_start: int, head_end: int, unit: Unit) -> str | None:
    for cand in candidates(scan, unit.start, unit.end, prepositional=True):
        if cand.kind not in (NAME, MENTION):
            continue
        close_after = head_start <= cand.start and not scan.text[head_end:cand.start].strip() \
            or cand.start <= head_start < cand.end
        close_before = cand.end <= head_start and scan.text[cand.end:head_start].strip(" ") in (",",) \
            or _apposed(scan, cand.end, head_start)
        if close_after or close_before:
            actor_id = resolve(scan, cand, cand.start)
            actor = scan.actors.get(actor_id or "")
            if actor is not None and actor.kind == "person":
                return actor_id
    return None


def _apposed(scan: Scan, name_end: int, head_start: int) -> bool:
    between = scan.text[name_end:head_start]
    if not between.startswith(","):
        return False
    rest = between[1:].split()
    return len(rest) <= 1 and all(scan.grammar.has("articles", w) for w in rest)


# -- antecedents -----------------------------------------------------------------

def antecedent(scan: Scan, pos: int, wanted: str = "any", depth: int = 0) -> str | None:
    """The most recent compatible speaker before ``pos``, within its quotation if it is in one."""
    scope = _scope(scan, pos)
    unit = scan.unit_at(pos)
    same_sentence = [d for d in reversed(scan.drafts)
                     if unit is not None and d.cue.start < pos and _sentence_of(scan, d.cue.start) == unit.sentence]
    for draft in same_sentence:
        if draft.speaker and _in_scope(scan, draft.cue.start, scope) and compatible(scan, draft.speaker, wanted):
            return draft.speaker
    for earlier in _earlier_units(scan, pos, scope):
        found = _unit_speaker(scan, earlier, wanted, scope, depth)
        if found is not None:
            return found
    return None


def _sentence_of(scan: Scan, pos: int) -> int | None:
    unit = scan.unit_at(pos)
    return unit.sentence if unit else None


def _scope(scan: Scan, pos: int) -> Quote | None:
    """The quotation ``pos`` is in, if it is a long one (not a quoted term)."""
    quote = scan.quote_at(pos)
    if quote is None:
        return None
    words = scan.text[quote.inner_start:quote.inner_end].split()
    return quote if len(words) > scan.grammar.quotes.max_term_words else None


def _in_scope(scan: Scan, pos: int, scope: Quote | None) -> bool:
    if scope is not None:
        return scope.inner_start <= pos < scope.inner_end
    inside = scan.quote_at(pos)
    return inside is None or inside not in scan.direct_quotes()


def _earlier_units(scan: Scan, pos: int, scope: Quote | None) -> list[tuple[int, int]]:
    """The sentences before the one of ``pos``, latest first, cut to the quotation in scope."""
    current = scan.unit_at(pos)
    limit = current.start if current is not None else pos
    found = []
    for unit in scan.units:
        if unit.end > limit:
            break
        start, end = unit.start, unit.end
        if scope is not None:
            start, end = max(start, scope.inner_start), min(end, scope.inner_end)
        if start < end:
            found.append((start, end))
    return found[::-1][:_BACK_UNITS]


def _unit_speaker(scan: Scan, unit: tuple[int, int], wanted: str, scope: Quote | None, depth: int) -> str | None:
    drafts = [d for d in reversed(scan.drafts) if unit[0] <= d.cue.start < unit[1]]
    for draft in drafts:
        if draft.speaker and compatible(scan, draft.speaker, wanted):
            return draft.speaker
    if drafts:
        return None
    for start, end in _outside_quotes(scan, unit[0], unit[1], scope):
        subject = first_subject(scan, start, end)
        if subject is None:
            continue
        if subject.kind == PRONOUN:
            if depth > 1 or subject.head_class == FIRST_PERSON:
                return None
            actor_id = antecedent(scan, subject.start, subject.head_class, depth + 1)
        elif subject.kind == DESCRIPTION and not subject.anaphoric:
            return None  # an unnamed someone: nobody to refer back to
        else:
            actor_id = resolve(scan, subject, subject.start)
        return actor_id if actor_id and compatible(scan, actor_id, wanted) else None
    return None


def _outside_quotes(scan: Scan, start: int, end: int, scope: Quote | None) -> list[tuple[int, int]]:
    """Pieces of ``[start, end)`` outside quotations (other than the one in scope)."""
    pieces, cursor = [], start
    for quote in scan.quotes:
        if quote is scope or quote.end <= cursor or quote.start >= end:
            continue
        if scope is not None and quote.start <= scope.start:
            continue  # an outer quotation of the scope
        if quote.start > cursor:
            pieces.append((cursor, quote.start))
        cursor = max(cursor, quote.end)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


def compatible(scan: Scan, actor_id: str, wanted: str) -> bool:
    actor: Actor | None = scan.actors.get(actor_id)
    if actor is None or wanted == "any":
        return actor is not None or wanted == "any"
    return (actor.kind == "person") == (wanted == "person")
