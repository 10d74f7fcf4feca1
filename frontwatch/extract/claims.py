"""Claims: who vouches for each event, with which stance, through whom.

* A mention inside a statement is claimed by the statement's speaker. The stance
  is the speech cue's (``statement.extra["stance"]``: confirmó -> confirms, negó ->
  denies) combined with the clause's negation and with denial words of the
  statement ("son falsas"); ``via`` is the statement's channel when it is a
  medium (the army told NBC News; posted on X).
* A mention outside any statement is claimed by the *narrator*: the document's
  author when the title says the document is one person's statement or address
  ("Statement from President Joe Biden on ..."), else its publisher. The
  narrator's own hedges ("could not be independently verified") make its claim
  ``unverified``. Background (a relative clause on an actor) is claimed by nobody.
* A denial with no event of its own ("rejected the Russian claims as false")
  denies the events the other side asserted before it.
* "sin que Kiev se haya pronunciado" is kept on the claims it answers, as
  ``extra["no_response_from"]``.

Every word (cues, hedges, denial words) comes from ``stances.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import STANCES, Claim, Statement
from ..work import Work
from .cues import find_cues
from .event_merge import Cluster
from .event_mentions import EventMention
from .trigger_lexicon import Lexicon
from .trigger_text import normal

__all__ = ["ClaimContext", "claims_of", "dedupe", "denied", "names_author", "narrator_name", "outlet_name"]

_NEGATIVE = "denies"
# One positive claim per source: a confirmation covers an assertion, and a hedge ("could
# not be independently verified") qualifies the source's own assertion.
_STRENGTH = {"confirms": 3, "unverified": 2, "asserts": 1}


@dataclass
class ClaimContext:
    """What claiming needs besides the mentions: the work, the lexicon, the narrator."""

    work: Work
    lex: Lexicon
    narrator: str | None
    hedged: set[int]  # sentences where the narrator says it cannot verify
    channels: dict[str, str] = field(default_factory=dict)  # statement channel -> id of the medium


# What follows an outlet's name in a header: "Voz de América (vozdeamerica.com, versión AMP)",
# "President of Ukraine — Official website (president.gov.ua)".
_OUTLET_TAIL = re.compile(r"\s*(?:\(|\s[—–-]\s|,).*$")


def outlet_name(name: str) -> str:
    """An outlet's name without what a header adds after it (a domain, a subtitle)."""
    return _OUTLET_TAIL.sub("", name).strip() or name


def names_author(title: str | None, lex: Lexicon) -> bool:
    """Whether a title says the document is one person's statement or address."""
    openers = lex.stances.get("author_openers")
    return bool(openers and title and openers.search(title))


def narrator_name(title: str | None, source: str | None, lex: Lexicon) -> str | None:
    """Who narrates: the author a title names ("Statement from X on ...") or the publisher."""
    openers, closers = lex.stances.get("author_openers"), lex.stances.get("author_closers")
    found = openers.search(title) if openers and title else None
    if found is None or title is None:
        return source
    rest = title[found.end():]
    close = closers.search(rest) if closers else None
    author = (rest[:close.start()] if close else rest).strip(" ,.:;–—-")
    return author or source


def hedged_sentences(work: Work, lex: Lexicon) -> set[int]:
    """Narration sentences that say the narrator could not verify: a verifying word and a
    negation ("could not be independently verified", "no ha podido ser verificada")."""
    return {i for i, s in enumerate(work.sentences) if _says_not(work, lex, s.start, s.end, "verify_words")}


def _says_not(work: Work, lex: Lexicon, start: int, end: int, key: str) -> bool:
    words, negations = lex.stances.get(key), lex.stances.get("negations")
    if not words or not negations or any(st.start <= start < st.end for st in work.statements):
        return False
    found = words.search(work.text, start, end)
    return found is not None and negations.search(work.text, start, end) is not None


def claims_of(cluster: Cluster, ctx: ClaimContext) -> list[Claim]:
    claims = []
    for mention in cluster.members + cluster.supporters:
        claim = mention_claim(mention, ctx, quiet=id(mention) in cluster.quiet)
        if claim is not None:
            claims.append(claim)
    return claims


def mention_claim(mention: EventMention, ctx: ClaimContext, *, quiet: bool = False) -> Claim | None:
    if mention.background:
        return None
    statement = mention.source
    if statement is not None and statement.speaker and not _is_topic(statement, ctx.lex):
        return Claim(source=statement.speaker, stance=_spoken_stance(mention, statement, ctx),
                     via=_via(statement, ctx), statement=statement.id)
    if quiet or ctx.narrator is None:
        return None
    stance = _NEGATIVE if mention.polarity.negated or _narrator_denies(mention, ctx) else (
        "unverified" if mention.trigger.sentence in ctx.hedged else "asserts")
    return Claim(source=ctx.narrator, stance=stance)


