"""A background map from an OpenStreetMap extract (.osm or .osm.pbf), clipped to the ward.

GDAL's OSM driver reads both formats. Data from OpenStreetMap is under the ODbL, so the
project's credits gain "© OpenStreetMap contributors".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError
from assetmap.model.entities import BasemapFeature
from assetmap.model.wording import say

OSM_CREDIT = "Background map © OpenStreetMap contributors (ODbL)"
GREEN = {
    "leisure": {"park", "garden", "playground", "pitch", "nature_reserve", "recreation_ground",
                "common", "dog_park"},
    "landuse": {"grass", "recreation_ground", "allotments", "meadow", "forest", "village_green",
                "cemetery"},
    "natural": {"wood", "scrub", "grassland", "heath"},
}
WATER = {"natural": {"water", "wetland"}, "landuse": {"reservoir", "basin"}, "waterway": {"riverbank"}}
WATERWAY_WIDTH_M = {"river": 12.0, "canal": 10.0, "stream": 3.0, "brook": 2.0, "drain": 1.5, "ditch": 1.0}


def _read(path: str, layer: str):
    import warnings

    import pyogrio

    try:
        with warnings.catch_warnings():
            # Extracts cut from a larger map hold unclosed rings; GDAL closes them and the
            # shapes are made valid below.
            warnings.filterwarnings("ignore", message="Non closed ring", category=RuntimeWarning)
            return pyogrio.read_dataframe(path, layer=layer)
    except Exception as exc:  # GDAL's many ways of saying it cannot read a file
        raise AssetmapError(say("{path}: not an OpenStreetMap extract GDAL can read ({problem})",
                                path=path, problem=exc)) from None


def _kind_of(row, table: dict[str, set[str]]) -> str | None:
    for column, values in table.items():
        value = row.get(column)
        if isinstance(value, str) and value in values:
            return value
    return None


def read_osm_basemap(path: str | Path, boundary: BaseGeometry | None) -> dict[str, list[BasemapFeature]]:
    """Streets, water, green space and buildings from ``path``, clipped to ``boundary``."""
    path = str(path)
    if not Path(path).exists():
        raise AssetmapError(say("{path}: no such file", path=path))
    lines = _read(path, "lines")
    areas = _read(path, "multipolygons")
    clip = shapely.make_valid(boundary) if boundary is not None else None

    def clipped(geometry):
        if geometry is None or geometry.is_empty:
            return None
        if clip is not None:
            if not clip.intersects(geometry):
                return None
            geometry = geometry.intersection(clip)
        return None if geometry.is_empty else geometry

    layers: dict[str, list[BasemapFeature]] = {"streets": [], "water": [], "green_space": [], "buildings": []}
    for row in lines.to_dict("records"):
        geometry = clipped(row["geometry"])
        if geometry is None:
            continue
        highway = row.get("highway")
        if isinstance(highway, str):
            for part in getattr(geometry, "geoms", [geometry]):
                if part.geom_type == "LineString":
                    layers["streets"].append(BasemapFeature(part, _text(row.get("name")), highway))
        waterway = row.get("waterway")
        if isinstance(waterway, str) and waterway in WATERWAY_WIDTH_M:
            layers["water"].append(BasemapFeature(_widen(geometry, WATERWAY_WIDTH_M[waterway]),
                                                  _text(row.get("name")), waterway))
    for row in areas.to_dict("records"):
        shape = row["geometry"]
        geometry = clipped(shapely.make_valid(shape) if shape is not None else None)
        if geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        name = _text(row.get("name"))
        if isinstance(row.get("building"), str):
            layers["buildings"].append(BasemapFeature(geometry, name, row["building"]))
        elif (kind := _kind_of(row, WATER)) is not None:
            layers["water"].append(BasemapFeature(geometry, name, kind))
        elif (kind := _kind_of(row, GREEN)) is not None:
            layers["green_space"].append(BasemapFeature(geometry, name, kind))
    if not any(layers.values()):
        if clip is not None:
            raise AssetmapError(say("{path}: holds no streets, water, green space or buildings inside the "
                                    "ward boundary", path=path))
        raise AssetmapError(say("{path}: holds no streets, water, green space or buildings", path=path))
    return layers


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _widen(line: BaseGeometry, width_m: float) -> BaseGeometry:
    """A river drawn as a line becomes an area about as wide as the real one."""
    lat = line.centroid.y
    degrees = width_m / 2 / (111_320.0 * max(np.cos(np.radians(lat)), 0.1))
    return line.buffer(degrees, cap_style="flat")
