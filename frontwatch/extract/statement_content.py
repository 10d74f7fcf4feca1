"""Where a cue's content is: after it, before it, or in a quotation it announces.

Four frames, tried in this order for each cue:

- *colon*: "X said: “...”": the quotation after the colon is the statement;
- *forward*: "dijo que ...", "said it valued ...", "reivindicó la captura de ...":
  the content follows the cue, after any time, adverb, channel or listener
  ("declaró este martes ante el Consejo de Seguridad que ...");
- *backward*: "«...», aseguró ...", "..., he said": the content ends at the comma
  or quotation mark before the attribution and starts where the clause does.
  A quote that goes on after its attribution ("We will win," he said,
  "whatever it takes.") is one statement of two parts;
- *source*: "según X, ..." and "..., according to X".

The spans come back as a ``Frame``; ``statements`` turns it into a statement.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..work import TimeMention
from .cues import GERUND, SOURCE, CueMatch
from .quotes import Quote, innermost, quote_ending, quote_starting
from .speaker_candidates import chunks, pick_after
from .statement_grammar import WORD, QuoteStyle, word_after, word_before, words
from .statement_fronted import Fronted, anaphor_after, anaphor_before, anaphoric, fronted
from .statement_scan import Scan
from .statement_spans import (TRIM_END, attribution_end, is_marker, skip_light, skip_spaces, skip_time,
                              top_level_break, trim, word_at)

CLAUSE, BARE, OBJECT = "clause", "bare", "object"
_TOP_BREAKS = ",;:"


@dataclass
class Frame:
    direction: str  # colon | forward | backward | source | anaphoric | fronted
    start: int  # the content, or the first part of a quotation
    end: int
    pre: tuple[int, int]  # where the subject may stand before the cue
    post: tuple[int, int]  # ... and after it
    extent_end: int  # where the statement's clause ends
    quotes: tuple[Quote, ...] = ()  # the quotation(s) of a direct statement
    trailing_time: TimeMention | None = None


def frame(scan: Scan, cue: CueMatch, zone_start: int, floor: int, sentence_end: int) -> Frame | None:
    """How the statement of ``cue`` is laid out. ``zone_start`` is where its clause may start
    (after the last statement of the sentence); ``floor`` where content before the cue may
    start (after the last attribution: a statement inside that content was part of it)."""
    if cue.form == SOURCE:
        return _source(scan, cue, floor, sentence_end)
    anaphor = anaphor_before(scan, cue, zone_start) or anaphor_after(scan, cue, sentence_end)
    if anaphor is not None:  # "Про це заявив ...": the sentence before is the content, or nothing is
        return _as_frame("anaphoric", anaphoric(scan, cue, anaphor, zone_start, sentence_end))
    colon = _colon_quote(scan, cue, sentence_end)
    if colon is not None:
        return Frame("colon", colon[1].inner_start, colon[1].inner_end, (zone_start, cue.start),
                     (cue.end, colon[0]), colon[1].end, (colon[1],))
    ahead_of_subject = fronted(scan, cue, zone_start, sentence_end)
    if ahead_of_subject is not None:  # "О взятии ... Минобороны отчиталось"
        return _as_frame("fronted", ahead_of_subject)
    skipped = skip_light(scan, cue, sentence_end)
    ahead = _forward_start(scan, cue, skipped, sentence_end)
    if ahead is not None and ahead[1] != "loose":
        return _forward(scan, cue, zone_start, sentence_end, ahead)
    boundary = _boundary_before(scan, cue, floor)
    if boundary is not None and cue.form != GERUND and not _words_between(scan, boundary[1], cue.start) \
            and (boundary[2] is not None or _inverted(scan, cue, floor, boundary[0], sentence_end)):
        return _backward(scan, cue, floor, sentence_end, boundary)  # "..., dijo el ejército"
    far = _far_opener(scan, cue, skipped, sentence_end)
    if far is not None or ahead is not None:
        return _forward(scan, cue, zone_start, sentence_end, far or ahead)
    if boundary is not None and _clause_ends(scan, skipped, sentence_end) \
            and _subject_only(scan, boundary[1], cue.start):
        return _backward(scan, cue, floor, sentence_end, boundary)
    return None


def _as_frame(direction: str, found: Fronted | None) -> Frame | None:
    if found is None:
        return None
    return Frame(direction, found.start, found.end, found.pre, found.post, found.extent_end)


# -- forward ---------------------------------------------------------------------

def _forward_start(scan: Scan, cue: CueMatch, pos: int, limit: int) -> tuple[int, str] | None:
    """Where forward content starts and how it ends: clause, object, or loose (bare/object)."""
    g, text, kinds = scan.grammar, scan.text, cue.sense.content
    if pos >= limit or text[pos] in ".;)":
        return None
    comp = g.starts("complementizers", text, pos)
    prep = g.starts("prepositions", text, pos)
    if comp is None and prep is not None:  # "advirtió de que ...", "insistió en que ..."
        comp = g.starts("complementizers", text, skip_spaces(text, prep, limit))
    if comp is not None and kinds & {CLAUSE, BARE}:
        return skip_spaces(text, comp, limit), CLAUSE
    if quote_starting(scan.quotes, pos) is not None and kinds:
        return pos, CLAUSE
    if is_marker(scan, cue, pos):
        after = skip_spaces(text, word_at(scan, pos, limit).end(), limit)
        comp = g.starts("complementizers", text, after)
        return (skip_spaces(text, comp, limit), CLAUSE) if comp else (after, OBJECT)
    if text[pos] == "," and kinds & {CLAUSE, BARE}:  # "заявив, що ...": Slavic puts a comma there
        comp = g.starts("complementizers", text, skip_spaces(text, pos + 1, limit))
        if comp is not None:
            return skip_spaces(text, comp, limit), CLAUSE
    if text[pos] in ",:—–" or not WORD.match(text, pos):
        return None
    if kinds & {BARE, OBJECT}:
        return pos, "loose"
    return None


def _far_opener(scan: Scan, cue: CueMatch, pos: int, limit: int) -> tuple[int, str] | None:
    """"acusando a Moscú de ...", "accused Russia of ...", "aseguró el ministro que ...": a
    marker after a person object, or a complementizer after a listener or a subject."""
    g, text = scan.grammar, scan.text
    first = word_at(scan, pos, limit)
    if first is None:
        return None
    person_object = _opens_person_object(scan, first.group(0))
    if not person_object and not _opens_phrase(scan, first.group(0)):
        return None
    markers = {m.casefold() for m in cue.sense.markers} if person_object else set()
    for word in words(text, first.end(), limit)[:12]:
        between = text[pos:word.start()]
        if any(c in between for c in ".;:\"«“”»") or _has_cue(scan, pos, word.start()):
            return None
        folded = word.group(0).casefold()
        if folded in markers:
            return _after_marker(scan, word.end(), limit)
        if CLAUSE in cue.sense.content and g.has("complementizers", folded) and "," not in between:
            return skip_spaces(text, word.end(), limit), CLAUSE
    return None


def _after_marker(scan: Scan, pos: int, limit: int) -> tuple[int, str]:
    after = skip_spaces(scan.text, pos, limit)
    comp = scan.grammar.starts("complementizers", scan.text, after)
    return (skip_spaces(scan.text, comp, limit), CLAUSE) if comp else (after, OBJECT)


def _opens_person_object(scan: Scan, word: str) -> bool:
    g = scan.grammar
    pronoun = g.has("object_pronouns", word) and not g.has("articles", word)  # Spanish "la" is both
    return (g.has("object_markers", word) or g.has("audience_prepositions", word) or pronoun
            or (word[:1].isupper() and not g.is_function_word(word)))


def _opens_phrase(scan: Scan, word: str) -> bool:
    return scan.grammar.has("articles", word) or scan.grammar.has("determiners", word)


def _has_cue(scan: Scan, start: int, end: int) -> bool:
    return scan.has_cue(start, end)


def _forward(scan: Scan, cue: CueMatch, zone_start: int, limit: int, ahead: tuple[int, str]) -> Frame | None:
    start, mode = ahead
    kinds = cue.sense.content
    is_object = mode == OBJECT or (mode == "loose" and OBJECT in kinds)
    cap = _quote_cap(scan, cue, limit)
    if mode == OBJECT or (mode == "loose" and BARE not in kinds):
        end = _object_end(scan, start, cap)
    else:
        end = _clause_end(scan, start, cap)
    end = _without_apposition(scan, start, _coordinated_end(scan, start, end))
    trailing = None
    if is_object:
        end, trailing = _trailing_time(scan, start, end)
    start, end = trim(scan, start, end)
    if end - start < 2 or (cue.sense.requires and not _contains_word(scan, start, end, cue.sense.requires)):
        return None
    return Frame("forward", start, end, (zone_start, cue.start), (cue.end, ahead[0]), end, (), trailing)


def _quote_cap(scan: Scan, cue: CueMatch, limit: int) -> int:
    """Content does not run past the quotation, nor the sentence inside it, that holds the cue."""
    quote = innermost(scan.quotes, cue.start)
    unit = scan.unit_at(cue.start)
    if unit is not None:
        limit = min(limit, unit.end)
    return min(limit, quote.inner_end) if quote is not None else limit


def _contains_word(scan: Scan, start: int, end: int, word: str) -> bool:
    return any(w.group(0).casefold() == word.casefold() for w in words(scan.text, start, end))


def _object_end(scan: Scan, start: int, limit: int) -> int:
    return top_level_break(scan, start, limit, _TOP_BREAKS) or limit


def _clause_end(scan: Scan, start: int, limit: int) -> int:
    """The end of reported content: the sentence, or a comma before a new clause."""
    pos = start
    while True:
        comma = top_level_break(scan, pos, limit, ",;")
        if comma is None:
            return limit
        after = skip_spaces(scan.text, comma + 1, limit)
        if scan.text[comma] == ";" or _new_clause(scan, after, limit):
            return comma
        pos = comma + 1


def _new_clause(scan: Scan, pos: int, limit: int) -> bool:
    """After a comma: "while ...", "aunque negó ...", "saying ...", "after announcing ..."."""
    g = scan.grammar
    if g.starts("clause_breaks", scan.text, pos) is not None:
        return True
    first = word_at(scan, pos, limit)
    if first is None:
        return False
    entry = scan.lexicon.lookup(first.group(0))
    if entry is not None and entry[0] == GERUND:
        return True
    if g.has("subordinators", first.group(0)):
        second = word_after(scan.text, first.end(), limit)
        return second is not None and (scan.lexicon.lookup(second.group(0)) or (None,))[0] == GERUND
    return False


def _coordinated_end(scan: Scan, start: int, end: int) -> int:
    """"la toma de X y el día 16 había reivindicado ...": a coordinated cue ends the content."""
    for word in words(scan.text, start, end):
        if not scan.grammar.has("coordinators", word.group(0)):
            continue
        following = words(scan.text, word.end(), end)[:5]
        if any(_finite_cue_at(scan, w.start(), w.end()) for w in following):
            return word.start()
    return end


def _finite_cue_at(scan: Scan, start: int, end: int) -> bool:
    entry = scan.lexicon.lookup(scan.text[start:end])
    return entry is not None and entry[0] != GERUND and scan.text[start:start + 1].islower()


def _without_apposition(scan: Scan, start: int, end: int) -> int:
    """"its forces had captured Filiia, a village in ...": the apposition is not the report."""
    for match in reversed(list(_commas(scan, start, end))):
        before = word_before(scan.text, match, start)
        after = word_after(scan.text, match + 1, end)
        if before is None or after is None or not before.group(0)[:1].isupper():
            continue
        if scan.grammar.has("indefinite_articles", after.group(0)) or scan.grammar.has("numerals", after.group(0)):
            return match
    return end


def _commas(scan: Scan, start: int, end: int) -> Iterator[int]:
    pos = start
    while True:
        comma = top_level_break(scan, pos, end, ",")
        if comma is None:
            return
        yield comma
        pos = comma + 1


def _trailing_time(scan: Scan, start: int, end: int) -> tuple[int, TimeMention | None]:
    """"the capture of nearby Dachne in July": the date goes with the cue, not the content."""
    stripped = scan.text[start:end].rstrip(TRIM_END)
    content_end = start + len(stripped)
    for mention in scan.work.time_mentions:
        if start < mention.start and mention.end == content_end:
            cut = mention.start
            prep = scan.grammar.ends("prepositions", scan.text, cut)
            return (prep if prep is not None and prep > start else cut), mention
    return end, None


# -- backward --------------------------------------------------------------------

def _boundary_before(scan: Scan, cue: CueMatch, low: int) -> tuple[int, int, Quote | None] | None:
    """The comma or closing quotation mark before an attribution: (content end, boundary end, quote)."""
    text, style = scan.text, scan.grammar.quotes
    pos = cue.start
    while pos > low and text[pos - 1] in " \t":
        pos -= 1
    seen_words, in_word = 0, False
    for i in range(pos - 1, low - 1, -1):
        char = text[i]
        if char in ",:;" or char in style.glue or char in style.closers:
            return _boundary_at(scan, i, low, cue.start)
        if char in ".!?\n" or char in style.openers:
            return None
        if char.isalnum() and not in_word:
            seen_words += 1
            if seen_words > style.attribution_gap:
                return None
        in_word = char.isalnum()
    return None


def _boundary_at(scan: Scan, i: int, low: int, cue_start: int) -> tuple[int, int, Quote | None] | None:
    text = scan.text
    end_of_boundary = i + 1
    content_end = i
    j = i
    while j > low and text[j - 1] in " \t,—–":
        j -= 1
    quote = quote_ending(scan.quotes, j) or quote_ending(scan.quotes, i + 1)
    if quote is not None:
        content_end = quote.end
    if content_end <= low:
        return None
    return content_end, end_of_boundary, quote


def _words_between(scan: Scan, start: int, end: int) -> bool:
    """Words other than adverbs and clitics between the boundary and the cue: a subject."""
    for word in words(scan.text, start, end):
        if not (scan.grammar.is_adverb(word.group(0)) or scan.grammar.has("clitics", word.group(0))):
            return True
    return False


def _inverted(scan: Scan, cue: CueMatch, floor: int, content_end: int, limit: int) -> bool:
    """"..., dijo el ejército de Kiev el miércoles", "“...”, añadió": after the cue comes its
    subject or nothing; before the comma is content, not a relative clause or apposition
    ("The mayor, who spoke to journalists, said the city was ready")."""
    parts = chunks(scan, floor, content_end)
    if len(parts) > 1:
        first = word_after(scan.text, parts[-1][0], parts[-1][1])
        if first is not None and scan.grammar.has("relative_pronouns", first.group(0)):
            return False
    end = attribution_end(scan, cue.end, limit)
    rest = [w for w in words(scan.text, cue.end, end) if not scan.grammar.is_adverb(w.group(0))
            and not any(t.start <= w.start() < t.end for t in scan.work.time_mentions)]
    if not rest:
        return True
    subject = pick_after(scan, cue.end, end)
    return subject is not None and _only_circumstances(scan, subject.end, end)


def _only_circumstances(scan: Scan, pos: int, end: int) -> bool:
    """After an inverted subject only times, places, listeners or an apposition follow
    ("dijo el ejército de Kiev el miércoles"), not a verb ("said Russia was open to talks")."""
    following = skip_spaces(scan.text, pos, end)
    if following >= end or scan.text[following] in ",.;:!?\"»”’)":
        return True
    word = word_at(scan, following, end)
    g = scan.grammar
    return word is None or skip_time(scan, following) is not None or g.is_adverb(word.group(0)) \
        or g.starts("prepositions", scan.text, following) is not None


def _subject_only(scan: Scan, start: int, end: int) -> bool:
    """Between the comma and the cue stands a subject ("regional governor Serhiy Lysak"), not an
    object and a subject ("a charge Kyiv denied"): lower-case words there name a person or body."""
    g = scan.grammar
    plain = [w.group(0) for w in words(scan.text, start, end)
             if w.group(0)[:1].islower() and not g.is_function_word(w.group(0))]
    if not plain:
        return True
    return any(g.has(k, w) for w in plain for k in ("person_nouns", "org_nouns", "titles", "audience_nouns"))


def _clause_ends(scan: Scan, pos: int, limit: int) -> bool:
    rest = scan.text[pos:limit].strip()
    return not rest or rest[0] in ".,;!?"


def _backward(scan: Scan, cue: CueMatch, zone_start: int, limit: int,
              boundary: tuple[int, int, Quote | None]) -> Frame | None:
    content_end, boundary_end, quote = boundary
    said_end = attribution_end(scan, cue.end, limit)
    pre, post = (boundary_end, cue.start), (cue.end, said_end)
    if quote is not None and not scan.text[zone_start:quote.start].strip(" \t\"'«“‘-–—•"):
        return _backward_quote(scan, quote, pre, post, said_end, limit)
    start, end = trim(scan, zone_start, content_end)
    if len(WORD.findall(scan.text[start:end])) < 2:
        return None
    extent = said_end
    follow = skip_spaces(scan.text, said_end + 1, limit) if said_end < limit else limit
    goes_on = scan.text[said_end:said_end + 1] == ","
    if goes_on and scan.grammar.starts("clause_breaks", scan.text, follow):
        rest = _clause_end(scan, follow, limit)
        if not _has_cue(scan, follow, rest):  # "..., he said, while ..." but not "..., aunque negó ..."
            end = extent = trim(scan, start, rest)[1]
    return Frame("backward", start, end, pre, post, extent)


def _backward_quote(scan: Scan, quote: Quote, pre: tuple[int, int], post: tuple[int, int],
                    said_end: int, limit: int) -> Frame:
    parts = [quote]
    text = scan.text
    if text[said_end:said_end + 1] in (",", ":"):
        nxt = quote_starting(scan.quotes, skip_spaces(text, said_end + 1, limit))
        if nxt is not None:
            parts.append(nxt)  # "We will win," he said, "whatever it takes."
    last = parts[-1]
    return Frame("backward", quote.inner_start, last.inner_end, pre, post, max(last.end, said_end), tuple(parts))


def _colon_quote(scan: Scan, cue: CueMatch, limit: int) -> tuple[int, Quote] | None:
    """"... said: “...”": a colon and a quotation after the cue, in the same sentence."""
    style = scan.grammar.quotes
    stop = _colon_stops(style)
    match = stop.search(scan.text, cue.end, limit)
    if match is None or match.group(0) not in style.introducers:
        return None
    quote = quote_starting(scan.quotes, skip_spaces(scan.text, match.end(), len(scan.text)))
    return (match.start(), quote) if quote is not None else None


@functools.cache
def _colon_stops(style: QuoteStyle) -> re.Pattern[str]:
    """The first introducer, opening mark or sentence end: one search instead of a loop."""
    marks = sorted(style.introducers | style.openers | {".", "!", "?", "\n"})
    return re.compile("|".join(re.escape(m) for m in marks))


# -- sources ---------------------------------------------------------------------

def _source(scan: Scan, cue: CueMatch, zone_start: int, limit: int) -> Frame | None:
    """"según el mando militar ucraniano, ..." and "..., according to the officials"."""
    text = scan.text
    np_end = _source_phrase_end(scan, cue.end, limit)
    leading = text[zone_start:cue.start].strip(" \t\"'«“‘-–—•")
    if not leading:
        if text[np_end:np_end + 1] != ",":
            return None
        np_end = _apposition_end(scan, np_end, limit)
        start = skip_spaces(text, np_end + 1, limit)
        start, end = trim(scan, start, _clause_end(scan, start, limit))
        return Frame("source", start, end, (cue.start, cue.start), (cue.end, np_end), end)
    if not leading.endswith(","):
        return None
    start, end = trim(scan, zone_start, len(text[:cue.start].rstrip(" \t,")))
    return Frame("source", start, end, (cue.start, cue.start), (cue.end, np_end), np_end)


def _apposition_end(scan: Scan, comma: int, limit: int) -> int:
    """"Secondo Viktor Trehubov, portavoce del raggruppamento «Dnipro», ...": a chunk after the
    source's name that opens with a person or body noun and says nothing belongs to the
    source; the content starts after it. Returns the comma that ends the source phrase."""
    after = skip_spaces(scan.text, comma + 1, limit)
    first = word_at(scan, after, limit)
    g = scan.grammar
    if first is None or not any(g.has(k, first.group(0)) for k in ("person_nouns", "org_nouns", "titles")):
        return comma
    end = top_level_break(scan, after, limit, ",;:")
    if end is None or scan.text[end] != "," or _has_cue(scan, after, end):
        return comma
    return end


def _source_phrase_end(scan: Scan, pos: int, limit: int) -> int:
    end = top_level_break(scan, pos, limit, ",;:") or limit
    for word in words(scan.text, pos, end):
        if scan.grammar.has("relative_pronouns", word.group(0)):
            return word.start()
    return end


