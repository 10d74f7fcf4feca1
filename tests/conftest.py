"""Shared fixtures (paths live in shared_paths.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from shared_paths import SHARED, require_shared


@pytest.fixture(scope="session")
def shared() -> Path:
    require_shared()
    return SHARED
