"""The error tree, in one place.

    FrontwatchError            anything frontwatch raises on purpose
    ├── InputError             a document that cannot be analysed (names the file and why)
    │   ├── UnreadableFile     missing, a directory, no permission
    │   ├── BinaryContent      an image, PDF, archive or other non-text bytes
    │   ├── UndecodableText    an encoding that cannot be told
    │   ├── EmptyDocument      nothing but white space (after the header)
    │   ├── DocumentTooLarge   over the size limit
    │   ├── UnsupportedLanguage a language with no resources
    │   ├── FetchError         a URL that could not be fetched (network, HTTP status)
    │   ├── FeedError          a feed that cannot be parsed
    │   ├── BatchRecordError   a JSON Lines record that is not JSON or has no text
    │   └── NoMainText         an HTML page with no main text to extract
    ├── ResourceError          language data, registry or gazetteer missing or invalid
    ├── StoreError             the ledger database cannot be opened, migrated or written
    │   └── SchemaTooNew       the ledger was written by a newer frontwatch
    ├── SettingsError          a settings file or variable that is unreadable or invalid
    ├── UnknownPlace           a place name the ledger does not know (or knows several of)
    ├── ApiError               a request the HTTP API refuses (``status``: its HTTP status)
    │   ├── Unauthorized       no token, or a wrong one, where the API needs it (401)
    │   ├── WritingDisabled    a write to a server with no token set: read-only (403)
    │   ├── NotFound           no such route, document, place, event or actor (404)
    │   ├── MethodNotAllowed   a method the route does not take (405)
    │   ├── PayloadTooLarge    a posted document over ``serve.max_document_bytes`` (413)
    │   ├── QueryTooLong       a query string or search text over its limit (414)
    │   ├── UnsupportedMediaType a posted body that is neither JSON nor plain text (415)
    │   └── InvalidParameter   a parameter or body field of the wrong type or out of range (422)
    ├── ServeError             the web server cannot start (web extra missing, bad serve settings)
    └── WebAssetsError         the web data (libraries, boundaries) missing, or a boundary file that cannot be read

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


# Ledger sources (frontwatch/ingest) and the ledger itself (frontwatch/store): E3xx.

class FetchError(InputError):
    code = "E310"


class FeedError(InputError):
    code = "E311"


class BatchRecordError(InputError):
    code = "E312"


class NoMainText(InputError):
    code = "E313"


class StoreError(FrontwatchError):
    code = "E300"


class SchemaTooNew(StoreError):
    code = "E301"


class SettingsError(FrontwatchError):
    code = "E320"


class UnknownPlace(FrontwatchError):
    code = "E330"


# The HTTP API (frontwatch/serve): E4xx, the HTTP status where there is one.

class ApiError(FrontwatchError):
    code = "E400"
    status = 400

    def __init__(self, message: str, errors: list[dict[str, str]] | None = None):
        self.errors = errors or []
        super().__init__(message)


class Unauthorized(ApiError):
    code = "E401"
    status = 401


class WritingDisabled(ApiError):
    code = "E403"
    status = 403


class NotFound(ApiError):
    code = "E404"
    status = 404


class MethodNotAllowed(ApiError):
    code = "E405"
    status = 405


class PayloadTooLarge(ApiError):
    code = "E413"
    status = 413


class QueryTooLong(ApiError):
    code = "E414"
    status = 414


class UnsupportedMediaType(ApiError):
    code = "E415"
    status = 415


class InvalidParameter(ApiError):
    code = "E422"
    status = 422


class ServeError(FrontwatchError):
    code = "E430"


class WebAssetsError(FrontwatchError):
    code = "E431"
