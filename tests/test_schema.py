import json

import jsonschema
import pytest

from frontwatch.languages import RESOURCE_ROOT

SCHEMA = json.loads((RESOURCE_ROOT / "schema" / "analysis.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_gold_files_are_valid(shared):
    for path in sorted(shared.glob("eval/*/*.gold.json")):
        VALIDATOR.validate(json.loads(path.read_text(encoding="utf-8")))


def test_schema_rejects_a_bad_stance():
    bad = {"frontwatch": "1", "document": {"id": "d", "language": "es", "published": None, "source": None,
                                            "title": None, "url": None},
           "actors": [], "places": [], "statements": [],
           "events": [{"id": "e1", "type": "attack.strike", "actors": [], "places": [], "date": None,
                       "date_precision": None, "start": 0, "end": 1,
                       "claims": [{"source": "a", "stance": "believes", "via": [], "statement": None}]}]}
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad)


def test_analysis_of_the_seed_is_valid(shared):
    from frontwatch.api import analyze_file

    from shared_paths import SEED

    analysis = analyze_file(SEED, published="2025-08-27")
    VALIDATOR.validate(json.loads(analysis.to_json()))