def _narrator_denies(mention: EventMention, ctx: ClaimContext) -> bool:
    """The narrator's own denial cue governs the trigger: a body's communiqué that says of
    itself "Генеральний штаб спростовує заяви про захоплення ..." (its third-person words
    are the document, not a statement) denies what follows the cue in that sentence."""
    sentence = ctx.work.sentences[mention.trigger.sentence]
    cues = find_cues(ctx.work.text, sentence.start, mention.trigger.start, ctx.work.lang)
    return any(cue.sense.stance == _NEGATIVE for cue in cues)


def _is_topic(statement: Statement, lex: Lexicon) -> bool:
    """"thanked him for the talks": the talks are the narrator's, not the speaker's claim."""
    cues = lex.stances.get("topic_cues")
    words = normal(statement.cue or "").split()
    return cues is not None and any(w in cues for w in words)


def denied(mention: EventMention, ctx: ClaimContext) -> bool:
    """Whether the mention is told as not having happened (by its clause or its speaker)."""
    claim = mention_claim(mention, ctx)
    return claim is not None and claim.stance == _NEGATIVE


def _spoken_stance(mention: EventMention, statement: Statement, ctx: ClaimContext) -> str:
    """The speech cue's stance, denied by a negation or denial words, confirmed by an
    acknowledgement around the statement."""
    cue = statement.extra.get("stance")
    cue = cue if cue in STANCES else "asserts"
    if cue == _NEGATIVE or mention.polarity.negated or _denied_in(mention, statement, ctx):
        return _NEGATIVE
    if cue == "asserts" and _acknowledged(statement, ctx):
        return "confirms"
    return cue


def _denied_in(mention: EventMention, statement: Statement, ctx: ClaimContext) -> bool:
    """Denial words in the statement's sentence around the trigger ("... son falsas")."""
    denials = ctx.lex.stances.get("denials")
    sentence = ctx.work.sentences[mention.trigger.sentence]
    low, high = max(statement.start, sentence.start), min(statement.end, sentence.end)
    return denials is not None and denials.search(ctx.work.text, low, high) is not None


def _acknowledged(statement: Statement, ctx: ClaimContext) -> bool:
    """"..., a spokesman said, the first time Kyiv has acknowledged ...": the sentence calls
    the statement an acknowledgement, outside the statement's own words."""
    words = ctx.lex.stances.get("confirm_words")
    sentence = ctx.work.sentence_at(statement.start)
    if not words or sentence is None:
        return False
    return any(not (statement.start <= m.start() < statement.end)
               for m in words.finditer(ctx.work.text, sentence.start, sentence.end))


def _via(statement: Statement, ctx: ClaimContext) -> list[str]:
    medium = ctx.channels.get(statement.channel or "")
    return [medium] if medium else []


def reference_denials(clusters: list[Cluster], claims: dict[int, list[Claim]], ctx: ClaimContext,
                      mentions: list[EventMention]) -> None:
    """A denial that names no event but "the claims" ("rejected the Russian claims as false")
    denies what sources of another side asserted before it."""
    told = {id(m.source) for m in mentions if m.source is not None}
    nouns = ctx.lex.stances.get("claim_nouns")
    for statement in ctx.work.statements:
        if id(statement) in told or not statement.speaker or not _denying(statement, ctx) or not nouns:
            continue
        if nouns.search(ctx.work.text, statement.start, statement.end) is None:
            continue
        side = _side(ctx.work, statement.speaker)
        for cluster in clusters:
            if cluster.start < statement.start and _asserted_by_other(claims[id(cluster)], statement.speaker, side, ctx):
                claims[id(cluster)].append(Claim(source=statement.speaker, stance=_NEGATIVE,
                                                 via=_via(statement, ctx), statement=statement.id))


def _denying(statement: Statement, ctx: ClaimContext) -> bool:
    denials = ctx.lex.stances.get("denials")
    return statement.extra.get("stance") == _NEGATIVE or bool(
        denials and denials.search(ctx.work.text, statement.start, statement.end))


def _side(work: Work, actor_id: str | None) -> str | None:
    actor = work.actors.get(actor_id or "")
    return actor.side if actor else None


