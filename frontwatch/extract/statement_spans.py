"""Moving over a sentence: past what stands between a cue and its content, to the next
comma that is not inside a quotation or brackets, and trimming a span to its words.

``skip_light`` passes the times, adverbs, listeners and light prepositional phrases
after a cue ("declaró este martes ante el Consejo de Seguridad que ...", "said in a
statement on Friday ..."): where it stops, the content may start.
"""
from __future__ import annotations

import re

from .cues import CueMatch
from .quotes import innermost, quote_ending, quote_starting
from .speaker_candidates import name_run_end
from .statement_grammar import word_after
from .statement_scan import Scan

TRIM_END = " \t\n.,;:"


def skip_light(scan: Scan, cue: CueMatch, limit: int) -> int:
    """Past times, adverbs, channels and listeners after the cue: where its content may start."""
    pos, listener_done = cue.end, not cue.sense.audience
    for _ in range(8):
        pos = skip_spaces(scan.text, pos, limit)
        moved = skip_time(scan, pos) or _skip_adverb(scan, pos, limit)
        if moved is None and not listener_done:
            moved, listener_done = _skip_listener(scan, pos, limit), True
        if moved is None and not is_marker(scan, cue, pos):
            moved = _skip_light_phrase(scan, pos, limit)
        if moved is None:
            return pos
        pos = moved
    return pos


def skip_spaces(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos


def skip_time(scan: Scan, pos: int) -> int | None:
    return next((t.end for t in scan.work.time_mentions if t.start == pos), None)


def word_at(scan: Scan, pos: int, limit: int) -> re.Match[str] | None:
    word = word_after(scan.text, pos, limit)
    return word if word is not None and word.start() == pos else None


def _skip_adverb(scan: Scan, pos: int, limit: int) -> int | None:
    word = word_at(scan, pos, limit)
    return word.end() if word is not None and scan.grammar.is_adverb(word.group(0)) else None


def _skip_listener(scan: Scan, pos: int, limit: int) -> int | None:
    """The listener of "told": "told reporters", "told NBC News", "told him"."""
    g, word = scan.grammar, word_at(scan, pos, limit)
    if word is None:
        return None
    if g.has("object_pronouns", word.group(0)):
        return word.end()
    return _noun_phrase_end(scan, pos, limit)


def is_marker(scan: Scan, cue: CueMatch, pos: int) -> bool:
    word = word_at(scan, pos, len(scan.text))
    return word is not None and word.group(0).casefold() in {m.casefold() for m in cue.sense.markers}


def _skip_light_phrase(scan: Scan, pos: int, limit: int) -> int | None:
    """A preposition with a time, a name or a document, platform or listener noun:
    "on Wednesday", "on Telegram", "in a statement", "a los periodistas", "en la misma
    conferencia de prensa". Any other phrase may be the content itself."""
    end = scan.grammar.starts("prepositions", scan.text, pos)
    if end is None or end > limit:
        return None
    after = skip_spaces(scan.text, end, limit)
    return skip_time(scan, after) or _noun_phrase_end(scan, after, limit)


def _noun_phrase_end(scan: Scan, pos: int, limit: int) -> int | None:
    g, text = scan.grammar, scan.text
    cursor = pos
    for _ in range(2):
        word = word_at(scan, cursor, limit)
        if word is None:
            return None
        opener = word.group(0)
        if not (g.has("articles", opener) or g.has("determiners", opener) or is_possessive(scan, opener)):
            break
        cursor = skip_spaces(text, word.end(), limit)
    name_end = capitalised_run_end(scan, cursor, limit)
    if name_end is not None:
        return _light_noun_after(scan, name_end, limit) or name_end
    return _light_noun_after(scan, cursor, limit, first=True)


def is_possessive(scan: Scan, word: str) -> bool:
    return any(word.endswith(s) and len(word) > len(s) for s in scan.grammar.possessive_suffixes)


def capitalised_run_end(scan: Scan, pos: int, limit: int) -> int | None:
    word = word_at(scan, pos, limit)
    if word is None or not word.group(0)[:1].isupper() or scan.grammar.is_function_word(word.group(0)):
        return None
    return name_run_end(scan, word, limit)


def _light_noun_after(scan: Scan, pos: int, limit: int, first: bool = False) -> int | None:
    """Up to four words ending in a document, platform or listener noun (with "de X"/"with X")."""
    cursor = pos
    for _ in range(4):
        cursor = skip_spaces(scan.text, cursor, limit)
        for kind in ("document_nouns", "platform_nouns", "audience_nouns"):
            end = scan.grammar.starts(kind, scan.text, cursor)
            if end is not None and end <= limit:
                return _named_after(scan, end, limit)
        word = word_at(scan, cursor, limit)
        if word is None or not word.group(0)[:1].islower() or scan.grammar.is_function_word(word.group(0)):
            return None
        cursor = word.end()
    return None


def _named_after(scan: Scan, pos: int, limit: int) -> int:
    """"entrevista con CNN", "canal de Telegram": the name that goes with the noun."""
    after = skip_spaces(scan.text, pos, limit)
    prep = scan.grammar.starts("prepositions", scan.text, after)
    if prep is None:
        return pos
    name_end = capitalised_run_end(scan, skip_spaces(scan.text, prep, limit), limit)
    return name_end if name_end is not None else pos


def top_level_break(scan: Scan, start: int, limit: int, marks: str) -> int | None:
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


def attribution_end(scan: Scan, pos: int, limit: int) -> int:
    """The end of "declaró hoy el portavoz del Kremlin, Dmitri Peskov": the next break, but a
    name in apposition after a comma still belongs to it."""
    end = top_level_break(scan, pos, limit, ",;:") or limit
    if scan.text[end:end + 1] == ",":
        after = skip_spaces(scan.text, end + 1, limit)
        apposed = capitalised_run_end(scan, after, limit)
        if apposed is not None and not scan.lexicon.lookup(scan.text[after:apposed].split()[0]):
            nxt = top_level_break(scan, apposed, limit, ",;:") or limit
            if not scan.text[apposed:nxt].strip(" .!?\"»”"):
                return nxt
    while end > pos and scan.text[end - 1] in ".!?":
        end -= 1
    return end


# -- trimming --------------------------------------------------------------------

def trim(scan: Scan, start: int, end: int) -> tuple[int, int]:
    """Without surrounding spaces and punctuation, nor a quotation mark left unpaired."""
    text, style = scan.text, scan.grammar.quotes
    while start < end and (text[start] in " \t\n,;:" or _unpaired_open(scan, start, end)):
        start += 1
    while end > start and (text[end - 1] in TRIM_END or (text[end - 1] in style.closers and
                                                          _unpaired_close(scan, start, end))):
        end -= 1
    return start, end


def _unpaired_open(scan: Scan, start: int, end: int) -> bool:
    quote = quote_starting(scan.quotes, start)
    return scan.text[start] in scan.grammar.quotes.openers and (quote is None or quote.end > end)


def _unpaired_close(scan: Scan, start: int, end: int) -> bool:
    quote = quote_ending(scan.quotes, end)
    return quote is None or quote.start < start
