"""The ledger's records over HTTP: documents, statements, claims, actors; filters and pages."""
from __future__ import annotations

from urllib.parse import parse_qs

import pytest


def items(response):
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_the_index_lists_every_path_and_the_status_counts_the_ledger(client):
    index = client.get("/api").json()
    assert "/api/places.geojson" in index["paths"] and "territory.capture" in index["event_types"]
    status = client.get("/api/status").json()
    assert status["ledger"]["documents"] == 6 and status["ledger"]["syndicated"] == 1
    assert status["days"] == {"first": "2025-08-20", "last": "2025-08-29"}
    assert status["writable"] is False and status["private"] is False
    assert status["web"]["missing"]  # no web data in this test's folder


def test_documents_newest_first_with_counts_and_pages(client):
    page = client.get("/api/documents", params={"limit": 2}).json()
    assert page["total"] == 6 and page["limit"] == 2 and page["offset"] == 0
    assert [d["published"] for d in page["items"]] == ["2025-08-29", "2025-08-27"]
    assert page["items"][1]["name"] == "seed" and page["items"][1]["counts"]["statements"] > 0
    assert page["next"].startswith("/api/documents?") and parse_qs(page["next"].split("?")[1]) == {
        "limit": ["2"], "offset": ["2"]}
    following = client.get(page["next"]).json()
    assert following["offset"] == 2 and following["items"][0]["id"] not in {d["id"] for d in page["items"]}
    last = client.get("/api/documents", params={"limit": 2, "offset": 4}).json()
    assert last["next"] is None and len(last["items"]) == 2
    oldest = items(client.get("/api/documents", params={"order": "oldest"}))
    assert oldest[0]["published"] == "2025-08-21"


@pytest.mark.parametrize("params, names", [
    ({"since": "2025-08-26", "until": "2025-08-27"},
     {"seed", "es_meridiano_2025-08-26_ucrania-niega-zaporizke-novoheorhiivka"}),
    ({"q": "Peskov"}, {"seed"}),
    ({"q": "moscu"}, {"seed"}),  # accents folded
    ({"source": "danube courier"}, {"en_meridian_2025-08-25_russia-claims-zaporizke_danubecourier-copy"}),
    ({"language": "es"}, {"seed", "es_meridiano_2025-08-26_ucrania-niega-zaporizke-novoheorhiivka"}),
    ({"actor": "peskov"}, {"seed"}),
    ({"type": "territory.withdrawal"}, {"en_meridian_2025-08-29_ukraine-acknowledges-loss-of-villages"}),
    ({"place": "zaporizke", "since": "2025-08-29"}, {"en_meridian_2025-08-29_ukraine-acknowledges-loss-of-villages"}),
])
def test_document_filters(client, params, names):
    assert {d["name"] for d in items(client.get("/api/documents", params=params))} == names


def test_a_region_filter_takes_the_oblast_by_any_of_its_names(client):
    full = {d["id"] for d in items(client.get("/api/documents", params={"region": "Dnipropetrovsk Oblast"}))}
    short = {d["id"] for d in items(client.get("/api/documents", params={"region": "dnipropetrovsk"}))}
    assert full == short and len(full) == 6
    assert items(client.get("/api/documents", params={"region": "Kharkiv"})) == []


def test_a_document_with_its_text_analysis_and_spans(client):
    seed = items(client.get("/api/documents", params={"q": "Peskov"}))[0]
    doc = client.get(f"/api/documents/{seed['id']}").json()
    assert doc["name"] == "seed" and doc["source"] == "ANSA" and doc["origin"] is None  # a local path is not shown
    assert doc["analysis"]["frontwatch"] == "1" and doc["text"].startswith("Al mismo tiempo")
    statements = [s for s in doc["spans"] if s["label"] == "statement"]
    assert len(statements) == len(doc["analysis"]["statements"])
    peskov = next(s for s in doc["analysis"]["statements"] if s["speaker"] == "peskov")
    assert {"start": peskov["start"], "end": peskov["end"], "label": "statement", "ref": peskov["id"]} in doc["spans"]
    speakers = [doc["text"][s["start"]:s["end"]] for s in doc["spans"] if s["label"] == "speaker"]
    assert "Dmitri Peskov" in speakers
    assert any(doc["text"][s["start"]:s["end"]] == "Ucrania" for s in doc["spans"] if s["label"] == "place")


