"""The project's own gazetteer data: every file has the same keys, and agrees with the publishers."""
import csv

import pytest

from gazetteer_data import ADMIN1, KATOTTH, POSTAL, require_shared
from frontwatch.gazetteer.regions import LANGUAGES, load_toml, region_table

CUE_KEYS = {f"{kind}_{side}" for kind in ("admin1", "admin2", "settlement", "direction")
            for side in ("before", "after")} | {"near"}


def test_every_country_has_a_name_in_every_language():
    for country in load_toml("countries.toml")["country"]:
        assert set(country) == {"code", "geonames", "name", *LANGUAGES}, country["code"]
        assert all(country[language] for language in LANGUAGES), country["code"]


def test_every_language_has_the_same_cue_keys():
    cues = load_toml("cues.toml")
    assert set(cues) == set(LANGUAGES)
    for language, table in cues.items():
        assert set(table) == CUE_KEYS, language


def test_stop_words_per_language():
    stops = load_toml("stopwords.toml")
    assert set(stops) == {"given_names", "all", *LANGUAGES}


def test_oblast_table_agrees_with_katotth_postal_and_geonames():
    require_shared()
    with KATOTTH.open(encoding="utf-8", newline="") as stream:
        top = {row[0]: row[6].strip() for row in csv.reader(stream, delimiter=";") if row[5] in ("O", "K")}
    with ADMIN1.open(encoding="utf-8") as stream:
        ids = {line.split("\t")[0]: int(line.split("\t")[3]) for line in stream}
    with POSTAL.open(encoding="utf-8") as stream:
        postal_names = {line.split("\t")[3] for line in stream}
    oblasts = [r for r in region_table().regions if r.country == "UA"]
    assert len(oblasts) == 27 and {r.katotth for r in oblasts} == set(top)
    for region in oblasts:
        assert top[region.katotth] == region.uk or region.uk in top[region.katotth], region.name
        assert ids[f"UA.{region.code}"] == region.geonames, region.name
        assert region.postal is None or region.postal in postal_names, region.name


@pytest.mark.parametrize("spelling,name", [
    ("Dnipropetrovsk oblast", "Dnipropetrovsk Oblast"), ("Дніпропетровщині", "Dnipropetrovsk Oblast"),
    ("Днепропетровской области", "Dnipropetrovsk Oblast"), ("Zaporizhzhya oblast", "Zaporizhzhia Oblast"),
    ("Kiev Special Republican city", "Kyiv City"), ("Luhansk Obl", "Luhansk Oblast"), ("UA.26", "Zaporizhzhia Oblast"),
])
def test_region_spellings(spelling, name):
    assert region_table().resolve_admin1(spelling).name == name
