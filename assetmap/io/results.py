"""Analysis results as layers: made from walking gaps, catchments and density counts, kept in
the ward and written out as GeoPackage or GeoJSON for other programs."""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.model.categories import category
from assetmap.model.entities import ResultFeature, ResultLayer
from assetmap.model.wording import say

RESULT_FORMATS = (".gpkg", ".geojson")


def gap_layer(coverages, home) -> ResultLayer:
    """One feature per kind of asset: the part of the ward beyond the walk (``home`` turns
    metric shapes back into lon/lat)."""
    distance = coverages[0].distance
    kinds = {c.category for c in coverages}
    features = []
    for c in coverages:
        props = (("category", c.category), ("distance_m", c.distance), ("method", c.method),
                 ("covered_share", round(c.covered_share, 6)), ("uncovered_area_m2", round(c.uncovered_area, 1)))
        if c.homes_outside is not None:
            props += (("homes_outside_share", round(c.homes_outside, 6)),)
        if not c.uncovered.is_empty:
            features.append(ResultFeature(home(c.uncovered), say(category(c.category).plural), props))
    which = say(category(next(iter(kinds))).plural).lower() if len(kinds) == 1 else say("each kind of asset")
    key = next(iter(kinds)) if len(kinds) == 1 else "all"
    return ResultLayer(f"gap_{key}_{distance:.0f}", say("More than {metres:,.0f} m walk from {which}",
                                                        metres=distance, which=which), "gap", tuple(features))


def catchment_layer(catchment, home) -> ResultLayer:
    props = (("asset_id", catchment.asset_id), ("distance_m", catchment.distance), ("method", catchment.method),
             ("area_m2", round(catchment.area.area, 1)), ("alone_area_m2", round(catchment.alone.area, 1)))
    if catchment.homes is not None:
        props += (("homes", catchment.homes), ("homes_alone", catchment.homes_alone))
    features = [ResultFeature(home(catchment.area), say("Within {metres:,.0f} m of {name}",
                                                        metres=catchment.distance,
                                                                  name=catchment.name),
                              props + (("part", "catchment"),))]
    if not catchment.alone.is_empty:
        features.append(ResultFeature(home(catchment.alone), say("Reached only by {name}", name=catchment.name),
                                      props + (("part", "alone"),)))
    slug = "".join(ch if ch.isalnum() else "_" for ch in catchment.name.lower())[:30].strip("_")
    return ResultLayer(f"catchment_{slug}_{catchment.distance:.0f}",
                       say("Within {metres:,.0f} m walk of {name}",
                           metres=catchment.distance, name=catchment.name),
                       "catchment", tuple(features))


def density_layer(cells, size: float) -> ResultLayer:
    features = tuple(ResultFeature(cell.shape, str(cell.total),
                                   (("total", cell.total),) + tuple(sorted(cell.counts.items())))
                     for cell in cells)
    return ResultLayer(f"density_{size:.0f}", say("Assets per hexagon ({metres:,.0f} m)", metres=size),
                       "density", features)


def export_results(layers: list[ResultLayer], path: Path) -> Path:
    """Every feature of ``layers`` in one file, its properties as columns."""
    import geopandas as gpd
    import pyogrio

    path = Path(path)
    if path.suffix.lower() not in RESULT_FORMATS:
        raise AssetmapError(say("{path}: results are written as {formats}",
                                path=path, formats=" or ".join(RESULT_FORMATS)))
    rows, shapes = [], []
    for layer in layers:
        for feature in layer.features:
            rows.append({"layer": layer.title, "kind": layer.kind, "label": feature.label, **feature.as_dict()})
            shapes.append(feature.geometry)
    if not rows:
        raise AssetmapError(say("{path}: there are no results to write", path=path))
    frame = gpd.GeoDataFrame(rows, geometry=shapes, crs="EPSG:4326")
    with atomic_output(path) as temp:
        if path.suffix.lower() == ".gpkg":
            pyogrio.write_dataframe(frame, temp, layer="results", driver="GPKG")
        else:
            pyogrio.write_dataframe(frame, temp, driver="GeoJSON", layer_options={"RFC7946": "YES"})
    return path
