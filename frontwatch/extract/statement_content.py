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

from dataclasses import dataclass

from ..work import TimeMention
from .cues import GERUND, SOURCE, CueMatch
from .quotes import Quote, innermost, quote_ending, quote_starting
from .statement_grammar import WORD, word_after, word_before, words
from .speaker_candidates import chunks, name_run_end, pick_after
from .statement_scan import Scan

CLAUSE, BARE, OBJECT = "clause", "bare", "object"
_TRIM_END = " \t\n.,;:"
_TOP_BREAKS = ",;:"


@dataclass
class Frame:
    direction: str  # colon | forward | backward | source
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
    colon = _colon_quote(scan, cue, sentence_end)
    if colon is not None:
        return Frame("colon", colon[1].inner_start, colon[1].inner_end, (zone_start, cue.start),
                     (cue.end, colon[0]), colon[1].end, (colon[1],))
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
    if boundary is not None and _clause_ends(scan, skipped, sentence_end) and _subject_only(scan, boundary[1], cue.start):
        return _backward(scan, cue, floor, sentence_end, boundary)
    return None


# -- skipping what stands between a cue and its content ---------------------------

def skip_light(scan: Scan, cue: CueMatch, limit: int) -> int:
    """Past times, adverbs, channels and listeners after the cue: where its content may start."""
    pos, listener_done = cue.end, not cue.sense.audience
    for _ in range(8):
        pos = _skip_spaces(scan.text, pos, limit)
        moved = _skip_time(scan, pos) or _skip_adverb(scan, pos, limit)
        if moved is None and not listener_done:
            moved, listener_done = _skip_listener(scan, pos, limit), True
        if moved is None and not _is_marker(scan, cue, pos):
            moved = _skip_light_phrase(scan, pos, limit)
        if moved is None:
            return pos
        pos = moved
    return pos


def _skip_spaces(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos


def _skip_time(scan: Scan, pos: int) -> int | None:
    return next((t.end for t in scan.work.time_mentions if t.start == pos), None)


def _word_at(scan: Scan, pos: int, limit: int):
    word = word_after(scan.text, pos, limit)
    return word if word is not None and word.start() == pos else None


def _skip_adverb(scan: Scan, pos: int, limit: int) -> int | None:
    word = _word_at(scan, pos, limit)
    return word.end() if word is not None and scan.grammar.is_adverb(word.group(0)) else None


def _skip_listener(scan: Scan, pos: int, limit: int) -> int | None:
    """The listener of "told": "told reporters", "told NBC News", "told him"."""
    g, word = scan.grammar, _word_at(scan, pos, limit)
    if word is None:
        return None
    if g.has("object_pronouns", word.group(0)):
        return word.end()
    return _noun_phrase_end(scan, pos, limit)


def _is_marker(scan: Scan, cue: CueMatch, pos: int) -> bool:
    word = _word_at(scan, pos, len(scan.text))
    return word is not None and word.group(0).casefold() in {m.casefold() for m in cue.sense.markers}


def _skip_light_phrase(scan: Scan, pos: int, limit: int) -> int | None:
    """A preposition with a time, a name or a document, platform or listener noun:
    "on Wednesday", "on Telegram", "in a statement", "a los periodistas", "en la misma
    conferencia de prensa". Any other phrase may be the content itself."""
    end = scan.grammar.starts("prepositions", scan.text, pos)
    if end is None or end > limit:
        return None
    after = _skip_spaces(scan.text, end, limit)
    return _skip_time(scan, after) or _noun_phrase_end(scan, after, limit)


def _noun_phrase_end(scan: Scan, pos: int, limit: int) -> int | None:
    g, text = scan.grammar, scan.text
    cursor = pos
    for _ in range(2):
        word = _word_at(scan, cursor, limit)
        if word is None:
            return None
        if not (g.has("articles", word.group(0)) or g.has("determiners", word.group(0)) or _possessive(scan, word.group(0))):
            break
        cursor = _skip_spaces(text, word.end(), limit)
    name_end = _capitalised_run_end(scan, cursor, limit)
    if name_end is not None:
        return _light_noun_after(scan, name_end, limit) or name_end
    return _light_noun_after(scan, cursor, limit, first=True)


def _possessive(scan: Scan, word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) for s in scan.grammar.possessive_suffixes)


