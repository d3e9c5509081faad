"""The spatial layers of a project file, written through GDAL so QGIS and ogrinfo read them."""

from __future__ import annotations

import operator
from pathlib import Path

import numpy as np
import shapely

from assetmap.io import gpkg_schema as schema
from assetmap.model.geo import marker_points
from assetmap.model.project import Project


def _write_layer(path: Path, layer: str, geometry_type: str, geometries: list,
                 fields: dict[str, list], description: str) -> None:
    import pyogrio.raw

    # GeoPackage 1.2 rather than GDAL's newest 1.4: GDAL before 3.7, and so many QGIS
    # installs, warn on a 1.4 header.
    creating = not path.exists()

    wkb = shapely.to_wkb(np.array(geometries, dtype=object)) if geometries else \
        np.array([], dtype=object)
    pyogrio.raw.write(
        str(path), np.asarray(wkb, dtype=object),
        [np.array(values, dtype=object) for values in fields.values()], list(fields),
        layer=layer, driver="GPKG", geometry_type=geometry_type, crs="EPSG:4326",
        promote_to_multi=geometry_type.startswith("Multi"), encoding="UTF-8",
        layer_options={"GEOMETRY_NAME": "geom", "FID": "fid", "DESCRIPTION": description},
        dataset_options={"VERSION": "1.2"} if creating else None,
    )


def record_position(project: Project, record_id: str) -> tuple[float, float] | None:
    """Where a record sits on the map, for drawing links: an asset's point, a group's meeting
    place, a person's approximate area."""
    asset = project.assets.get(record_id)
    if asset is not None:
        return asset.location
    group = project.groups.get(record_id)
    if group is not None:
        place = project.assets.get(group.meeting_place_id) if group.meeting_place_id else None
        return place.location if place else None
    person = project.people.get(record_id)
    if person is not None:
        return person.area_location
    return None


def _asset_columns(assets: list) -> dict[str, list]:
    """The assets' text fields column by column. A blank field is written as NULL, which the
    reader turns back into "": GDAL stores a NULL faster than an empty string, and most
    fields of an imported spreadsheet are blank."""
    attributes = ["id" if name == "asset_id" else name for name in schema.ASSET_TEXT_FIELDS]
    rows = map(operator.attrgetter(*attributes), assets)
    columns = dict(zip(schema.ASSET_TEXT_FIELDS, map(list, zip(*rows)))) if assets else \
        {name: [] for name in schema.ASSET_TEXT_FIELDS}
    columns["tags"] = [schema.json_list(tags) if tags else None for tags in columns["tags"]]
    for name, values in columns.items():
        columns[name] = [value or None for value in values]
    return columns


def write_spatial_layers(path: Path, project: Project) -> None:
    assets = list(project.assets)
    shapes = np.array([a.geometry for a in assets], dtype=object)
    shapes[shapely.is_empty(shapes)] = None
    points = marker_points(shapes)
    _write_layer(path, "assets", "Point", list(points), _asset_columns(assets),
                 "Community assets in the six ABCD categories")

    polygon_types = np.isin(shapely.get_type_id(shapes), (shapely.GeometryType.POLYGON,
                                                          shapely.GeometryType.MULTIPOLYGON))
    areas = [assets[i] for i in np.flatnonzero(polygon_types)]
    _write_layer(path, "asset_areas", "MultiPolygon", [a.geometry for a in areas],
                 {"asset_id": [a.id for a in areas]}, "Outlines of assets that are areas")

    lines, ids, types = [], [], []
    for link in project.links:
        start = record_position(project, link.source_id)
        end = record_position(project, link.target_id)
        if start and end and start != end:
            lines.append(shapely.LineString([start, end]))
            ids.append(link.id)
            types.append(link.type)
    _write_layer(path, "link_lines", "LineString", lines, {"link_id": ids, "type": types},
                 "Links between records drawn as lines (people at their approximate area)")

    write_result_layers(path, project)
    for layer, (table, geometry_type) in schema.BASEMAP_TABLES.items():
        features = project.basemap.get(layer, [])
        _write_layer(path, table, geometry_type, [f.geometry for f in features],
                     {"name": [f.name for f in features], "kind": [f.kind for f in features]},
                     f"Basemap: {layer.replace('_', ' ')}")



RESULT_PREFIX = "result_"


def write_result_layers(path: Path, project: Project) -> None:
    """Each kept result as its own layer, so QGIS shows it too; properties as JSON text."""
    import json

    for name, layer in project.results.items():
        features = [f for f in layer.features if f.geometry is not None and not f.geometry.is_empty]
        shapes = [shapely.multipolygons(shapely.get_parts(f.geometry))
                  if f.geometry.geom_type in ("Polygon", "MultiPolygon") else f.geometry for f in features]
        _write_layer(path, RESULT_PREFIX + name, "MultiPolygon", shapes,
                     {"title": [layer.title] * len(features), "kind": [layer.kind] * len(features),
                      "label": [f.label for f in features],
                      "properties": [json.dumps(f.as_dict(), ensure_ascii=False) for f in features]},
                     layer.title)
