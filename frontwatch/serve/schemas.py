"""Response shapes for the OpenAPI document (the routes return plain JSON; these only describe it)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    ok: bool = Field(False, description="always false")
    status: int = Field(description="the HTTP status, repeated")
    code: str = Field(description="the frontwatch error code (docs/errors.md); E500 for a bug")
    error: str = Field(description="what went wrong and what to do")
    errors: list[dict[str, str]] = Field(description="each bad parameter or field: {parameter, message}")


class ListEnvelope(BaseModel):
    items: list[dict[str, Any]]
    total: int = Field(description="how many items the whole list holds")
    limit: int
    offset: int
    next: str | None = Field(description="the path of the next page, or null on the last")


class PostedResult(BaseModel):
    status: str = Field(description="stored | syndicated (a copy of a stored story, linked) | duplicate")
    document: dict[str, Any] = Field(description="{id, url}: the stored document")
    syndicated_of: int | None = Field(description="for a syndicated copy, the first stored copy's id")


class PostedDocumentBody(BaseModel):
    text: str = Field(description="the body; may begin with a header block (FORMAT.md, Documents)")
    name: str | None = Field(None, description="the document's name (default: posted-<hash>)")
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD: the base for relative dates")
    source: str | None = Field(None, description="the outlet")
    url: str | None = None
    language: str | None = Field(None, description="es, en, ...; detected when not given")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorBody} for status in statuses}


READ_ERRORS = error_responses(401, 414, 422)
