"""Distances and centroids on the sphere (enough precision for 25 km decisions)."""
from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

__all__ = ["distance_km", "median_point", "spread_km"]

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]


def distance_km(a: Point, b: Point) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
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
