"""The ward's assets as data files for other programs: GeoPackage, GeoJSON, CSV, KML, zipped
Shapefile, and the network as GraphML or GEXF.

Every file is written beside its destination and moved into place only when complete, so a
failed export never leaves half a file where the old one was.
"""

from __future__ import annotations

import csv
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.io.public_view import ASSET_FIELDS, PublicAsset, public_assets
from assetmap.io.safe_cells import spreadsheet_safe
from assetmap.model.categories import CATEGORIES
from assetmap.model.project import Project
from assetmap.model.wording import say

FORMATS = {
    ".gpkg": "GeoPackage", ".geojson": "GeoJSON", ".csv": "CSV spreadsheet", ".kml": "KML (Google Earth)",
    ".zip": "Shapefile (zipped)", ".graphml": "GraphML network (Gephi)", ".gexf": "GEXF network (Gephi)",
}


SHAPEFILE_COLUMNS = {"description": "descript", "accessibility": "access", "opening_times": "opening"}


def export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AssetmapError(say("{path}: cannot export to {suffix}; choose one of {formats}", path=path,
                                suffix=suffix or say("a file without an extension"), formats=", ".join(FORMATS)))
    return suffix


def export_data(project: Project, path: Path, include_names: bool = False) -> Path:
    path = Path(path)
    suffix = export_format(path)
    if suffix in (".graphml", ".gexf"):
        from assetmap.io.network_export import write_network

        return write_network(project, path, include_names)
    assets = public_assets(project, include_names)
    if not assets:
        raise AssetmapError(say("{name}: the ward has no assets with a position to export",
                                name=project.info.name))
    writer = {".gpkg": _write_gpkg, ".geojson": _write_geojson, ".csv": _write_csv,
              ".kml": _write_kml, ".zip": _write_shapefile_zip}[suffix]
    with atomic_output(path) as temp:
        writer(assets, temp, project)
    return path


def _frame(assets: list[PublicAsset]):
    import geopandas as gpd

    rows = [asset.row() for asset in assets]
    return gpd.GeoDataFrame(rows, geometry=[a.geometry for a in assets], crs="EPSG:4326")


def _write_gpkg(assets: list[PublicAsset], path: Path, project: Project) -> None:
    import pyogrio

    pyogrio.write_dataframe(_frame(assets), path, layer="assets", driver="GPKG")


def _write_geojson(assets: list[PublicAsset], path: Path, project: Project) -> None:
    import pyogrio

    pyogrio.write_dataframe(_frame(assets), path, driver="GeoJSON", layer="assets",
                            layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"})


def _write_csv(assets: list[PublicAsset], path: Path, project: Project) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(ASSET_FIELDS) + ["latitude", "longitude"])
        for asset in assets:
            point = asset.geometry.representative_point()
            writer.writerow([spreadsheet_safe(v) for v in asset.row().values()]
                            + [f"{point.y:.6f}", f"{point.x:.6f}"])


def _write_kml(assets: list[PublicAsset], path: Path, project: Project) -> None:
    """One folder per kind of asset, as Google My Maps makes layers."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
             f"<name>{escape(project.info.name)}</name>"]
    for category in CATEGORIES:
        members = [a for a in assets if a.category == category.key]
        if not members:
            continue
        lines.append(f"<Folder><name>{escape(category.plural)}</name>")
        for asset in members:
            point = asset.geometry.representative_point()
            details = "\n".join(f"{k}: {v}" for k, v in asset.row().items() if v and k != "name")
            lines.append(f"<Placemark><name>{escape(asset.name)}</name>"
                         f"<description>{escape(details)}</description>"
                         f"<Point><coordinates>{point.x:.7f},{point.y:.7f}</coordinates></Point></Placemark>")
        lines.append("</Folder>")
    lines.append("</Document></kml>")
    path.write_text("\n".join(lines), encoding="utf-8")


def _write_shapefile_zip(assets: list[PublicAsset], path: Path, project: Project) -> None:
    """Points and shapes go in separate Shapefiles, as the format allows one kind per file."""
    import pyogrio

    # A Shapefile column name holds 10 characters; these say what GDAL would cut them to.
    frame = _frame(assets).rename(columns=SHAPEFILE_COLUMNS)
    points = frame[frame.geometry.geom_type == "Point"]
    areas = frame[frame.geometry.geom_type != "Point"]
    with tempfile.TemporaryDirectory() as folder:
        for name, part in (("assets", points), ("asset_areas", areas)):
            if len(part):
                pyogrio.write_dataframe(part, Path(folder) / f"{name}.shp", encoding="UTF-8")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(Path(folder).iterdir()):
                archive.write(file, file.name)
