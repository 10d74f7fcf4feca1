"""One JSON shape for every error, whatever raised it; bad input is a 4xx, never a 500; every route is
in the OpenAPI document and in docs/api.md."""
from __future__ import annotations

import re

import pytest
from serve_ledgers import ROOT

from frontwatch.errors import StoreError
from frontwatch.serve import queries, views

SHAPE = {"ok", "status", "code", "error", "errors"}
BAD_REQUESTS = [
    ("GET", "/api/nothing-here", 404, "E404"),
    ("GET", "/vendor/leaflet/leaflet.js", 404, "E404"),  # no web data in the test's folder
    ("DELETE", "/api/documents", 405, "E405"),
    ("PUT", "/api/places", 405, "E405"),
    ("GET", "/api/documents/12345", 404, "E404"),
    ("GET", "/api/events/no-such-event", 404, "E404"),
    ("GET", "/api/places/atlantis", 404, "E330"),
    ("GET", "/api/places/atlantis/timeline", 404, "E330"),
    ("GET", "/api/actors/nobody", 404, "E404"),
    ("GET", "/api/claims?limit=0", 422, "E422"),
    ("GET", "/api/claims?limit=501", 422, "E422"),
    ("GET", "/api/claims?limit=ten", 422, "E422"),
    ("GET", "/api/claims?offset=-1", 422, "E422"),
    ("GET", "/api/claims?offset=99999999999", 422, "E422"),
    ("GET", "/api/claims?since=2025-13-01", 422, "E422"),
    ("GET", "/api/claims?since=2025-09-01&until=2025-08-01", 422, "E422"),
    ("GET", "/api/claims?stance=maybe", 422, "E422"),
    ("GET", "/api/events?type=territory.teleport", 422, "E422"),
    ("GET", "/api/places?state=occupied", 422, "E422"),
    ("GET", "/api/places.geojson?on=tomorrow", 422, "E422"),
    ("GET", "/api/statements?kind=shouted", 422, "E422"),
    ("GET", "/api/actors?side=Russia", 422, "E422"),
    ("GET", "/api/documents?regoin=Dnipro", 422, "E422"),
    ("GET", "/api/documents?document=1", 422, "E422"),
    ("GET", "/api/status?verbose=1", 422, "E422"),
    ("GET", "/api/documents?q=" + "word%20" * 100, 414, "E414"),
    ("GET", "/api/places?q=" + "x" * 201, 414, "E414"),
    ("GET", "/api/documents?source=" + "x" * 5000, 414, "E414"),
    ("GET", "/api/documents?region=" + "x" * 201, 422, "E422"),
    ("POST", "/api/places", 405, "E405"),
]


def assert_error_shape(response, status, code):
    body = response.json()
    assert set(body) == SHAPE, body
    assert body["ok"] is False and body["status"] == response.status_code == status
    assert body["code"] == code and re.fullmatch(r"E\d{3}", body["code"])
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list) and all(set(e) == {"parameter", "message"} for e in body["errors"])
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("method, path, status, code", BAD_REQUESTS)
def test_every_error_has_one_shape(client, method, path, status, code):
    assert_error_shape(client.request(method, path), status, code)


def test_validation_errors_name_each_parameter(client):
    body = client.get("/api/claims", params={"limit": "x", "since": "never"}).json()
    assert {e["parameter"] for e in body["errors"]} == {"limit", "since"}


def test_a_ledger_that_fails_is_a_503_in_the_same_shape(client, monkeypatch):
    def broken(*_args, **_kwargs):
        raise StoreError("ledger.db: disk I/O error")

    monkeypatch.setattr(queries, "list_claims", broken)
    response = client.get("/api/claims")
    assert_error_shape(response, 503, "E300")
    assert "disk I/O error" in response.json()["error"]


def test_a_bug_is_a_500_in_the_same_shape_without_details(gold_db, make_client, monkeypatch):
    def bug(*_args, **_kwargs):
        raise ZeroDivisionError("secret internals")

    monkeypatch.setattr(views, "list_events", bug)
    response = make_client(gold_db, raise_server_exceptions=False).get("/api/events")
    assert_error_shape(response, 500, "E500")
    assert "secret" not in response.text


def test_the_openapi_document_describes_every_route(client):
    spec = client.get("/api/openapi.json").json()
    listed = {p.replace("{id}", "") for p in client.get("/api").json()["paths"]} - {"/api/openapi.json"}
    assert listed == {re.sub(r"\{[^}]+\}", "", p) for p in spec["paths"]} - {"/api"}
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method.upper()} {path} has no summary"
            assert "422" in operation["responses"], f"{method.upper()} {path} does not document its errors"
    claims = {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"since", "until", "q", "actor", "stance", "type", "region", "limit", "offset"} <= claims
    assert spec["components"]["schemas"]["ErrorBody"]["properties"].keys() >= SHAPE


def test_every_route_is_documented_in_docs_api(client):
    docs = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    spec = client.get("/api/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method in operations:
            shown = re.sub(r"\{[^}]+\}", "{id}", path)
            assert f"`{method.upper()} {shown}`" in docs, f"{method.upper()} {shown} is not in docs/api.md"
