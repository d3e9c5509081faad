"""A streets layer from any line file GDAL reads (Shapefile, GeoPackage, GeoJSON, GPX…)."""

from __future__ import annotations

from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError
from assetmap.model.entities import BasemapFeature

NAME_COLUMNS = ("name", "street", "road_name", "roadname", "street_name")
KIND_COLUMNS = ("highway", "kind", "class", "road_class", "type")


def read_street_lines(path: str | Path, boundary: BaseGeometry | None, crs: str | None = None) -> list[BasemapFeature]:
    import pyogrio

    path = str(path)
    if not Path(path).exists():
        raise AssetmapError(f"{path}: no such file")
    try:
        # A GPX file, say, opens with its waypoints and may have no routes: take the first
        # layer that holds any lines (some drivers cannot count features without reading).
        frame = None
        for name, kind in pyogrio.list_layers(path):
            if kind and "Line" in kind:
                frame = pyogrio.read_dataframe(path, layer=name)
                if len(frame):
                    break
        if frame is None:
            frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # GDAL's many ways of saying it cannot read a file
        raise AssetmapError(f"{path}: not a map file GDAL can read ({exc})") from None
    shapes = frame.geometry.values
    usable = ~shapely.is_missing(shapes) & ~shapely.is_empty(shapes)
    lines = frame[usable & frame.geometry.geom_type.isin(["LineString", "MultiLineString"]).values]
    if lines.empty:
        raise AssetmapError(f"{path}: holds no lines to use as streets")
    if lines.crs is None:
        if crs is None:
            raise AssetmapError(f"{path}: does not say which coordinate system it uses; give it with --crs EPSG:N")
        lines = lines.set_crs(crs)
    lines = lines.to_crs("EPSG:4326")
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
        raise AssetmapError(f"{path}: none of its lines fall inside the ward")
    return features
