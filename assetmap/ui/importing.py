"""Turn a file the user chose or dropped into one undoable change to the open ward."""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.commands import AddRecord, ChangeProjectInfo, Command, Macro, SetBasemapLayer
from assetmap.model.project import Project


def import_file_command(project: Project, path: Path) -> tuple[Command, str]:
    """The command that brings ``path`` in, and a sentence saying what it will do."""
    suffix = "".join(path.suffixes[-2:]).lower() if path.name.lower().endswith(".osm.pbf") else path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        from assetmap.io.csv_assets import read_assets_csv

        parsed = read_assets_csv(path)
        command = Macro(f"Import {len(parsed.assets)} assets from {path.name}",
                        [AddRecord(a) for a in parsed.assets])
        skipped = f" ({len(parsed.skipped)} blank rows skipped)" if parsed.skipped else ""
        return command, f"Imported {len(parsed.assets)} assets from {path.name}{skipped}."
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
                        "(it reads CSV spreadsheets, OpenStreetMap extracts and MBTiles files)")
