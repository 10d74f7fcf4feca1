"""One JSON shape for every error the app returns, whatever raised it:

    {"ok": false, "status": 404, "code": "E404", "error": "no document 12", "errors": []}

``status`` repeats the HTTP status, ``code`` is the frontwatch error code (docs/errors.md; ``E500``
for a bug), ``error`` says what went wrong and what to do, and ``errors`` lists each bad parameter
or field as ``{"parameter": ..., "message": ...}``. Library errors map to statuses here, in one place.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import ApiError, FrontwatchError, InputError, MethodNotAllowed, NotFound, StoreError, UnknownPlace

log = logging.getLogger("frontwatch.serve")
_BY_STATUS: dict[int, type[ApiError]] = {cls.status: cls for cls in (NotFound, MethodNotAllowed)}


def error_body(status: int, code: str, message: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"ok": False, "status": status, "code": code, "error": message, "errors": errors or []}


def error_response(status: int, code: str, message: str, errors: list[dict[str, str]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, errors), status_code=status, headers=headers)


def status_of(err: FrontwatchError) -> int:
    """The HTTP status of a library error."""
    if isinstance(err, ApiError):
        return err.status
    if isinstance(err, UnknownPlace):
        return 404
    if isinstance(err, InputError):
        return 422  # a posted document that cannot be analysed: empty, binary, unsupported language...
    if isinstance(err, StoreError):
        return 503
    return 500


def _frontwatch_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, FrontwatchError)
    status = status_of(err)
    if status >= 500:
        log.error("%s: %s", type(err).__name__, err)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return error_response(status, err.code, str(err), getattr(err, "errors", None), headers)


def _validation_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, RequestValidationError)
    errors = [{"parameter": str(e["loc"][-1]) if e.get("loc") else "", "message": str(e.get("msg", "invalid"))}
              for e in err.errors()]
    names = ", ".join(dict.fromkeys(e["parameter"] for e in errors))
    return error_response(422, "E422", f"invalid parameter(s): {names}", errors)


def _http_error(request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, HTTPException)
    cls = _BY_STATUS.get(err.status_code)
    if err.status_code == 404:
        message = f"no such path: {request.url.path} (the API is listed at /api)"
    elif err.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    else:
        message = str(err.detail)
    code = cls.code if cls else f"E{err.status_code}"
    return error_response(err.status_code, code, message, headers=getattr(err, "headers", None))


def _unexpected(_request: Request, err: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=err)
    return error_response(500, "E500", "internal error: this is a bug in frontwatch; the server log has the details")


def install(app: FastAPI) -> None:
    app.add_exception_handler(FrontwatchError, _frontwatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
