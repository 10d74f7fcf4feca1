"""Who could be the speaker in a stretch of text: the candidates and the pick.

A candidate is an actor mention of the registry, a capitalised name that is not
in it, a subject pronoun, or a *description* ("el portavoz del Kremlin", "a
Ukrainian military spokesman", "the ministry"): a noun phrase whose head is a
person, organisation or document noun of ``grammar.toml``. A candidate right
after a preposition is no subject ("acusando a Moscú", "the governor of
Odesa"), nor is a name inside a description ("Ukrainian military" in "a
Ukrainian military spokesman").

The subject before a cue is the last candidate of the last comma-separated
chunk that has one, skipping relative clauses and appositions ("Moscú, que
invadió Ucrania ..., también declaró"); after a cue (Spanish inversion,
"declaró hoy el portavoz del Kremlin, Dmitri Peskov") it is the first one, and a
name in apposition to a description wins over the description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .declension import as_named
from .statement_grammar import WORD, word_after, word_before, words
from .statement_scan import Scan

MENTION, NAME, PRONOUN, DESCRIPTION = "mention", "name", "pronoun", "description"
PERSON, ORG, DOCUMENT = "person", "organization", "document"
# Marks that end a chunk of a subject zone.
_CHUNK_BREAKS = ",;:—–()"
# Marks after which a capitalised word starts a sentence, not a name.
_OPENING = set(".!?¿¡:;\"'«“‘„([—–-\n")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # mention | name | pronoun | description
    actor_id: str | None = None
    head: str = ""  # a description's head noun
    head_class: str = ""  # person | organization | document; for a pronoun: what it refers to
    definite: bool = False
    indefinite: bool = False
    anaphoric: bool = False  # "the ministry", "ese mismo departamento": points back
    demonstrative: bool = False  # "ese", "the same": points back even to a name without that noun
    complement: tuple[int, int] | None = None  # "del ministerio" in "el parte del ministerio"


def candidates(scan: Scan, start: int, end: int, *, prepositional: bool = False) -> list[Candidate]:
    """The speaker candidates of ``[start, end)``; with ``prepositional`` also those after a preposition."""
    cached = scan.candidate_cache.get((start, end))
    if cached is None:
        cached = scan.candidate_cache[(start, end)] = _candidates(scan, start, end)
    return [cand for cand, after_preposition in cached if prepositional or not after_preposition]


def _candidates(scan: Scan, start: int, end: int) -> tuple[tuple[Candidate, bool], ...]:
    """Every candidate of the stretch, each with whether a preposition governs it (computed once)."""
    found = _mentions(scan, start, end) + _names(scan, start, end) + _pronouns(scan, start, end)
    found = _settle_names(scan, found)
    found += _descriptions(scan, start, end, found)
    found = _drop_modifiers(found, scan)
    found = _drop_titles(found, scan)
    ordered = sorted(found, key=lambda c: (c.start, -c.end))
    return tuple((c, _after_preposition(scan, c, start)) for c in ordered)


def _mentions(scan: Scan, start: int, end: int) -> list[Candidate]:
    return [Candidate(m.start, m.end, MENTION, actor_id=m.actor_id)
            for m in scan.work.actor_mentions if start <= m.start and m.end <= end]


def _pronouns(scan: Scan, start: int, end: int) -> list[Candidate]:
    found = []
    for word in words(scan.text, start, end):
        folded = word.group(0).casefold()
        if folded in scan.grammar.pronouns:
            found.append(Candidate(word.start(), word.end(), PRONOUN, head_class=scan.grammar.pronouns[folded]))
        elif scan.grammar.has("first_person", folded):
            found.append(Candidate(word.start(), word.end(), PRONOUN, head_class="first"))
    return found


# -- names -----------------------------------------------------------------------

def _names(scan: Scan, start: int, end: int) -> list[Candidate]:
    found, pos = [], start
    for word in words(scan.text, start, end):
        if word.start() < pos or not _may_start_name(scan, word):
            continue
        run_end = name_run_end(scan, word, end)
        if _is_name(scan, word, run_end, end):
            found.append(Candidate(word.start(), run_end, NAME))
        pos = run_end
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _may_start_name(scan: Scan, word: re.Match[str]) -> bool:
    text = word.group(0)
    if not _capitalised(text) or scan.grammar.is_function_word(text) or text.casefold() in scan.grammar.pronouns:
        return False
    if scan.lexicon.lookup(text) is not None:
        return False  # "Acusó", "Según" at the start of a sentence
    return not _in_time(scan, word.start())


def name_run_end(scan: Scan, first: re.Match[str], limit: int) -> int:
    """End of a run of capitalised words joined by spaces, initials or connectors ("de las")."""
    text, end = scan.text, first.end()
    while end < limit:
        gap = end
        if text[gap:gap + 1] == "." and len(text[first.start():end].split()[-1]) == 1:
            gap += 1  # an initial: "Donald J. Trump"
        following = _next_name_word(scan, gap, limit)
        if following is None:
            return end
        end = following.end()
    return end


def _next_name_word(scan: Scan, pos: int, limit: int) -> re.Match[str] | None:
    text = scan.text
    space = len(text[pos:limit]) - len(text[pos:limit].lstrip(" "))
    if space != 1:
        return None
    after = pos + 1
    connector = scan.grammar.starts("name_connectors", text, after)
    if connector is not None and connector < limit and text[connector:connector + 1] == " ":
        after = connector + 1
    word = word_after(text, after, limit)
    if word is None or word.start() != after or not _capitalised(word.group(0)):
        return None
    if scan.lexicon.lookup(word.group(0)) is not None or scan.grammar.is_function_word(word.group(0)):
        return None
    return word


def _is_name(scan: Scan, first: re.Match[str], run_end: int, zone_end: int) -> bool:
    """A capitalised word that opens a sentence is a name only when more capitalised words
    follow ("Viktor Trehubov") or a cue does ("Defensa informó", "Kiper said")."""
    before = scan.text[:first.start()].rstrip(" \t")
    if before and before[-1] not in _OPENING:
        return True
    if run_end > first.end():
        return True
    following = word_after(scan.text, run_end)
    return following is not None and scan.lexicon.lookup(following.group(0)) is not None


def _settle_names(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """A name that holds a mention after "de"/"of" is one name ("Ministerio de Defensa de
    Moscú"); otherwise the registry mention wins over the capitalised run around it."""
    mentions = [c for c in found if c.kind == MENTION]
    names = [c for c in found if c.kind == NAME]
    keep = [c for c in found if c.kind == PRONOUN]
    for name in names:
        inside = [m for m in mentions if name.start <= m.start and m.end <= name.end]
        if inside and not any(_after_connector(scan, name, m) for m in inside):
            continue
        overlapping = [m for m in mentions if m.start < name.end and name.start < m.end and m not in inside]
        if overlapping:
            continue
        keep.append(name)
        mentions = [m for m in mentions if m not in inside]
    return keep + mentions


def _in_time(scan: Scan, pos: int) -> bool:
    return any(t.start <= pos < t.end for t in scan.work.time_mentions)


def _after_connector(scan: Scan, name: Candidate, mention: Candidate) -> bool:
    after_of = scan.grammar.ends("genitive_prepositions", scan.text, mention.start) is not None
    owner = _possessive_follows(scan, mention.end) and mention.end < name.end  # "Russia's Defence Ministry"
    return (mention.start > name.start and after_of) or owner


def _possessive_follows(scan: Scan, pos: int) -> bool:
    return any(scan.text.startswith(s, pos) for s in scan.grammar.possessive_suffixes)


# -- descriptions ----------------------------------------------------------------

def _descriptions(scan: Scan, start: int, end: int, named: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for head_start, head_end, head_class in _heads(scan, start, end):
        if any(n.start <= head_start < n.end for n in named if n.kind in (NAME, MENTION)):
            continue  # "Estado Mayor General ...": the head is part of a name
        left = _left_limit(scan, head_start, start, named)
        found.append(_description(scan, head_start, head_end, head_class, start, left, end))
    return _outermost(found, scan.grammar.adjectives_follow)


def _left_limit(scan: Scan, head_start: int, low: int, named: list[Candidate]) -> int:
    """A person's name is no modifier: "President Zelenskyy thanked President Trump" holds two
    phrases, while "Kremlin spokesman" is one."""
    limit = low
    for cand in named:
        if cand.end <= head_start and (cand.kind == NAME or _is_person(scan, cand.actor_id)):
            limit = max(limit, cand.end)
    return limit


def _is_person(scan: Scan, actor_id: str | None) -> bool:
    actor = scan.actors.get(actor_id or "")
    return actor is not None and actor.kind == "person"


def _heads(scan: Scan, start: int, end: int) -> list[tuple[int, int, str]]:
    heads = []
    for name, head_class in (("person_nouns", PERSON), ("org_nouns", ORG), ("document_nouns", DOCUMENT)):
        pattern = scan.grammar.lists[name].pattern
        if pattern is not None:
            heads += [(m.start(), m.end(), head_class) for m in pattern.finditer(scan.text, start, end)]
    return heads


def _description(scan: Scan, head_start: int, head_end: int, head_class: str, low: int, left: int,
                 high: int) -> Candidate:
    g, text = scan.grammar, scan.text
    np_start, opener = _expand_left(scan, head_start, left)
    np_end, complement = _expand_right(scan, head_end, high)
    if complement is None and head_class == DOCUMENT and not g.lists["genitive_prepositions"].words:
        np_end, complement = _case_complement(scan, head_end, high) or (np_end, None)
    middle = [w.group(0) for w in words(text, np_start, head_start) if w.group(0) != opener]
    tail = [w.group(0) for w in words(text, head_end, np_end)] if complement is None else ["-"]
    definite = opener is not None and not g.has("indefinite_articles", opener)
    anaphoric = definite and complement is None and all(
        g.has("anaphoric_modifiers", w) for w in middle + tail)
    demonstrative = anaphoric and (g.has("determiners", opener) or any(g.has("anaphoric_modifiers", w) for w in middle))
    return Candidate(np_start, np_end, DESCRIPTION, head=text[head_start:head_end].casefold(),
                     head_class=head_class, definite=definite, demonstrative=demonstrative,
                     indefinite=opener is not None and g.has("indefinite_articles", opener),
                     anaphoric=anaphoric, complement=complement)


def _expand_left(scan: Scan, pos: int, low: int) -> tuple[int, str | None]:
    """Back over modifiers to the article or determiner that opens the phrase (if any)."""
    g, start = scan.grammar, pos
    for _ in range(4):
        prev = word_before(scan.text, start, low)
        if prev is None or scan.text[prev.end():start].strip():
            return start, None
        word = prev.group(0)
        if g.has("articles", word) or g.has("determiners", word) or _possessive_word(scan, word):
            return prev.start(), word
        if g.is_function_word(word) or scan.lexicon.lookup(word) is not None or g.has("prepositions", word):
            return start, None
        if not g.lists["articles"].words and _in_mention(scan, prev.start()):
            return start, None  # without articles a name before the head is no modifier ("телемарафону речник")
        start = prev.start()
    return start, None


def _in_mention(scan: Scan, pos: int) -> bool:
    return any(m.start <= pos < m.end for m in scan.work.actor_mentions)


def _possessive_word(scan: Scan, word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) for s in scan.grammar.possessive_suffixes)


def _expand_right(scan: Scan, pos: int, high: int) -> tuple[int, tuple[int, int] | None]:
    """Over following adjectives (where they follow) and up to two "de ..."/"of ..." phrases."""
    g, text, end = scan.grammar, scan.text, pos
    if g.adjectives_follow:
        for _ in range(2):
            word = word_after(text, end, high)
            if word is None or text[end:word.start()] != " " or not _plain_word(scan, word.group(0)):
                break
            end = word.end()
    complement_start = None
    for _ in range(2):
        phrase_end = _genitive_phrase(scan, end, high)
        if phrase_end is None:
            break
        complement_start = end if complement_start is None else complement_start
        end = phrase_end
    return end, (complement_start, end) if complement_start is not None else None


_CASE_COMPLEMENT_WORDS = 4  # words of a genitive after a document noun ("сводке украинского военного командования")


def _case_complement(scan: Scan, pos: int, high: int) -> tuple[int, tuple[int, int]] | None:
    """The genitive that follows a document noun where no "of" marks it (Slavic): "в сводке
    ведомства", "у повідомленні Генштабу". It runs to the next punctuation, a few words at most,
    and names the document's author."""
    text, end = scan.text, pos
    for _ in range(_CASE_COMPLEMENT_WORDS):
        word = word_after(text, end, high)
        if word is None or text[end:word.start()] != " " or scan.lexicon.lookup(word.group(0)) is not None \
                or scan.grammar.is_function_word(word.group(0)):
            break
        end = word.end()
    return (end, (pos, end)) if end > pos else None


def _plain_word(scan: Scan, word: str) -> bool:
    return word[:1].islower() and not scan.grammar.is_function_word(word) and scan.lexicon.lookup(word) is None


def _genitive_phrase(scan: Scan, pos: int, high: int) -> int | None:
    text, g = scan.text, scan.grammar
    if text[pos:pos + 1] != " ":
        return None
    prep_end = g.starts("genitive_prepositions", text, pos + 1)
    if prep_end is None:
        return None
    cursor = prep_end
    first = word_after(text, cursor, high)
    if first is not None and (g.has("articles", first.group(0)) or g.has("determiners", first.group(0))):
        cursor = first.end()
        first = word_after(text, cursor, high)
    if first is None or text[cursor:first.start()] != " ":
        return None
    if _capitalised(first.group(0)):
        return name_run_end(scan, first, high)
    return first.end() if _plain_word(scan, first.group(0)) else None


def _outermost(found: list[Candidate], head_first: bool) -> list[Candidate]:
    """Of descriptions that overlap, the longest; its head is the first noun where adjectives
    follow nouns ("el mando militar"), else the last ("a Ukrainian military spokesman")."""
    ordered = sorted(found, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for cand in ordered:
        clash = next((k for k in kept if k.start < cand.end and cand.start < k.end), None)
        if clash is None:
            kept.append(cand)
        elif not head_first and cand.end >= clash.end and cand.start >= clash.start:
            kept[kept.index(clash)] = replace(cand, start=clash.start, definite=clash.definite or cand.definite,
                                              indefinite=clash.indefinite or cand.indefinite)
    return kept


def _drop_modifiers(found: list[Candidate], scan: Scan) -> list[Candidate]:
    """A mention or name inside a description, before its head, only modifies it."""
    descriptions = [c for c in found if c.kind == DESCRIPTION]
    keep = []
    for cand in found:
        if cand.kind in (MENTION, NAME) and any(
                d.start <= cand.start and cand.end <= d.end and _modifies(scan, cand, d) for d in descriptions):
            continue
        keep.append(cand)
    return keep


def _drop_titles(found: list[Candidate], scan: Scan) -> list[Candidate]:
    """A description right before a name is its title: "el presidente Biden", "Kremlin spokesman Dmitry Peskov".
    A person's noun before a body is no title but the body's man: "речник угруповання «Дніпро»" (Slavic puts
    the body in the genitive, with no "of")."""
    names = [c for c in found if c.kind == NAME or (c.kind == MENTION and not _body_after_person(scan, c, found))]
    return [c for c in found if not (c.kind == DESCRIPTION and c.complement is None and any(
        n.start > c.start and not scan.text[c.end:n.start].strip() for n in names))]


def _body_after_person(scan: Scan, mention: Candidate, found: list[Candidate]) -> bool:
    actor = scan.actors.get(mention.actor_id or "")
    if actor is None or actor.kind == "person":
        return False
    return any(c.kind == DESCRIPTION and c.head_class == PERSON and not scan.text[c.end:mention.start].strip()
               for c in found)


def _modifies(scan: Scan, cand: Candidate, description: Candidate) -> bool:
    if description.complement and description.complement[0] <= cand.start:
        return True  # "del Kremlin" in "el portavoz del Kremlin"
    return description.head in scan.text[cand.end:description.end].casefold()


# -- prepositions ----------------------------------------------------------------

def _after_preposition(scan: Scan, cand: Candidate, low: int) -> bool:
    """Is the candidate the object of a preposition ("a Moscú", "of the United Arab Emirates")?"""
    g, pos = scan.grammar, cand.start
    if _authored(cand) and not g.lists["genitive_prepositions"].words:
        return False  # "говорится в сводке ведомства": the document speaks for its author
    prev = _adjacent_word(scan, pos, low)
    if prev is not None and cand.kind != DESCRIPTION:
        skipped: list[str] = []
        while prev is not None and len(skipped) < 2 and _plain_word(scan, prev.group(0)):
            skipped.append(prev.group(0))  # "the southern Ukraine"
            prev = _adjacent_word(scan, prev.start(), low)
        if prev is not None and _in_time(scan, prev.start()):
            return False  # "у середу аналітичний проєкт ...": the preposition belongs to the date
        if prev is not None and (g.has("articles", prev.group(0)) or g.has("determiners", prev.group(0))):
            prev = _adjacent_word(scan, prev.start(), low)
        elif skipped and (g.lists["articles"].words or any(g.has("document_nouns", w) for w in skipped)
                          or (cand.kind == MENTION and as_named(scan.work, cand.actor_id, scan.text[cand.start:cand.end]))):
            return False
        # Without articles a preposition governs the nouns after it and their genitives
        # ("в ефірі телемарафону «Єдині новини»"), but a document speaks for its author
        # ("в сообщении украинского военного командования"), and a name as a subject writes it
        # is no genitive ("О выходе к границе области Минобороны России объявило").
    if prev is None:
        return False
    word = prev.group(0)
    if g.has("speaker_prepositions", word):
        return False
    if g.has("prepositions", word) or scan.grammar.ends("prepositions", scan.text, prev.end()) is not None:
        return not _transparent(scan, prev)
    return False


def _adjacent_word(scan: Scan, pos: int, low: int) -> re.Match[str] | None:
    prev = word_before(scan.text, pos, low)
    if prev is None or scan.text[prev.end():pos].strip(" \t"):
        return None
    return prev


def _transparent(scan: Scan, preposition: re.Match[str]) -> bool:
    """"de" after a document noun: the speaker of "el parte del ministerio" is the ministry."""
    noun = word_before(scan.text, preposition.start())
    return noun is not None and scan.grammar.has("document_nouns", noun.group(0)) and \
        scan.grammar.has("genitive_prepositions", preposition.group(0))


# -- picking ---------------------------------------------------------------------

def chunks(scan: Scan, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at commas and other breaks outside quotes and brackets."""
    parts, depth, last = [], 0, start
    for i in range(start, end):
        char = scan.text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char in _CHUNK_BREAKS and depth == 0 and not _inside_quote(scan, i, start):
            parts.append((last, i))
            last = i + 1
    parts.append((last, end))
    return [(s, e) for s, e in parts if scan.text[s:e].strip()]


def _inside_quote(scan: Scan, pos: int, low: int) -> bool:
    quote = scan.quote_at(pos)
    return quote is not None and quote.start >= low


def pick_before(scan: Scan, start: int, end: int) -> Candidate | None:
    """The subject of a cue at ``end``: the last candidate of the last chunk that has one."""
    relative = _relative_antecedent(scan, start, end)
    if relative is not None:
        return relative
    parts = chunks(scan, start, end)
    kept = [part for part in parts if not _parenthetical(scan, part, parts)]
    for index in range(len(kept) - 1, -1, -1):  # the chunk nearest the cue first
        cands = candidates(scan, *kept[index])
        if not cands:
            continue
        chosen = cands[-1]
        if chosen.kind == DESCRIPTION and index > 0 and _touching(scan, kept[index - 1], kept[index]):
            previous = candidates(scan, *kept[index - 1])
            if previous and (previous[-1].kind in (NAME, MENTION) or _authored(previous[-1])):
                return previous[-1]  # "Viktor Trehubov, spokesman for ...": the name, not the role
        return chosen
    return None


def _authored(cand: Candidate) -> bool:
    """A document of someone ("Le mappe di DeepState, progetto ucraino ..."): it speaks for its author."""
    return cand.kind == DESCRIPTION and cand.head_class == DOCUMENT and cand.complement is not None


def _relative_antecedent(scan: Scan, start: int, end: int) -> Candidate | None:
    """"refugiados que me expresaron": the subject of a relative clause is its antecedent."""
    g, cursor = scan.grammar, end
    prev = _adjacent_word(scan, cursor, start)
    while prev is not None and g.has("clitics", prev.group(0)) and not g.has("relative_pronouns", prev.group(0)):
        cursor, prev = prev.start(), _adjacent_word(scan, prev.start(), start)
    if prev is None or not g.has("relative_pronouns", prev.group(0)):
        return None
    anchor = prev.start()
    governing = _adjacent_word(scan, anchor, start)
    if governing is not None and g.has("prepositions", governing.group(0)):
        anchor = governing.start()  # "повідомлення, у якому стверджується": the antecedent is before "у"
    before = candidates(scan, start, anchor, prepositional=True)
    before = [c for c in before if not scan.text[c.end:anchor].strip(" ,")]
    return before[-1] if before else noun_phrase_before(scan, start, anchor)


def noun_phrase_before(scan: Scan, start: int, end: int, *, opened: bool = False) -> Candidate | None:
    """The noun phrase right before ``end`` ("los países" in "los países que anunciaron", "the
    two emergency workers said"), so that an unknown speaker is guessed rather than lost.
    With ``opened``, only a phrase that an article or determiner opens."""
    g, cursor, opener = scan.grammar, end, None
    for _ in range(5):
        prev = _adjacent_word(scan, cursor, start)
        if prev is None or g.has("prepositions", prev.group(0)) or scan.lexicon.lookup(prev.group(0)) \
                or _in_time(scan, prev.start()):
            break
        cursor = prev.start()
        if g.has("articles", prev.group(0)) or g.has("determiners", prev.group(0)):
            opener = prev.group(0)
            break
    if cursor >= end or not scan.text[cursor:end].strip() or (opened and opener is None):
        return None
    return Candidate(cursor, len(scan.text[:end].rstrip()), DESCRIPTION, definite=opener is not None)


def _parenthetical(scan: Scan, part: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    """A relative clause or an apposition between a subject and its verb."""
    first = word_after(scan.text, part[0], part[1])
    if first is None:
        return True
    word = first.group(0)
    if scan.grammar.has("relative_pronouns", word):
        return True
    opens_apposition = scan.grammar.has("indefinite_articles", word) or scan.grammar.has("numerals", word)
    return opens_apposition and part != parts[0]


def main_clause_parts(scan: Scan, start: int, end: int) -> list[tuple[int, int]]:
    """The chunks of ``[start, end)`` that are not relative clauses: "Moscú, que invadió Ucrania
    en febrero de 2022, ..., declaró": the date of the invasion is not the date of the saying."""
    kept = []
    for part in chunks(scan, start, end):
        first = word_after(scan.text, part[0], part[1])
        if first is None or not scan.grammar.has("relative_pronouns", first.group(0)):
            kept.append(part)
    return kept


def _touching(scan: Scan, first: tuple[int, int], second: tuple[int, int]) -> bool:
    return not scan.text[first[1]:second[0]].strip(" ,")


def pick_after(scan: Scan, start: int, end: int) -> Candidate | None:
    """The subject after a cue: the first candidate, or the name in apposition to it."""
    parts = chunks(scan, start, end)
    for index, part in enumerate(parts):
        cands = candidates(scan, *part)
        if not cands:
            continue
        chosen = cands[0]
        if chosen.kind == DESCRIPTION and index + 1 < len(parts):
            following = candidates(scan, *parts[index + 1])
            if following and following[0].kind in (NAME, MENTION):
                return following[0]  # "el portavoz del Kremlin, Dmitri Peskov"
        named = [c for c in cands[1:] if c.kind in (NAME, MENTION)]
        if chosen.kind == DESCRIPTION and chosen.head_class == PERSON and named:
            return named[-1]  # "речник угруповання «Дніпро» Віктор Трегубов": the name closes the phrase
        return chosen
    return None


def first_subject(scan: Scan, start: int, end: int) -> Candidate | None:
    """The first candidate of a sentence that is not after a preposition: its likely subject."""
    for part in chunks(scan, start, end):
        cands = [c for c in candidates(scan, *part) if c.kind != DESCRIPTION or c.head_class != DOCUMENT]
        if cands:
            return cands[0]
    return None


def word_count(text: str) -> int:
    return len(WORD.findall(text))
