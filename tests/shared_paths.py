"""Paths the tests share: the project root and ../shared (real data and gold documents).

A plain module, not a conftest: ``from conftest import ...`` would pick up whichever
conftest.py comes first on sys.path once a test folder has its own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed" / "article.txt"
DEV = SHARED / "eval" / "dev"


def require_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not beside the project ({SHARED}); it holds the gold documents and data")
