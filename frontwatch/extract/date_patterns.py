"""The small pattern language of ``dates.toml``.

Patterns are written the way the expression reads, so a linguist can add one
without knowing regular expressions::

    "hace {n} {unit}"                          placeholders in braces
    "[el ]{day} de {month}[ (de|del) {year}]"  [optional], (one|or|another)
    "{day}-{day_end} {month}"                  a dash allows spaces and any dash
    "l'{day} {month}"                          an apostrophe matches ' ’ and ʼ

A space matches any run of white space; every other character stands for
itself; matching ignores case. :func:`parse` turns a pattern into a tree,
:func:`to_regex` compiles the tree (the caller supplies what each placeholder
matches), and :func:`openings` tells which words a match can start with, so
the scanner only tries a pattern where it can apply.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ResourceError

__all__ = [
    "Literal", "Slot", "OptionalPart", "Choice", "Sequence", "Opening",
    "parse", "to_regex", "literal_regex", "word_regex", "openings", "form_openings", "slot_names", "normal_form",
]

_SPECIAL = "[](){}|"
_APOSTROPHES = "'’ʼ"
_DASHES = "-–—"
_FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Literal:
    text: str


@dataclass(frozen=True)
class Slot:
    name: str


@dataclass(frozen=True)
class OptionalPart:
    items: Sequence


@dataclass(frozen=True)
class Choice:
    options: tuple[Sequence, ...]


Node = Literal | Slot | OptionalPart | Choice
Sequence = tuple[Node, ...]


class _Parser:
    """Recursive descent over the characters of one pattern."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.pos = 0

    def fail(self, why: str) -> ResourceError:
        return ResourceError(f"date pattern {self.pattern!r}: {why} (at character {self.pos})")

    def peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def sequence(self, closers: str) -> Sequence:
        items: list[Node] = []
        while self.peek() and self.peek() not in closers:
            items.append(self.node())
        return tuple(items)

    def node(self) -> Node:
        char = self.peek()
        if char == "[":
            return self.optional()
        if char == "(":
            return self.choice()
        if char == "{":
            return self.slot()
        if char in _SPECIAL:
            raise self.fail(f"unexpected {char!r}")
        return self.literal()

    def optional(self) -> OptionalPart:
        self.pos += 1
        items = self.sequence("])|")
        self.expect("]")
        return OptionalPart(items)

    def choice(self) -> Choice:
        options = []
        while True:
            self.pos += 1  # skip "(" or "|"
            options.append(self.sequence(")|]"))
            if self.peek() != "|":
                break
        self.expect(")")
        return Choice(tuple(options))

    def slot(self) -> Slot:
        end = self.pattern.find("}", self.pos)
        if end < 0:
            raise self.fail("unclosed '{'")
        name = self.pattern[self.pos + 1:end].strip()
        if not name.isidentifier():
            raise self.fail(f"bad placeholder name {name!r}")
        self.pos = end + 1
        return Slot(name)

    def literal(self) -> Literal:
        start = self.pos
        while self.peek() and self.peek() not in _SPECIAL:
            self.pos += 1
        return Literal(self.pattern[start:self.pos])

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.fail(f"expected {char!r}")
        self.pos += 1


def parse(pattern: str) -> Sequence:
    """The tree of ``pattern``; a ResourceError says what is wrong with it."""
    parser = _Parser(pattern)
    items = parser.sequence("")
    if not items:
        raise parser.fail("empty pattern")
    opening = pattern.lstrip("[( ")[:1]
    if not (opening == "{" or _FIRST_WORD.match(opening)):
        raise parser.fail("a pattern must start with a word or a placeholder (matches start at words)")
    return items


def literal_regex(text: str) -> str:
    """Regex for literal text: spaces, dashes and apostrophes are lenient."""
    out: list[str] = []
    for chunk in re.split(r"(\s+|[-–—]|['’ʼ])", text):
        if not chunk:
            continue
        if chunk.isspace():
            out.append(r"\s+")
        elif chunk in _DASHES:
            out.append(r"\s*[-–—]\s*")
        elif chunk in _APOSTROPHES:
            out.append("['’ʼ]")
        else:
            out.append(re.escape(chunk))
    return "".join(out)


