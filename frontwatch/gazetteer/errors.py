"""Errors of the gazetteer, under the project's tree (``frontwatch.errors``).

    ResourceError
    └── GazetteerError          the gazetteer file is missing, unreadable or of another schema
        ├── SourceFormatError   a file given to ``gazetteer import`` is in no known format
        └── DownloadError       ``gazetteer download`` could not fetch or open the archive

A bad line in ``geocode --input`` is a plain ``InputError`` naming FILE:LINE.
"""
from __future__ import annotations

from ..errors import ResourceError

__all__ = ["GazetteerError", "SourceFormatError", "DownloadError"]


class GazetteerError(ResourceError):
    code = "E210"


class SourceFormatError(GazetteerError):
    code = "E211"


class DownloadError(GazetteerError):
    code = "E212"
