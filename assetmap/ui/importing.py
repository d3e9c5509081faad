"""Turn a file the user chose or dropped into one undoable change to the open ward."""

from __future__ import annotations

from pathlib import Path

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.model.commands import ChangeProjectInfo, Command, Macro, SetBasemapLayer
from assetmap.model.project import Project


ASSET_FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".geojson", ".json", ".kml", ".kmz", ".gpx",
                       ".shp", ".zip", ".gpkg")


def plan_summary(plan, file_name: str) -> str:
    merged = tr(', {0} repeats merged into assets already on the map').format(len(plan.duplicates)) if plan.duplicates else ""
    skipped = tr(', {0} rows skipped').format(len(plan.skipped)) if plan.skipped else ""
    return tr('Imported {0} assets from {1}{2}{3}.').format(len(plan.assets), file_name, merged, skipped)


def import_file_command(project: Project, path: Path) -> tuple[Command, str]:
    """The command that brings ``path`` in, and a sentence saying what it will do."""
    suffix = "".join(path.suffixes[-2:]).lower() if path.name.lower().endswith(".osm.pbf") else path.suffix.lower()
    if suffix in ASSET_FILE_SUFFIXES:
        from assetmap.io.asset_import import plan_commands
        from assetmap.io.projects import ImportOptions, plan_asset_import

        plan = plan_asset_import(project, str(path), ImportOptions())
        return plan_commands(plan, label=tr('Import {0} assets from {1}').format(len(plan.assets), path.name)), \
            plan_summary(plan, path.name)
    if suffix in (".osm", ".pbf", ".osm.pbf"):
        from assetmap.io.osm_basemap import OSM_CREDIT, read_osm_basemap

        layers = read_osm_basemap(path, project.boundary)
        commands: list[Command] = [SetBasemapLayer(name, features, tr('Import {0}').format(name))
                                   for name, features in layers.items() if features]
        if OSM_CREDIT not in project.info.credits:
            credits = "; ".join(c for c in (project.info.credits, OSM_CREDIT) if c)
            commands.append(ChangeProjectInfo("credits", credits, tr("Credit OpenStreetMap")))
        counts = ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in layers.items() if v)
        return Macro(tr('Import background map from {0}').format(path.name), commands), tr('Background map imported: {0}.').format(counts)
    if suffix == ".mbtiles":
        from assetmap.io.mbtiles import MBTiles

        tiles = MBTiles(path)  # checks it now, so a broken file is refused with a reason
        info = tiles.info
        tiles.close()
        command = ChangeProjectInfo("raster_basemap", str(path.resolve()), tr('Use {0} as the background').format(path.name))
        return command, (tr('Background tiles from {0} (zoom {1}-{2}). The ward file keeps a link to this file: keep them together.').format(path.name, info.min_zoom, info.max_zoom))
    raise AssetmapError(tr('{0}: assetmap cannot import {1} files yet (it reads spreadsheets, map files, OpenStreetMap extracts and MBTiles files)').format(path, path.suffix or tr("this kind of")))