def _capitalised_run_end(scan: Scan, pos: int, limit: int) -> int | None:
    word = _word_at(scan, pos, limit)
    if word is None or not word.group(0)[:1].isupper() or scan.grammar.is_function_word(word.group(0)):
        return None
    return name_run_end(scan, word, limit)


def _light_noun_after(scan: Scan, pos: int, limit: int, first: bool = False) -> int | None:
    """Up to four words ending in a document, platform or listener noun (with "de X"/"with X")."""
    cursor = pos
    for _ in range(4):
        cursor = _skip_spaces(scan.text, cursor, limit)
        for kind in ("document_nouns", "platform_nouns", "audience_nouns"):
            end = scan.grammar.starts(kind, scan.text, cursor)
            if end is not None and end <= limit:
                return _named_after(scan, end, limit)
        word = _word_at(scan, cursor, limit)
        if word is None or not word.group(0)[:1].islower() or scan.grammar.is_function_word(word.group(0)):
            return None
        cursor = word.end()
    return None


def _named_after(scan: Scan, pos: int, limit: int) -> int:
    """"entrevista con CNN", "canal de Telegram": the name that goes with the noun."""
    after = _skip_spaces(scan.text, pos, limit)
    prep = scan.grammar.starts("prepositions", scan.text, after)
    if prep is None:
        return pos
    name_end = _capitalised_run_end(scan, _skip_spaces(scan.text, prep, limit), limit)
    return name_end if name_end is not None else pos


# -- forward ---------------------------------------------------------------------

def _forward_start(scan: Scan, cue: CueMatch, pos: int, limit: int) -> tuple[int, str] | None:
    """Where forward content starts and how it ends: clause, object, or loose (bare/object)."""
    g, text, kinds = scan.grammar, scan.text, cue.sense.content
    if pos >= limit or text[pos] in ".;)":
        return None
    comp = g.starts("complementizers", text, pos)
    if comp is not None and kinds & {CLAUSE, BARE}:
        return _skip_spaces(text, comp, limit), CLAUSE
    if quote_starting(scan.quotes, pos) is not None and kinds:
        return pos, CLAUSE
    if _is_marker(scan, cue, pos):
        after = _skip_spaces(text, _word_at(scan, pos, limit).end(), limit)
        comp = g.starts("complementizers", text, after)
        return (_skip_spaces(text, comp, limit), CLAUSE) if comp else (after, OBJECT)
    if text[pos] in ",:—–" or not WORD.match(text, pos):
        return None
    if kinds & {BARE, OBJECT}:
        return pos, "loose"
    return None


def _far_opener(scan: Scan, cue: CueMatch, pos: int, limit: int) -> tuple[int, str] | None:
    """"acusando a Moscú de ...", "accused Russia of ...", "aseguró el ministro que ...": a
    marker after a person object, or a complementizer after a listener or a subject."""
    g, text = scan.grammar, scan.text
    first = _word_at(scan, pos, limit)
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
            return _skip_spaces(text, word.end(), limit), CLAUSE
    return None


def _after_marker(scan: Scan, pos: int, limit: int) -> tuple[int, str]:
    after = _skip_spaces(scan.text, pos, limit)
    comp = scan.grammar.starts("complementizers", scan.text, after)
    return (_skip_spaces(scan.text, comp, limit), CLAUSE) if comp else (after, OBJECT)


def _opens_person_object(scan: Scan, word: str) -> bool:
    g = scan.grammar
    pronoun = g.has("object_pronouns", word) and not g.has("articles", word)  # Spanish "la" is both
    return (g.has("object_markers", word) or g.has("audience_prepositions", word) or pronoun
            or (word[:1].isupper() and not g.is_function_word(word)))


def _opens_phrase(scan: Scan, word: str) -> bool:
    return scan.grammar.has("articles", word) or scan.grammar.has("determiners", word)


def _has_cue(scan: Scan, start: int, end: int) -> bool:
    pattern = scan.lexicon.pattern
    return pattern is not None and pattern.search(scan.text, start, end) is not None


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
    return _top_level_break(scan, start, limit, _TOP_BREAKS) or limit


