"""Where and when a statement was made: its channel and its date.

Both are read only from the statement's *attribution* (the words around the
cue, never the reported content): "escribió Zelensky en X este miércoles" gives
the channel X and the date of that Wednesday; "said the attack happened on
Tuesday" gives no date to the saying.

The channel is a medium of the registry named there ("on Telegram", "a NBC
News"), the listener of a cue of telling or of a preposition of address ("told
Reuters", "ante el Consejo de Seguridad"), or the name that goes with a platform
noun ("en su canal de Telegram"). Generic listeners ("told reporters", "a los
periodistas") are no channel. A known actor gives its id, an unknown medium its name.
"""
from __future__ import annotations

from ..work import TimeMention
from .cues import CueMatch
from .speaker_candidates import MENTION, NAME, Candidate, candidates
from .statement_grammar import word_before
from .statement_scan import Scan

MEDIA_KINDS = frozenset({"media"})


def channel(scan: Scan, zones: list[tuple[int, int]], cue: CueMatch, speaker: str | None) -> str | None:
    """The medium or listener named in the attribution's chunks (nearest the cue first): an actor
    id when the registry knows it, else the name as written; None when none is named."""
    for start, end in zones:
        if not any(c.isupper() for c in scan.text[start:end]):
            continue  # a channel is a name
        found = _medium(scan, start, end, speaker) or _listener(scan, start, end, cue) or _platform(scan, start, end)
        if found is not None:
            return found
    return None


def _medium(scan: Scan, start: int, end: int, speaker: str | None) -> str | None:
    for mention in scan.work.actor_mentions:
        if start <= mention.start and mention.end <= end and mention.actor_id != speaker:
            actor = scan.actors.get(mention.actor_id)
            if actor is not None and actor.kind in MEDIA_KINDS:
                return mention.actor_id
    return None


def _listener(scan: Scan, start: int, end: int, cue: CueMatch) -> str | None:
    """"a NBC News", "ante el Consejo de Seguridad", "told Reuters"."""
    for cand in candidates(scan, start, end, prepositional=True):
        if cand.kind not in (MENTION, NAME):
            continue
        if _addressed(scan, cand, start) or (cue.sense.audience and cand.start >= cue.end
                                              and _right_after(scan, cue.end, cand.start)):
            return _as_channel(scan, cand)
    return None


def _addressed(scan: Scan, cand: Candidate, low: int) -> bool:
    g = scan.grammar
    prev = word_before(scan.text, cand.start, low)
    if prev is not None and (g.has("articles", prev.group(0)) or g.has("determiners", prev.group(0))):
        if scan.text[prev.end():cand.start].strip():
            return False
        prev = word_before(scan.text, prev.start(), low)
    if prev is None:
        return False
    if scan.text[prev.end():cand.start].strip(" \t") and not _only_article(scan, prev.end(), cand.start):
        return False
    return g.has("audience_prepositions", prev.group(0))


def _only_article(scan: Scan, start: int, end: int) -> bool:
    words = scan.text[start:end].split()
    return len(words) == 1 and (scan.grammar.has("articles", words[0]) or scan.grammar.has("determiners", words[0]))


def _right_after(scan: Scan, pos: int, start: int) -> bool:
    """Nothing but an article between the cue and the listener ("told the BBC")."""
    between = scan.text[pos:start].split()
    return not between or _only_article(scan, pos, start)


def _platform(scan: Scan, start: int, end: int) -> str | None:
    """"en su canal de Telegram", "on his Telegram social media account"."""
    for cand in candidates(scan, start, end, prepositional=True):
        if cand.kind not in (MENTION, NAME):
            continue
        after = scan.text[cand.end:end]
        following = after.lstrip(" ")
        if scan.grammar.starts("platform_nouns", scan.text, cand.end + len(after) - len(following)) is not None:
            return _as_channel(scan, cand)
        prep = word_before(scan.text, cand.start, start)
        noun = word_before(scan.text, prep.start(), start) if prep is not None else None
        if noun is not None and scan.grammar.has("genitive_prepositions", prep.group(0)) \
                and scan.grammar.ends("platform_nouns", scan.text, prep.start()) is not None:
            return _as_channel(scan, cand)
    return None


def _as_channel(scan: Scan, cand: Candidate) -> str | None:
    if cand.kind == MENTION:
        return cand.actor_id
    name = scan.text[cand.start:cand.end]
    return None if scan.grammar.has("audience_nouns", name) else name


def date(scan: Scan, zones: list[tuple[int, int]], cue: CueMatch, trailing: TimeMention | None) -> str | None:
    """The date expression of the attribution nearest the cue; else one that ended an object."""
    found = [m for m in scan.work.time_mentions for start, end in zones if start <= m.start and m.end <= end]
    if found:
        return min(found, key=lambda m: min(abs(m.start - cue.end), abs(cue.start - m.end))).value
    return trailing.value if trailing is not None else None
