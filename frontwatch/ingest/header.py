"""The header block of a text file: ``key: value`` lines closed by a ``---`` line."""
from __future__ import annotations

import re

_LINE = re.compile(r"^([A-Za-z][\w-]*):[ \t]*(.*)$")
_NONE = {"", "none", "null", "n/a", "-"}


def split_header(text: str) -> tuple[dict[str, str | None], str]:
    """Return (header fields, body). A file without a well-formed header is all body."""
    lines = text.split("\n")
    fields: dict[str, str | None] = {}
    for index, line in enumerate(lines):
        if line.strip() == "---" and fields:
            return fields, "\n".join(lines[index + 1:])
        match = _LINE.match(line.rstrip("\r"))
        if not match:
            return {}, text
        value = match.group(2).strip()
        fields[match.group(1).lower()] = None if value.lower() in _NONE else value
    return {}, text