def _top_level_break(scan: Scan, start: int, limit: int, marks: str) -> int | None:
    depth = 0
    for i in range(start, limit):
        char = scan.text[i]
        depth += char in "([" and 1 or (-1 if char in ")]" else 0)
        if char in marks and depth <= 0 and _outside_inner_quotes(scan, i, start):
            return i
    return None


def _outside_inner_quotes(scan: Scan, pos: int, start: int) -> bool:
    quote = innermost(scan.quotes, pos)
    return quote is None or quote.start < start


def _clause_end(scan: Scan, start: int, limit: int) -> int:
    """The end of reported content: the sentence, or a comma before a new clause."""
    pos = start
    while True:
        comma = _top_level_break(scan, pos, limit, ",;")
        if comma is None:
            return limit
        after = _skip_spaces(scan.text, comma + 1, limit)
        if scan.text[comma] == ";" or _new_clause(scan, after, limit):
            return comma
        pos = comma + 1


def _new_clause(scan: Scan, pos: int, limit: int) -> bool:
    """After a comma: "while ...", "aunque negó ...", "saying ...", "after announcing ..."."""
    g = scan.grammar
    if g.starts("clause_breaks", scan.text, pos) is not None:
        return True
    first = _word_at(scan, pos, limit)
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


def _commas(scan: Scan, start: int, end: int):
    pos = start
    while True:
        comma = _top_level_break(scan, pos, end, ",")
        if comma is None:
            return
        yield comma
        pos = comma + 1


def _trailing_time(scan: Scan, start: int, end: int) -> tuple[int, TimeMention | None]:
    """"the capture of nearby Dachne in July": the date goes with the cue, not the content."""
    stripped = scan.text[start:end].rstrip(_TRIM_END)
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
    gap = words(text, low, cue.start)
    for i in range(pos - 1, low - 1, -1):
        char = text[i]
        if char in ",:;" or char in style.glue or char in style.closers:
            return _boundary_at(scan, i, low, cue.start)
        if char in ".!?\n" or char in style.openers:
            return None
        if sum(1 for w in gap if w.start() >= i) > style.attribution_gap:
            return None
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
    end = _attribution_end(scan, cue.end, limit)
    rest = [w for w in words(scan.text, cue.end, end) if not scan.grammar.is_adverb(w.group(0))
            and not any(t.start <= w.start() < t.end for t in scan.work.time_mentions)]
    if not rest:
        return True
    subject = pick_after(scan, cue.end, end)
    return subject is not None and _only_circumstances(scan, subject.end, end)


def _only_circumstances(scan: Scan, pos: int, end: int) -> bool:
    """After an inverted subject only times, places, listeners or an apposition follow
    ("dijo el ejército de Kiev el miércoles"), not a verb ("said Russia was open to talks")."""
    following = _skip_spaces(scan.text, pos, end)
    if following >= end or scan.text[following] in ",.;:!?\"»”’)":
        return True
    word = _word_at(scan, following, end)
    g = scan.grammar
    return word is None or _skip_time(scan, following) is not None or g.is_adverb(word.group(0)) \
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
    attribution_end = _attribution_end(scan, cue.end, limit)
    pre, post = (boundary_end, cue.start), (cue.end, attribution_end)
    if quote is not None and not scan.text[zone_start:quote.start].strip(" \t\"'«“‘-–—•"):
        return _backward_quote(scan, quote, pre, post, attribution_end, limit)
    start, end = trim(scan, zone_start, content_end)
    if len(WORD.findall(scan.text[start:end])) < 2:
        return None
    extent = attribution_end
    follow = _skip_spaces(scan.text, attribution_end + 1, limit) if attribution_end < limit else limit
    if scan.text[attribution_end:attribution_end + 1] == "," and scan.grammar.starts("clause_breaks", scan.text, follow):
        rest = _clause_end(scan, follow, limit)
        if not _has_cue(scan, follow, rest):  # "..., he said, while ..." but not "..., aunque negó ..."
            end = extent = trim(scan, start, rest)[1]
    return Frame("backward", start, end, pre, post, extent)


