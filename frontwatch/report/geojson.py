"""GeoJSON (RFC 7946): one feature per place of the ledger, with its current state and its claims.

A place without coordinates (not yet in the gazetteer) is still a feature, with a ``null``
geometry, as RFC 7946 allows: its claims are not lost, a map just cannot draw it.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from ..assess import Assessment, ClaimEvidence, LedgerEvent, region_of
from ..models import Place


def _claim(event: LedgerEvent, claim: ClaimEvidence, assessment: Assessment) -> dict[str, Any]:
    doc = claim.document
    return {"event": event.id, "type": event.type, "source": claim.source,
            "source_name": assessment.actor_name(claim.source), "stance": claim.stance, "said_on": claim.said_on,
            "via": list(claim.via), "quote": claim.quote, "document": doc.name, "published": doc.published,
            "outlet": doc.source, "url": doc.url, "start": claim.start, "end": claim.end}


def _feature(place: Place, events: list[LedgerEvent], assessment: Assessment) -> dict[str, Any]:
    timeline = assessment.places.get(place.id)
    current = timeline.current if timeline else None
    claims = [_claim(e, c, assessment) for e in events for c in e.claims]
    geometry = ({"type": "Point", "coordinates": [place.lon, place.lat]}
                if place.lat is not None and place.lon is not None else None)
    state = ({"status": current.status, "what": current.what, "holder": current.holder, "since": current.on,
              "control": current.control, "presence": current.presence} if current else None)
    return {"type": "Feature", "id": place.id, "geometry": geometry, "properties": {
        "id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
        "region": region_of(place), "state": state, "changes": len(timeline.changes) if timeline else 0,
        "claims": claims}}


def feature_collection(assessment: Assessment) -> dict[str, Any]:
    events: dict[str, list[LedgerEvent]] = {}
    for event in assessment.events:
        for pid in event.places:
            events.setdefault(pid, []).append(event)
    places = [assessment.place_records.get(pid) or Place(id=pid, name=pid) for pid in events]
    features = [_feature(p, events[p.id], assessment) for p in sorted(places, key=lambda p: (p.name, p.id))]
    return {"type": "FeatureCollection", "features": features}


def write_geojson(assessment: Assessment, out: TextIO) -> int:
    collection = feature_collection(assessment)
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(collection["features"])
