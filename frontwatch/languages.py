"""Language resources: one folder per language under ``resources/lang/<code>/``.

Every folder holds the same TOML files with the same keys (``docs/languages.md``
documents them; ``tests/test_languages.py`` checks them against ``en``). Adding a
language means adding a folder: no Python. Files load lazily, once.
"""
from __future__ import annotations

import functools
import tomllib
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from .errors import ResourceError

RESOURCE_ROOT = Path(str(importlib_resources.files("frontwatch") / "resources"))
LANG_ROOT = RESOURCE_ROOT / "lang"


class LanguageData:
    """The resource files of one language, each a parsed TOML table."""

    def __init__(self, code: str, folder: Path):
        self.code = code
        self.folder = folder
        self._files: dict[str, dict[str, Any]] = {}

    def file(self, name: str) -> dict[str, Any]:
        if name not in self._files:
            path = self.folder / f"{name}.toml"
            try:
                self._files[name] = tomllib.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise ResourceError(f"language '{self.code}' has no resource file {name}.toml") from None
            except tomllib.TOMLDecodeError as err:
                raise ResourceError(f"{path}: {err}") from None
        return self._files[name]

    def get(self, name: str, key: str, default: Any = None) -> Any:
        return self.file(name).get(key, default)

    def file_names(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.toml"))

    def __repr__(self) -> str:
        return f"LanguageData({self.code!r})"


REFERENCE_LANGUAGE = "en"


def language_folders(root: Path = LANG_ROOT) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@functools.cache
def supported_languages(root: Path = LANG_ROOT) -> list[str]:
    """Languages whose folder holds every resource file of the reference language.

    A folder still being written (some files missing) is not offered: analysing with
    half the resources would give silently poor results.
    """
    needed = {p.name for p in (root / REFERENCE_LANGUAGE).glob("*.toml")}
    return [code for code in language_folders(root)
            if needed <= {p.name for p in (root / code).glob("*.toml")}]


@functools.cache
def load_language(code: str, root: Path = LANG_ROOT) -> LanguageData:
    folder = root / code
    if not folder.is_dir():
        raise ResourceError(f"no language resources for '{code}' (have: {', '.join(supported_languages(root))})")
    return LanguageData(code, folder)