def _backward_quote(scan: Scan, quote: Quote, pre: tuple[int, int], post: tuple[int, int],
                    attribution_end: int, limit: int) -> Frame:
    parts = [quote]
    text = scan.text
    if text[attribution_end:attribution_end + 1] in (",", ":"):
        nxt = quote_starting(scan.quotes, _skip_spaces(text, attribution_end + 1, limit))
        if nxt is not None:
            parts.append(nxt)  # "We will win," he said, "whatever it takes."
    last = parts[-1]
    return Frame("backward", quote.inner_start, last.inner_end, pre, post, last.end, tuple(parts))


def _attribution_end(scan: Scan, pos: int, limit: int) -> int:
    """The end of "declaró hoy el portavoz del Kremlin, Dmitri Peskov": the next break, but a
    name in apposition after a comma still belongs to it."""
    end = _top_level_break(scan, pos, limit, ",;:") or limit
    if scan.text[end:end + 1] == ",":
        after = _skip_spaces(scan.text, end + 1, limit)
        apposed = _capitalised_run_end(scan, after, limit)
        if apposed is not None and not scan.lexicon.lookup(scan.text[after:apposed].split()[0]):
            nxt = _top_level_break(scan, apposed, limit, ",;:") or limit
            if not scan.text[apposed:nxt].strip(" .!?\"»”"):
                return nxt
    while end > pos and scan.text[end - 1] in ".!?":
        end -= 1
    return end


def _colon_quote(scan: Scan, cue: CueMatch, limit: int) -> tuple[int, Quote] | None:
    """"... said: “...”": a colon and a quotation after the cue, in the same sentence."""
    style = scan.grammar.quotes
    for i in range(cue.end, limit):
        char = scan.text[i]
        if char in style.openers or char in ".!?\n":
            return None
        if char in style.introducers:
            quote = quote_starting(scan.quotes, _skip_spaces(scan.text, i + 1, len(scan.text)))
            return (i, quote) if quote is not None else None
    return None


# -- sources ---------------------------------------------------------------------

def _source(scan: Scan, cue: CueMatch, zone_start: int, limit: int) -> Frame | None:
    """"según el mando militar ucraniano, ..." and "..., according to the officials"."""
    text = scan.text
    np_end = _source_phrase_end(scan, cue.end, limit)
    leading = text[zone_start:cue.start].strip(" \t\"'«“‘-–—•")
    if not leading:
        if text[np_end:np_end + 1] != ",":
            return None
        start = _skip_spaces(text, np_end + 1, limit)
        start, end = trim(scan, start, _clause_end(scan, start, limit))
        return Frame("source", start, end, (cue.start, cue.start), (cue.end, np_end), end)
    if not leading.endswith(","):
        return None
    start, end = trim(scan, zone_start, len(text[:cue.start].rstrip(" \t,")))
    return Frame("source", start, end, (cue.start, cue.start), (cue.end, np_end), np_end)


def _source_phrase_end(scan: Scan, pos: int, limit: int) -> int:
    end = _top_level_break(scan, pos, limit, ",;:") or limit
    for word in words(scan.text, pos, end):
        if scan.grammar.has("relative_pronouns", word.group(0)):
            return word.start()
    return end


# -- trimming --------------------------------------------------------------------

def trim(scan: Scan, start: int, end: int) -> tuple[int, int]:
    """Without surrounding spaces and punctuation, nor a quotation mark left unpaired."""
    text, style = scan.text, scan.grammar.quotes
    while start < end and (text[start] in " \t\n,;:" or _unpaired_open(scan, start, end)):
        start += 1
    while end > start and (text[end - 1] in _TRIM_END or (text[end - 1] in style.closers and
                                                          _unpaired_close(scan, start, end))):
        end -= 1
    return start, end


def _unpaired_open(scan: Scan, start: int, end: int) -> bool:
    quote = quote_starting(scan.quotes, start)
    return scan.text[start] in scan.grammar.quotes.openers and (quote is None or quote.end > end)


def _unpaired_close(scan: Scan, start: int, end: int) -> bool:
    quote = quote_ending(scan.quotes, end)
    return quote is None or quote.start < start
