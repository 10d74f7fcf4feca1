"""``Resources``: everything an analysis reads besides the document itself.

Language data, the actor registry and the gazetteer, each loaded lazily on first
use and then shared. ``analyze(document, resources)`` is a pure function of the
document and these; a batch engine builds one ``Resources`` per worker.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from .languages import LANG_ROOT, LanguageData, load_language, supported_languages

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .resolve.actors import ActorRegistry


class Resources:
    def __init__(self, *, lang_root: Path = LANG_ROOT, actor_files: list[Path] | None = None,
                 gazetteer_path: Path | None = None):
        self.lang_root = lang_root
        self.actor_files = actor_files
        self.gazetteer_path = gazetteer_path

    def language(self, code: str) -> LanguageData:
        return load_language(code, self.lang_root)

    def languages(self) -> list[str]:
        return supported_languages(self.lang_root)

    @functools.cached_property
    def actors(self) -> "ActorRegistry":
        from .resolve.actors import ActorRegistry

        return ActorRegistry.load(self.actor_files, lang_root=self.lang_root)

    @functools.cached_property
    def gazetteer(self) -> "Gazetteer":
        from .gazetteer import Gazetteer

        return Gazetteer.open(self.gazetteer_path)


@functools.cache
def default_resources() -> Resources:
    return Resources()
