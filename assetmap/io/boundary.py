"""A ward boundary from any polygon file GDAL reads, and the metric grid to measure it in."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError


def read_boundary(path: str | Path, crs: str | None = None) -> BaseGeometry:
    """Union of the polygons in ``path``, in EPSG:4326. ``crs`` is used when the file has none."""
    import pyogrio
    import shapely

    path = str(path)
    if not Path(path).exists():
        raise AssetmapError(f"{path}: no such file")
    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # GDAL reports unreadable files in many ways
        raise AssetmapError(f"{path}: not a map file GDAL can read ({exc})") from None
    shapes = frame.geometry.values
    usable = ~shapely.is_missing(shapes) & ~shapely.is_empty(shapes)
    polygons = frame[usable & frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).values]
    if polygons.empty:
        raise AssetmapError(f"{path}: holds no polygons to use as a ward boundary")
    if polygons.crs is None:
        if crs is None:
            raise AssetmapError(
                f"{path}: does not say which coordinate system it uses; give it with --crs EPSG:N")
        polygons = polygons.set_crs(crs)
    polygons = polygons.to_crs("EPSG:4326")
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
