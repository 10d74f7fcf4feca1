"""The gazetteer: place names of any script and spelling to places with coordinates.

    from frontwatch.gazetteer import Gazetteer, geocode
    gaz = Gazetteer.open()                       # the default, built offline on first use
    gaz.lookup("Novogeorgievka", admin1="Dnipropetrovsk oblast")
    geocode(gaz, "near the village of Peski (Yasinovatsky district)", admin1="Donetsk oblast")

See docs/gazetteer.md for the sources, the data model and how homonyms are resolved.
"""
from __future__ import annotations

from .build import BuildReport, build_default, default_path, import_files, recompile
from .errors import DownloadError, GazetteerError, SourceFormatError
from .gazetteer import Gazetteer
from .geocode import geocode, geocode_batch, geocode_request
from .records import Candidate

__all__ = [
    "BuildReport", "Candidate", "DownloadError", "Gazetteer", "GazetteerError", "SourceFormatError",
    "build_default", "default_path", "geocode", "geocode_batch", "geocode_request", "import_files", "recompile",
]
