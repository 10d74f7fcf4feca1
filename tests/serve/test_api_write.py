"""Posting a document: the token, the body (JSON or text), its limits, and what the ledger then shows."""
from __future__ import annotations

import json

import pytest
from serve_ledgers import HOSTILE, TOKEN, auth

REPORT = {"text": "Russian forces have captured the village of Vorone in Ukraine's Dnipropetrovsk region, Russia's "
                  "Defence Ministry said on Tuesday.", "published": "2025-09-02", "source": "Test Wire",
          "language": "en", "title": "Russia claims Vorone"}


def test_a_server_without_a_token_is_read_only(client):
    response = client.post("/api/documents", json=REPORT, headers=auth())
    assert response.status_code == 403 and response.json()["code"] == "E403"
    assert "serve.token" in response.json()["error"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-0123456789"},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}])
def test_writing_needs_the_right_token(writer, headers):
    response = writer.post("/api/documents", json=REPORT, headers=headers)
    assert response.status_code == 401 and response.json()["code"] == "E401"
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_posted_document_is_analysed_stored_and_shown(writer):
    before = writer.get("/api/documents").json()["total"]
    response = writer.post("/api/documents", json=REPORT, headers=auth())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "stored" and body["document"]["url"] == f"/api/documents/{body['document']['id']}"
    assert writer.get("/api/documents").json()["total"] == before + 1  # what is derived is rebuilt
    stored = writer.get(body["document"]["url"]).json()
    assert stored["title"] == "Russia claims Vorone" and stored["source"] == "Test Wire"
    assert stored["published"] == "2025-09-02" and stored["analysis"]["events"]
    assert any(p["name"] == "Vorone" for p in writer.get("/api/places", params={"q": "vorone"}).json()["items"])
    again = writer.post("/api/documents", json=REPORT, headers=auth())
    assert again.status_code == 200 and again.json() == {**body, "status": "duplicate"}


def test_a_text_body_may_carry_a_header_block(writer):
    response = writer.post("/api/documents", content=HOSTILE.encode(), headers={**auth(), "Content-Type": "text/plain"})
    assert response.status_code == 201, response.text
    doc = writer.get(response.json()["document"]["url"]).json()
    assert doc["source"] == "Test <b>Wire</b>" and "<script>window.__pwned=1</script>" in doc["text"]


@pytest.mark.parametrize("body, content_type, status, code, parameter", [
    (b"{not json", "application/json", 422, "E422", None),
    (json.dumps(["a list"]).encode(), "application/json", 422, "E422", None),
    (json.dumps({"title": "no text"}).encode(), "application/json", 422, "E422", "text"),
    (json.dumps({"text": "x", "colour": "red"}).encode(), "application/json", 422, "E422", "colour"),
    (json.dumps({"text": "x", "published": 20250101}).encode(), "application/json", 422, "E422", "published"),
    (json.dumps({"text": "x", "name": "../../etc"}).encode(), "application/json", 422, "E422", "name"),
    (json.dumps({"text": "   "}).encode(), "application/json", 422, "E104", None),
    (json.dumps({**REPORT, "published": "yesterday"}).encode(), "application/json", 422, "E100", None),
    (json.dumps({**REPORT, "language": "fr"}).encode(), "application/json", 422, "E106", None),
    (b"\xff\xfe not utf-8", "text/plain", 422, "E422", None),
    (b"<doc/>", "application/xml", 415, "E415", None),
    (b"text", "", 415, "E415", None),
])
def test_a_bad_document_gets_a_4xx_that_says_why(writer, body, content_type, status, code, parameter):
    response = writer.post("/api/documents", content=body, headers={**auth(), "Content-Type": content_type})
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    if parameter:
        assert parameter in [e["parameter"] for e in response.json()["errors"]]


def test_a_body_over_the_limit_is_refused_before_it_is_read(writable_db, make_client):
    small = make_client(writable_db, token=TOKEN, max_document_bytes=1000)
    big = json.dumps({**REPORT, "text": REPORT["text"] + " more" * 400})
    response = small.post("/api/documents", content=big, headers={**auth(), "Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["code"] == "E413"
    assert "1,000" in response.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(50):
            yield b"x" * 100

    streamed = small.post("/api/documents", content=chunks(), headers={**auth(), "Content-Type": "text/plain"})
    assert streamed.status_code == 413 and streamed.json()["code"] == "E413"


def test_a_private_server_needs_the_token_to_read_but_serves_its_page(writable_db, make_client):
    private = make_client(writable_db, token=TOKEN, private=True)
    refused = private.get("/api/places")
    assert refused.status_code == 401 and refused.json()["code"] == "E401"
    assert private.get("/api/places", headers=auth()).status_code == 200
    assert private.get("/").status_code == 200  # the page holds no ledger data; it asks for the token