def word_regex(form: str, capitalised: bool = False) -> str:
    """Regex for one vocabulary form; ``capitalised`` demands an upper-case first letter
    (English "May" the month, not "may" the verb)."""
    body = literal_regex(form)
    first = form[:1]
    if capitalised and first.upper() != first.lower():
        # A scoped flag keeps the rest of the pattern case-insensitive.
        body = f"(?-i:{re.escape(first.upper())})" + literal_regex(form[1:])
    return body


def to_regex(items: Sequence, slot_regex: Callable[[str], str]) -> str:
    """Compile a parsed pattern; ``slot_regex(name)`` is the body of each placeholder,
    captured as a group of that name."""
    parts: list[str] = []
    for node in items:
        if isinstance(node, Literal):
            parts.append(literal_regex(node.text))
        elif isinstance(node, Slot):
            parts.append(f"(?P<{node.name}>{slot_regex(node.name)})")
        elif isinstance(node, OptionalPart):
            parts.append(f"(?:{to_regex(node.items, slot_regex)})?")
        else:
            options = "|".join(to_regex(option, slot_regex) for option in node.options)
            parts.append(f"(?:{options})")
    return "".join(parts)


Opening = tuple[str, "str | None"]


def openings(items: Sequence, slot_openings: Callable[[str], set[Opening]]) -> tuple[set[Opening], bool]:
    """How a match can begin: its first two words, ``(word, None)`` when it can end
    after the first, and whether the pattern can match nothing at all.

    The scanner files a pattern under its first words and, when none of them
    makes a match alone, skips an occurrence whose next word is not a second
    word ("el presidente" never starts "[el ]{weekday}"). ``slot_openings(name)``
    gives a placeholder's own openings ("#d" and "#y" stand for digits).
    """
    pairs: set[Opening] = set()
    waiting: set[str] = set()  # first words still waiting for their second
    at_start = True  # everything before this node can match nothing
    for node in items:
        node_pairs, nullable = _node_openings(node, slot_openings)
        pairs |= {(word, next_word) for word in waiting for next_word, _ in node_pairs}
        opened = {first for first, second in node_pairs if second is None} if at_start else set()
        if at_start:
            pairs |= {pair for pair in node_pairs if pair[1] is not None}
        waiting = (waiting if nullable else set()) | opened
        at_start = at_start and nullable
        if not waiting and not at_start:
            break
    return pairs | {(word, None) for word in waiting}, at_start


def _node_openings(node: Node, slot_openings: Callable[[str], set[Opening]]) -> tuple[set[Opening], bool]:
    if isinstance(node, Literal):
        words = _FIRST_WORD.findall(normal_form(node.text))
        if not words:  # spaces and punctuation hold no word: "{month}[,] {year}"
            return set(), True
        return {(words[0], words[1] if len(words) > 1 else None)}, False
    if isinstance(node, Slot):
        return slot_openings(node.name), False
    if isinstance(node, OptionalPart):
        return openings(node.items, slot_openings)[0], True
    pairs: set[Opening] = set()
    nullable = False
    for option in node.options:
        option_pairs, option_nullable = openings(option, slot_openings)
        pairs |= option_pairs
        nullable = nullable or option_nullable
    return pairs, nullable


def form_openings(form: str) -> Opening:
    """The opening of one vocabulary form: "un par de" -> ("un", "par")."""
    words = _FIRST_WORD.findall(normal_form(form))
    return words[0], words[1] if len(words) > 1 else None


def slot_names(items: Sequence) -> list[str]:
    """Every placeholder in the pattern, in order, with repeats."""
    names: list[str] = []
    for node in items:
        if isinstance(node, Slot):
            names.append(node.name)
        elif isinstance(node, OptionalPart):
            names.extend(slot_names(node.items))
        elif isinstance(node, Choice):
            for option in node.options:
                names.extend(slot_names(option))
    return names


_ONE_APOSTROPHE = str.maketrans({"’": "'", "ʼ": "'"})


def normal_form(text: str) -> str:
    """The key a matched word is looked up by: lower case, one apostrophe, single spaces,
    no trailing full stop ("Aug." and "aug" are the same abbreviation)."""
    text = text.lower().translate(_ONE_APOSTROPHE)
    if " " in text or "\n" in text or "\t" in text:
        text = " ".join(text.split())
    return text.rstrip(".")
