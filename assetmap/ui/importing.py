"""Turn a file the user chose or dropped into one undoable change to the open ward."""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.commands import ChangeProjectInfo, Command, Macro, SetBasemapLayer
from assetmap.model.project import Project


ASSET_FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".geojson", ".json", ".kml", ".kmz", ".gpx",
                       ".shp", ".zip", ".gpkg")


def plan_summary(plan, file_name: str) -> str:
    merged = f", {len(plan.duplicates)} repeats merged into assets already on the map" if plan.duplicates else ""
    skipped = f", {len(plan.skipped)} rows skipped" if plan.skipped else ""
    return f"Imported {len(plan.assets)} assets from {file_name}{merged}{skipped}."


def import_file_command(project: Project, path: Path) -> tuple[Command, str]:
    """The command that brings ``path`` in, and a sentence saying what it will do."""
    suffix = "".join(path.suffixes[-2:]).lower() if path.name.lower().endswith(".osm.pbf") else path.suffix.lower()
    if suffix in ASSET_FILE_SUFFIXES:
        from assetmap.io.asset_import import plan_commands
        from assetmap.io.projects import ImportOptions, plan_asset_import

        plan = plan_asset_import(project, str(path), ImportOptions())
        return plan_commands(plan, label=f"Import {len(plan.assets)} assets from {path.name}"), \
            plan_summary(plan, path.name)
    if suffix in (".osm", ".pbf", ".osm.pbf"):
        from assetmap.io.osm_basemap import OSM_CREDIT, read_osm_basemap

        layers = read_osm_basemap(path, project.boundary)
        commands: list[Command] = [SetBasemapLayer(name, features, f"Import {name}")
                                   for name, features in layers.items() if features]
        if OSM_CREDIT not in project.info.credits:
            credits = "; ".join(c for c in (project.info.credits, OSM_CREDIT) if c)
            commands.append(ChangeProjectInfo("credits", credits, "Credit OpenStreetMap"))
        counts = ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in layers.items() if v)
        return Macro(f"Import background map from {path.name}", commands), f"Background map imported: {counts}."
    if suffix == ".mbtiles":
        from assetmap.io.mbtiles import MBTiles

        tiles = MBTiles(path)  # checks it now, so a broken file is refused with a reason
        info = tiles.info
        tiles.close()
        command = ChangeProjectInfo("raster_basemap", str(path.resolve()), f"Use {path.name} as the background")
        return command, (f"Background tiles from {path.name} (zoom {info.min_zoom}-{info.max_zoom}). "
                         "The ward file keeps a link to this file: keep them together.")
    raise AssetmapError(f"{path}: assetmap cannot import {path.suffix or 'this kind of'} files yet "
                        "(it reads spreadsheets, map files, OpenStreetMap extracts and MBTiles files)")
