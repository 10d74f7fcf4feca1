import json

from frontwatch.models import Analysis, Claim, Document, Event


def holds(out, data) -> bool:
    """Everything in ``data`` is in ``out`` (which may add fields at their defaults)."""
    if isinstance(data, dict):
        return isinstance(out, dict) and all(k in out and holds(out[k], v) for k, v in data.items())
    if isinstance(data, list):
        return isinstance(out, list) and len(out) == len(data) and all(map(holds, out, data))
    return out == data


def test_gold_files_round_trip(shared):
    for path in sorted(shared.glob("eval/*/*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out = Analysis.from_dict(data).to_dict()
        assert holds(out, data), path.name
        assert Analysis.from_dict(out).to_dict() == out, path.name


def test_holds_sees_a_lost_field():
    assert not holds({"a": [{"b": 1}]}, {"a": [{"b": 1, "c": 2}]})


def test_nested_records_are_typed():
    analysis = Analysis.from_dict({
        "frontwatch": "1", "document": {"id": "d", "language": "es"},
        "events": [{"id": "e1", "type": "attack.strike", "claims": [{"source": "a", "stance": "asserts"}]}],
    })
    assert isinstance(analysis.document, Document)
    assert isinstance(analysis.events[0], Event)
    assert isinstance(analysis.events[0].claims[0], Claim)
    assert analysis.events[0].claims[0].via == []


def test_document_json_leaves_out_the_body():
    doc = Document(id="d", text="secret body", language="en", published="2025-08-27")
    assert "text" not in doc.to_dict()
    assert doc.published_date.isoformat() == "2025-08-27"


def test_unknown_fields_survive_in_extra():
    event = Event.from_dict({"id": "e1", "type": "attack.strike", "date_end": "2025-08-28"})
    assert event.extra == {"date_end": "2025-08-28"}
    assert event.to_dict()["date_end"] == "2025-08-28"
