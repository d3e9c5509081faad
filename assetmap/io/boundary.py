"""A ward boundary from any polygon file GDAL reads, and the metric grid to measure it in."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry.base import BaseGeometry
from assetmap.model.wording import say


def read_boundary(path: str | Path, crs: str | None = None, feature: str | None = None) -> BaseGeometry:
    """Union of the polygons in ``path``, in EPSG:4326. ``crs`` is used when the file has none.
    ``feature`` picks the polygons with any attribute equal to it (a ward name or code) from a
    file of many wards."""
    import shapely

    from assetmap.errors import AssetmapError
    from assetmap.io.map_files import read_shapes

    polygons = read_shapes(path, ("Polygon", "MultiPolygon"), "a ward boundary", crs)
    if feature is not None:
        wanted = feature.strip().casefold()
        texts = polygons.drop(columns="geometry").astype(str)
        chosen = texts.apply(lambda row: any(v.strip().casefold() == wanted for v in row), axis=1)
        if not chosen.any():
            sample = ", ".join(texts.iloc[:8, 0].tolist())
            raise AssetmapError(say("{path}: no area is named {feature!r} (the first column holds: {sample})",
                                    path=path, feature=feature, sample=sample))
        polygons = polygons[chosen.values]
    shapes = shapely.make_valid(polygons.geometry.values)
    return shapely.union_all(shapes)


def metric_crs_for(lon: float, lat: float) -> str:
    """A metric coordinate system suited to measuring distances at (lon, lat)."""
    if 51.3 <= lat <= 55.5 and -10.7 <= lon <= -5.3 and not (lat < 54.0 and lon > -6.0):
        return "EPSG:2157"  # Irish Transverse Mercator: Ireland and Northern Ireland
    if 49.8 <= lat <= 60.9 and -8.7 <= lon <= 1.8:
        return "EPSG:27700"  # British National Grid
    zone = int((lon + 180) // 6) + 1
    return f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}"
