"""A streets layer from any line file GDAL reads (Shapefile, GeoPackage, GeoJSON, GPX…)."""

from __future__ import annotations

from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError
from assetmap.model.entities import BasemapFeature
from assetmap.model.wording import say

NAME_COLUMNS = ("name", "street", "road_name", "roadname", "street_name")
KIND_COLUMNS = ("highway", "kind", "class", "road_class", "type")


def read_street_lines(path: str | Path, boundary: BaseGeometry | None, crs: str | None = None) -> list[BasemapFeature]:
    from assetmap.io.map_files import read_shapes

    lines = read_shapes(path, ("LineString", "MultiLineString"), "streets", crs)
    columns = {c.lower(): c for c in lines.columns}
    name_col = next((columns[c] for c in NAME_COLUMNS if c in columns), None)
    kind_col = next((columns[c] for c in KIND_COLUMNS if c in columns), None)
    clip = shapely.make_valid(boundary) if boundary is not None else None
    features = []
    for row in lines.to_dict("records"):
        geometry = row["geometry"]
        if clip is not None:
            if not clip.intersects(geometry):
                continue
            geometry = geometry.intersection(clip)
        for part in shapely.get_parts(geometry):
            if part.geom_type == "LineString" and part.length > 0:
                name = row.get(name_col) if name_col else ""
                kind = row.get(kind_col) if kind_col else ""
                features.append(BasemapFeature(part, name if isinstance(name, str) else "",
                                               kind if isinstance(kind, str) else "residential"))
    if not features:
        raise AssetmapError(say("{path}: none of its lines fall inside the ward", path=path))
    return features
