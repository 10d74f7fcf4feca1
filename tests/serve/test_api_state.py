"""The assessment over HTTP: places and their state on any day, GeoJSON, timelines, evidence, events."""
from __future__ import annotations

import pytest


def items(response):
    assert response.status_code == 200, response.text
    return response.json()["items"]


def zaporizke_feature(client, **params):
    collection = client.get("/api/places.geojson", params=params)
    assert collection.status_code == 200 and collection.headers["content-type"].startswith("application/geo+json")
    return next(f for f in collection.json()["features"] if f["id"] == "zaporizke")


@pytest.mark.parametrize("day, status", [
    (None, "confirmed"), ("2025-08-24", None), ("2025-08-25", "claimed"), ("2025-08-26", "denied"),
    ("2025-08-27", "contested"), ("2025-08-28", "contested"), ("2025-08-29", "confirmed")])
def test_the_state_of_zaporizke_on_any_day(client, day, status):
    feature = zaporizke_feature(client, **({"on": day} if day else {}))
    state = feature["properties"]["state"]
    assert (state["status"] if state else None) == status
    if state:
        assert state["holder"] == "RU" and state["what"] == "control"
    # The whole history comes along whatever the day, so a map can move through time by itself.
    assert [c["on"] for c in feature["properties"]["changes"]] == ["2025-08-25", "2025-08-26", "2025-08-27",
                                                                    "2025-08-29"]


def test_the_geojson_is_rfc7946_and_keeps_places_without_coordinates(client):
    features = client.get("/api/places.geojson").json()["features"]
    novo = next(f for f in features if f["id"] == "novoheorhiivka")
    assert novo["geometry"] == {"type": "Point", "coordinates": [36.5699, 47.869]}  # lon, lat
    assert zaporizke_feature(client)["geometry"] is None  # not in the gazetteer of the annotation


def test_places_filtered_by_state_region_text_and_kind(client):
    assert {p["id"] for p in items(client.get("/api/places", params={"state": "confirmed"}))} == {
        "zaporizke", "novoheorhiivka"}
    assert [p["id"] for p in items(client.get("/api/places", params={"state": "denied", "on": "2025-08-26"}))] == [
        "novoheorhiivka", "zaporizke"]  # by name
    assert {p["id"] for p in items(client.get("/api/places", params={"state": "none"}))} == {"dnipro_obl", "ukraine"}
    assert {p["id"] for p in items(client.get("/api/places", params={"region": "Dnipropetrovsk"}))} == {
        "dnipro_obl", "zaporizke", "novoheorhiivka"}
    assert [p["id"] for p in items(client.get("/api/places", params={"q": "zaporiz"}))] == ["zaporizke"]
    assert [p["id"] for p in items(client.get("/api/places", params={"kind": "country"}))] == ["ukraine"]
    place = client.get("/api/places/zaporizke", params={"on": "2025-08-26"}).json()
    assert place["state"]["status"] == "denied" and len(place["changes"]) == 4


def test_a_place_by_name_and_an_unknown_place(client):
    assert client.get("/api/places/Zaporizke").json()["id"] == "zaporizke"
    missing = client.get("/api/places/Zaporizhka/evidence")
    assert missing.status_code == 404 and missing.json()["code"] == "E330"


def test_the_timeline_is_the_report_layers_json(client):
    timeline = client.get("/api/places/zaporizke/timeline").json()
    assert timeline["place"]["name"] == "Zaporizke" and timeline["current"]["status"] == "confirmed"
    assert [c["status"] for c in timeline["changes"]] == ["claimed", "denied", "contested", "confirmed"]
    cited = {n for c in timeline["changes"] for line in c["evidence"] for n in line["cites"]}
    assert cited <= {r["number"] for r in timeline["references"]}


def test_the_evidence_of_a_place_names_each_claims_source_stance_chain_day_and_document(client):
    evidence = client.get("/api/places/zaporizke/evidence").json()
    assert evidence["place"]["state"]["status"] == "confirmed"
    denied = next(c for c in evidence["changes"] if c["status"] == "denied")
    assert denied["on"] == "2025-08-26" and denied["previous"] == "claimed"
    claim = next(c for c in denied["claims"] if c["stance"] == "denies")
    assert claim["source"]["side"] == "UA" and claim["said_on"] == "2025-08-26"
    assert claim["document"]["source"] == "Agencia Meridiano" and claim["document"]["id"] > 0
    document = client.get(f"/api/documents/{claim['document']['id']}").json()
    assert claim["quote"] and document["text"][claim["start"]:claim["end"]] == claim["quote"]
    chained = [c for e in evidence["events"] for c in e["claims"] if c["via"]]
    assert any(v["name"] == "NBC News" for c in chained for v in c["via"])
    assert all(c["event"] for e in evidence["events"] for c in e["claims"])


def test_events_are_the_reconciled_ledger_events(client):
    captures = items(client.get("/api/events", params={"type": "territory.capture"}))
    capture = next(e for e in captures if e["places"] == [{"id": "zaporizke", "name": "Zaporizke"}])
    assert capture["documents"] == 5 and capture["stances"]["denies"] >= 1  # five reports, one event
    detail = client.get(f"/api/events/{capture['id']}").json()
    assert detail["id"] == capture["id"] and len(detail["claims"]) == capture["claims"]
    assert {r["document"]["source"] for r in detail["reports"]} >= {"Meridian Wire", "Danube Courier"}
    assert client.get("/api/events/territory.capture@nowhere/2025-01-01").json()["code"] == "E404"


@pytest.mark.parametrize("params, expected", [
    ({"actor": "ua_gs", "type": "territory.capture"}, {"territory.capture@zaporizke/2025-08-25",
                                                        "territory.capture@novoheorhiivka/2025-08-20"}),
    ({"region": "dnipropetrovsk", "type": "territory.withdrawal"}, {"territory.withdrawal@zaporizke/2025-08-29",
                                                                    "territory.withdrawal@novoheorhiivka/2025-08-29"}),
    ({"since": "2025-08-27", "until": "2025-08-27", "type": "territory.advance"},
     {"territory.advance@zaporizke/2025-08-27", "territory.advance@novoheorhiivka/2025-08-27"}),
    ({"state": "denied", "on": "2025-08-26", "type": "territory.capture"}, {"territory.capture@zaporizke/2025-08-25",
                                                                            "territory.capture@novoheorhiivka/2025-08-20"}),
    ({"state": "claimed", "on": "2025-08-22", "type": "territory.capture"},
     {"territory.capture@novoheorhiivka/2025-08-20"}),
    ({"q": "diplomacy"}, {"diplomacy.talks@-/2025-08-27"}),
    ({"place": "ukraine"}, {"attack.strike@ukraine/2025-08-27", "attack.clash@ukraine/2022-02"}),
])
def test_event_filters(client, params, expected):
    assert {e["id"] for e in items(client.get("/api/events", params={**params, "limit": 100}))} == expected


def test_events_in_date_order_both_ways(client):
    newest = [e["first_date"] for e in items(client.get("/api/events"))]
    oldest = [e["first_date"] for e in items(client.get("/api/events", params={"order": "oldest"}))]
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)


def test_regions(client):
    assert items(client.get("/api/regions")) == [{"name": "Dnipropetrovsk Oblast", "places": 2, "events": 7}]
