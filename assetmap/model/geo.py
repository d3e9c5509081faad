"""Web Mercator (EPSG:3857) maths for drawing: plain numpy, no PROJ needed.

The map canvas draws in Web Mercator metres with y pointing down (Qt's convention), so a
scene point is (x, -y).
"""

from __future__ import annotations

import numpy as np
import shapely

EARTH_RADIUS = 6378137.0
MAX_LAT = 85.05112878


def lonlat_to_scene(lon, lat):
    lon = np.asarray(lon, dtype=float)
    lat = np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT)
    x = np.radians(lon) * EARTH_RADIUS
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * EARTH_RADIUS
    return x, -y


def scene_to_lonlat(x, y):
    x = np.asarray(x, dtype=float)
    y = -np.asarray(y, dtype=float)
    lon = np.degrees(x / EARTH_RADIUS)
    lat = np.degrees(2 * np.arctan(np.exp(y / EARTH_RADIUS)) - np.pi / 2)
    return lon, lat


def marker_points(shapes) -> np.ndarray:
    """Each shape's marker point (as Asset.location): points as they are, a point inside
    each area."""
    shapes = np.asarray(list(shapes), dtype=object)
    points = shapes.copy()
    areas = shapely.get_type_id(shapes) != 0
    if areas.any():
        points[areas] = shapely.point_on_surface(shapes[areas])
    return points
