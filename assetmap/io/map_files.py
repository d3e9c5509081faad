"""Reading shapes of one kind from any map file GDAL reads, in EPSG:4326."""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError, UnknownCoordinateSystem
from assetmap.model.wording import say


def read_shapes(path: str | Path, geometry_types: tuple[str, ...], purpose: str, crs: str | None = None):
    """The features of ``path`` whose geometry is one of ``geometry_types`` (a GeoDataFrame in
    EPSG:4326). The first layer holding such shapes is read: a GPX file, say, opens with
    its waypoints and may have no routes. ``crs`` is used when the file names none; without
    either, the user is asked for one rather than have a guess."""
    import pyogrio
    import shapely

    path = str(path)
    if not Path(path).exists():
        raise AssetmapError(say("{path}: no such file", path=path))
    wanted = "Line" if "LineString" in geometry_types else "Polygon"
    try:
        frame = None
        for name, kind in pyogrio.list_layers(path):
            if kind and wanted in kind:
                frame = pyogrio.read_dataframe(path, layer=name)
                if len(frame):  # some drivers cannot count features without reading
                    break
        if frame is None:
            frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # GDAL's many ways of saying it cannot read a file
        raise AssetmapError(say("{path}: not a map file GDAL can read ({problem})",
                                path=path, problem=exc)) from None
    shapes = frame.geometry.values
    usable = ~shapely.is_missing(shapes) & ~shapely.is_empty(shapes)
    chosen = frame[usable & frame.geometry.geom_type.isin(list(geometry_types)).values]
    if chosen.empty:
        noun = "lines" if wanted == "Line" else "polygons"
        raise AssetmapError(say("{path}: holds no {noun} to use as {purpose}",
                                path=path, noun=noun, purpose=purpose))
    if chosen.crs is None:
        if crs is None:
            raise UnknownCoordinateSystem(say("{path}: does not say which coordinate system it uses; give it "
                                              "with --crs EPSG:N", path=path))
        chosen = chosen.set_crs(crs)
    return chosen.to_crs("EPSG:4326")
