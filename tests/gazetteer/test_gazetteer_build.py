"""Building: staging, the KATOTTH-postal join, copied coordinates, estimates, rebuilds."""
import sqlite3

import pytest

from gazetteer_data import CITIES, slice_db, slice_files
from frontwatch.gazetteer import Gazetteer, GazetteerError, import_files, recompile
from frontwatch.gazetteer.build import is_current


@pytest.fixture(scope="module")
def gaz():
    with Gazetteer.open(slice_db()) as gazetteer:
        yield gazetteer


def dnipro_oblast(gaz, name):
    return [c for c in gaz.lookup(name, admin1="Dnipropetrovsk Oblast", limit=20) if c.name == name]


def test_katotth_village_gets_postal_coordinates_and_its_hierarchy(gaz):
    [village] = dnipro_oblast(gaz, "Novoheorhiivka")
    assert village.place_id == "katotth:UA12140050080041206"
    assert (village.lat, village.lon, village.precision) == (47.869, 36.5699, "point")
    assert village.admin2 == "Synelnykove Raion" and village.hromada == "Velykomykhailivska hromada"


def test_coordinates_copied_from_a_homonym_are_not_kept(gaz):
    """The postal dump gives the Zaporizke of Velykomykhailivka hromada the point of the
    Zaporizke 80 km away (see MANIFEST); the village keeps only its hromada's point."""
    villages = {c.hromada: c for c in dnipro_oblast(gaz, "Zaporizke")}
    frontline = villages["Velykomykhailivska hromada"]
    assert frontline.precision == "hromada"
    assert (round(frontline.lat, 1), round(frontline.lon, 1)) != (48.2, 35.5)
    assert abs(frontline.lat - 47.90) < 0.15 and abs(frontline.lon - 36.53) < 0.15
    assert villages["Slavhorodska hromada"].lat == 48.2039  # the owner of those coordinates keeps them


def test_every_source_is_recorded(gaz):
    info = gaz.info()
    assert {s["kind"] for s in info.sources} == {"postal", "katotth", "geonames", "admin1"}
    assert info.places["settlement"] > 4000 and (info.schema, info.compiler) == ("2", "1")
    assert info.to_dict()["keys"] == info.keys > 50_000


def test_reimporting_a_file_replaces_its_rows(tmp_path):
    path = tmp_path / "g.sqlite"
    first = import_files(list(slice_files()), path)
    again = import_files([slice_files()[2]], path)
    assert again.places == first.places


def test_recompile_uses_the_staged_rows(tmp_path):
    path = tmp_path / "g.sqlite"
    first = import_files([slice_files()[0]], path)
    assert recompile(path).places == first.places and is_current(path)


def test_a_gazetteer_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('schema', '0')")
    with pytest.raises(GazetteerError, match="schema"):
        Gazetteer.open(path)
    with pytest.raises(GazetteerError, match="schema"):
        import_files([CITIES], path)
    assert not is_current(path) and not is_current(tmp_path / "missing.sqlite")


def test_a_missing_file_is_an_error_not_a_new_gazetteer(tmp_path):
    with pytest.raises(GazetteerError, match="no such gazetteer"):
        Gazetteer.open(tmp_path / "nothing.sqlite")
