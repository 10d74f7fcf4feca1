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
matches), and :func:`first_words` tells which words a match can start with, so
the scanner only tries a pattern where it can apply.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ResourceError

__all__ = [
    "Literal", "Slot", "OptionalPart", "Choice", "Sequence",
    "parse", "to_regex", "first_words", "all_words", "min_words", "slot_names", "word_regex", "normal_form",
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
    items: "Sequence"


@dataclass(frozen=True)
class Choice:
    options: tuple["Sequence", ...]


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


def to_regex(items: Sequence, slot_regex: Callable[[str], str], named: bool = True) -> str:
    """Compile a parsed pattern; ``slot_regex(name)`` is the body of each placeholder,
    captured under its name unless ``named`` is false (to join patterns in one regex)."""
    parts: list[str] = []
    for node in items:
        if isinstance(node, Literal):
            parts.append(literal_regex(node.text))
        elif isinstance(node, Slot):
            group = f"?P<{node.name}>" if named else "?:"
            parts.append(f"({group}{slot_regex(node.name)})")
        elif isinstance(node, OptionalPart):
            parts.append(f"(?:{to_regex(node.items, slot_regex, named)})?")
        else:
            options = "|".join(to_regex(option, slot_regex, named) for option in node.options)
            parts.append(f"(?:{options})")
    return "".join(parts)


def first_words(items: Sequence, slot_words: Callable[[str], set[str]]) -> tuple[set[str], bool]:
    """The lower-case words a match can start with, and whether the pattern can match nothing.

    ``slot_words(name)`` gives the first words of a placeholder ("#d" stands for
    a one- or two-digit number, "#y" for a four-digit one).
    """
    words: set[str] = set()
    for node in items:
        node_words, nullable = _node_first_words(node, slot_words)
        words |= node_words
        if not nullable:
            return words, False
    return words, True


def _node_first_words(node: Node, slot_words: Callable[[str], set[str]]) -> tuple[set[str], bool]:
    if isinstance(node, Literal):
        text = node.text.lstrip()
        if not text:
            return set(), True
        match = _FIRST_WORD.match(normal_form(text))
        if match is None:
            raise ResourceError(f"date pattern part {node.text!r} must start with a letter or digit")
        return {match.group()}, False
    if isinstance(node, Slot):
        return slot_words(node.name), False
    if isinstance(node, OptionalPart):
        return first_words(node.items, slot_words)[0], True
    words: set[str] = set()
    nullable = False
    for option in node.options:
        option_words, option_nullable = first_words(option, slot_words)
        words |= option_words
        nullable = nullable or option_nullable
    return words, nullable


def all_words(items: Sequence, slot_words: Callable[[str], set[str]]) -> set[str]:
    """Every lower-case word a match can contain (``slot_words`` gives a placeholder's)."""
    words: set[str] = set()
    for node in items:
        if isinstance(node, Literal):
            words |= set(_FIRST_WORD.findall(normal_form(node.text)))
        elif isinstance(node, Slot):
            words |= slot_words(node.name)
        elif isinstance(node, OptionalPart):
            words |= all_words(node.items, slot_words)
        else:
            for option in node.options:
                words |= all_words(option, slot_words)
    return words


def min_words(items: Sequence) -> int:
    """The fewest words a match holds (a placeholder holds at least one)."""
    total = 0
    for node in items:
        if isinstance(node, Literal):
            total += len(_FIRST_WORD.findall(node.text))
        elif isinstance(node, Slot):
            total += 1
        elif isinstance(node, Choice):
            total += min(min_words(option) for option in node.options)
    return total


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


def normal_form(text: str) -> str:
    """The key a matched word is looked up by: lower case, one apostrophe, single spaces,
    no trailing full stop ("Aug." and "aug" are the same abbreviation)."""
    text = re.sub(r"['’ʼ]", "'", text.lower())
    return " ".join(text.split()).rstrip(".")
