"""frontwatch: war reporting -> a ledger of statements, events and claims with provenance."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import analyze_file, analyze_files  # noqa: E402
from .errors import FrontwatchError, InputError, ResourceError  # noqa: E402
from .models import Actor, Analysis, Claim, Document, Event, Place, Statement  # noqa: E402
from .pipeline import analyze  # noqa: E402
from .resource_set import Resources  # noqa: E402

__all__ = [
    "Actor", "Analysis", "Claim", "Document", "Event", "FrontwatchError", "InputError", "Place",
    "ResourceError", "Resources", "Statement", "analyze", "analyze_file", "analyze_files", "__version__",
]