def _asserted_by_other(claims: list[Claim], speaker: str, side: str | None, ctx: ClaimContext) -> bool:
    for claim in claims:
        if claim.stance in ("asserts", "confirms") and claim.source not in (speaker, ctx.narrator):
            other = _side(ctx.work, claim.source)
            if side is None or other is None or other != side:
                return True
    return False


def narrator_hedges(clusters: list[Cluster], claims: dict[int, list[Claim]], ctx: ClaimContext) -> None:
    """A hedge sentence with no event of its own ("La información no ha podido ser
    verificada") covers the events at the places it names, else those its paragraph told
    before it (or, if none, the paragraph before); of those, the disputed ones when some
    are ("ninguna de las dos versiones")."""
    if ctx.narrator is None:
        return
    own = {m.trigger.sentence for c in clusters for m in c.members + c.supporters}
    for index in sorted(ctx.hedged - own):
        sentence = ctx.work.sentences[index]
        named = {p.place_id for p in ctx.work.place_mentions if sentence.start <= p.start < sentence.end}
        earlier = [c for c in clusters if c.start < sentence.start]
        chosen = [c for c in earlier if named & set(c.places)] if named else _last_paragraph(earlier, ctx, sentence.start)
        disputed = [c for c in chosen if _disputed(claims[id(c)])]
        for cluster in disputed or chosen:
            claims[id(cluster)].append(Claim(source=ctx.narrator, stance="unverified"))


def _last_paragraph(clusters: list[Cluster], ctx: ClaimContext, offset: int) -> list[Cluster]:
    """The events told in the last paragraph (line) up to ``offset`` that tells any."""
    def line(position: int) -> int:
        return ctx.work.text.count("\n", 0, position)

    told = {id(c): max(line(m.trigger.start) for m in c.members + c.supporters if m.trigger.start < offset)
            for c in clusters}
    latest = max(told.values(), default=None)
    return [c for c in clusters if told[id(c)] == latest]


def _disputed(claims: list[Claim]) -> bool:
    stances = {c.stance for c in claims}
    return _NEGATIVE in stances and bool(stances & {"asserts", "confirms"})


def no_responses(clusters: list[Cluster], claims: dict[int, list[Claim]], ctx: ClaimContext) -> None:
    """"sin que Kiev se haya pronunciado", "Kyiv did not immediately respond": record who has
    not answered on the claims of the events of that sentence (or of the one before)."""
    for index, sentence in enumerate(ctx.work.sentences):
        found = _no_response_clause(ctx, sentence.start, sentence.end)
        if found is None:
            continue
        who = [a.actor_id for a in ctx.work.actor_mentions if found[0] <= a.start < found[1]]
        if not who:
            continue
        for cluster in _events_near(clusters, ctx, index):
            for claim in claims[id(cluster)]:
                if claim.source not in (ctx.narrator, who[0]):
                    claim.extra["no_response_from"] = who[0]


def _no_response_clause(ctx: ClaimContext, start: int, end: int) -> tuple[int, int] | None:
    """The clause with a response word and a negation before it, as (start, end)."""
    words, negations = ctx.lex.stances.get("response_words"), ctx.lex.stances.get("negations")
    if not words or not negations:
        return None
    for match in words.finditer(ctx.work.text, start, end):
        breaks = [m.end() for m in re.finditer(r"[,;:]", ctx.work.text[start:match.start()])]
        clause_start = start + (breaks[-1] if breaks else 0)
        if negations.search(ctx.work.text, clause_start, match.start()):
            return clause_start, match.end()
    return None


def _events_near(clusters: list[Cluster], ctx: ClaimContext, index: int) -> list[Cluster]:
    for sentence in (index, index - 1):
        near = [c for c in clusters if any(m.trigger.sentence == sentence for m in c.members + c.supporters)]
        if near:
            return near
    named = {p.place_id for p in ctx.work.place_mentions
             if ctx.work.sentences[index].start <= p.start < ctx.work.sentences[index].end}
    return [c for c in clusters if named & set(c.places)]


def dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per source and polarity: repeated assertions are one claim, and of a
    source's positive claims the strongest stays (see ``_STRENGTH``)."""
    best: dict[tuple[str | None, bool], Claim] = {}
    for claim in claims:
        key = (claim.source, claim.stance == _NEGATIVE)
        kept = best.get(key)
        if kept is None or _STRENGTH.get(claim.stance, 0) > _STRENGTH.get(kept.stance, 0):
            if kept is not None:
                claim.extra = {**kept.extra, **claim.extra}
            best[key] = claim
        else:
            kept.extra = {**claim.extra, **kept.extra}
    return list(best.values())

