"""The library API the CLI and the HTTP layer share."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .ingest.textfile import read_document
from .models import Analysis
from .pipeline import analyze
from .resource_set import Resources, default_resources


def analyze_file(path: Path | str, resources: Resources | None = None, **overrides: str | None) -> Analysis:
    """Read one file (header block, encoding, language) and analyse it."""
    resources = resources or default_resources()
    document = read_document(path, supported=resources.languages(), **overrides)
    return analyze(document, resources)


def analyze_files(paths: list[str], resources: Resources | None = None,
                  **overrides: str | None) -> Iterator[tuple[str, Analysis | InputError]]:
    """Each file's analysis, or the InputError that stopped it; one bad file never stops the rest."""
    for path in paths:
        try:
            yield path, analyze_file(path, resources, **overrides)
        except InputError as err:
            yield path, err