@pytest.mark.parametrize("path, status, code", [
    ("/api/documents/999", 404, "E404"), ("/api/documents/0", 422, "E422"), ("/api/documents/abc", 422, "E422")])
def test_a_missing_or_malformed_document_id(client, path, status, code):
    response = client.get(path)
    assert (response.status_code, response.json()["code"]) == (status, code)


def test_statements_by_speaker_kind_text_and_document(client):
    peskov = items(client.get("/api/statements", params={"actor": "peskov"}))
    assert len(peskov) == 1 and peskov[0]["speaker"] == {"id": "peskov", "name": "Dmitry Peskov"}
    assert peskov[0]["document"]["name"] == "seed" and peskov[0]["kind"] == "direct"
    assert peskov[0]["text"].startswith("Apreciamos")
    found = items(client.get("/api/statements", params={"q": "aprecia*"}))
    assert [s["id"] for s in found] == [peskov[0]["id"]]
    seed = peskov[0]["document"]["id"]
    in_seed = client.get("/api/statements", params={"document": seed, "limit": 500}).json()
    assert in_seed["total"] == 15 and all(s["document"]["id"] == seed for s in in_seed["items"])
    assert all(s["kind"] == "direct" for s in items(client.get("/api/statements", params={"kind": "direct"})))
    undated_before = items(client.get("/api/statements", params={"until": "2025-08-21"}))
    assert {s["document"]["published"] for s in undated_before} == {"2025-08-21"}


def test_claims_with_source_stance_chain_and_day(client):
    denials = items(client.get("/api/claims", params={"stance": "denies", "limit": 100}))
    assert denials and all(c["stance"] == "denies" for c in denials)
    assert {c["source"]["id"] for c in denials} >= {"ua_gs"}
    via_nbc = [c for c in items(client.get("/api/claims", params={"limit": 100})) if c["via"]]
    assert {"id": "nbc", "name": "NBC News"} in [v for c in via_nbc for v in c["via"]]
    captures = items(client.get("/api/claims", params={"type": "territory.capture", "place": "zaporizke",
                                                        "limit": 100}))
    assert captures and all(c["event"]["type"] == "territory.capture" for c in captures)
    assert all("zaporizke" in [p["id"] for p in c["event"]["places"]] for c in captures)
    by_gs = items(client.get("/api/claims", params={"actor": "ua_gs", "since": "2025-08-29", "until": "2025-08-29"}))
    assert by_gs and {c["said_on"] for c in by_gs} == {"2025-08-29"} and "confirms" in {c["stance"] for c in by_gs}


def test_claims_by_region_and_text(client):
    in_region = client.get("/api/claims", params={"region": "Dnipropetrovsk", "limit": 1}).json()
    everything = client.get("/api/claims", params={"limit": 1}).json()
    assert 0 < in_region["total"] < everything["total"]
    quoted = items(client.get("/api/claims", params={"q": "captured village"}))
    assert quoted and all({"captured", "village"} <= set(c["statement"]["text"].lower().split()) for c in quoted)


def test_actors_most_cited_first_and_filtered(client):
    actors = items(client.get("/api/actors", params={"limit": 3}))
    assert actors[0]["id"] == "ru_mod" and actors[0]["claims"] >= 1
    assert [a["id"] for a in items(client.get("/api/actors", params={"q": "kremlin spokesman"}))] == ["peskov"]
    assert {a["side"] for a in items(client.get("/api/actors", params={"side": "RU"}))} == {"RU"}
    assert {a["kind"] for a in items(client.get("/api/actors", params={"kind": "media"}))} == {"media"}
    peskov = client.get("/api/actors/peskov").json()
    assert peskov["name"] == "Dmitry Peskov" and peskov["statements"] == 1
    assert client.get("/api/actors/nobody").json()["code"] == "E404"
