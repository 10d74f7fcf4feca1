"""Distances and centroids on the sphere (enough precision for 25 km decisions)."""
from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

__all__ = ["Prepared", "distance_km", "prepared", "prepared_distance_km", "median_point", "spread_km"]

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]
Prepared = tuple[float, float, float]  # latitude and longitude in radians, cosine of the latitude


def distance_km(a: Point, b: Point) -> float:
    return prepared_distance_km(prepared(a), prepared(b))


def prepared(point: Point) -> Prepared:
    """What the distance formula needs of a point, computed once for a point compared many times
    (the candidates of a text are paired with each other)."""
    lat, lon = math.radians(point[0]), math.radians(point[1])
    return lat, lon, math.cos(lat)


def prepared_distance_km(a: Prepared, b: Prepared) -> float:
    """The haversine distance; the same operations as on raw points, so the same float."""
    h = math.sin((b[0] - a[0]) / 2) ** 2 + a[2] * b[2] * math.sin((b[1] - a[1]) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def median_point(points: Sequence[Point]) -> Point | None:
    """The coordinate-wise median: unlike the mean, one wrong point does not move it."""
    if not points:
        return None
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


def spread_km(points: Sequence[Point], centre: Point, quantile: float = 0.9) -> float:
    """How far the points lie from their centre (the given quantile of the distances)."""
    if not points:
        return 0.0
    distances = sorted(distance_km(p, centre) for p in points)
    return distances[min(len(distances) - 1, int(quantile * len(distances)))]
