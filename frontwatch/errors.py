"""The error tree, in one place.

    FrontwatchError            anything frontwatch raises on purpose
    ├── InputError             a document that cannot be analysed (names the file and why)
    │   ├── UnreadableFile     missing, a directory, no permission
    │   ├── BinaryContent      an image, PDF, archive or other non-text bytes
    │   ├── UndecodableText    an encoding that cannot be told
    │   ├── EmptyDocument      nothing but white space (after the header)
    │   ├── DocumentTooLarge   over the size limit
    │   └── UnsupportedLanguage a language with no resources
    └── ResourceError          language data, registry or gazetteer missing or invalid

Each error has a short code (``E101``...) so users can look it up in docs/errors.md.
"""
from __future__ import annotations


class FrontwatchError(Exception):
    code = "E000"


class InputError(FrontwatchError):
    code = "E100"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class UnreadableFile(InputError):
    code = "E101"


class BinaryContent(InputError):
    code = "E102"


class UndecodableText(InputError):
    code = "E103"


class EmptyDocument(InputError):
    code = "E104"


class DocumentTooLarge(InputError):
    code = "E105"


class UnsupportedLanguage(InputError):
    code = "E106"


class ResourceError(FrontwatchError):
    code = "E200"
