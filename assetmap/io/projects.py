"""Whole-project operations shared by the command and the window: create, import into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.io.gpkg_store import GeoPackageStore
from assetmap.model.commands import AddRecord, Macro
from assetmap.model.entities import BasemapFeature, ProjectInfo
from assetmap.model.project import Project


def create_project(path: Path, name: str, boundary_file: str | None = None,
                   boundary_crs: str | None = None) -> Project:
    from assetmap.io.boundary import metric_crs_for, read_boundary

    if path.exists():
        raise AssetmapError(f"{path}: already exists; choose another name or delete it first")
    if path.suffix.lower() != ".gpkg":
        raise AssetmapError(f"{path}: a project file name must end in .gpkg")
    if not name.strip():
        raise AssetmapError("the ward needs a name (--name)")
    project = Project(ProjectInfo(name=name.strip()))
    if boundary_file:
        shape = read_boundary(boundary_file, boundary_crs)
        centre = shape.representative_point()
        project.info.metric_crs = metric_crs_for(centre.x, centre.y)
        project.basemap["boundary"] = [BasemapFeature(shape, name.strip(), "ward")]
    GeoPackageStore(path).save(project)
    return project


@dataclass
class ImportResult:
    added: int
    skipped: list[tuple[int, str]] = field(default_factory=list)


def import_into_project(project_path: Path, file: str, kind: str) -> ImportResult:
    """Read ``file`` fully first; only a file with no problems changes the project."""
    from assetmap.io.csv_assets import read_assets_csv

    from assetmap.io.csv_network import read_links_csv, read_records_csv

    store = GeoPackageStore(project_path)
    project = store.load()
    if kind == "assets":
        parsed = read_assets_csv(file)
        records, skipped = parsed.assets, parsed.skipped
    elif kind in ("people", "groups"):
        records, skipped = read_records_csv(file, "person" if kind == "people" else "group", project)
    elif kind == "links":
        records, skipped = read_links_csv(file, project)
    elif kind == "streets":
        from assetmap.io.street_lines import read_street_lines
        from assetmap.model.commands import SetBasemapLayer

        streets = read_street_lines(file, project.boundary)
        SetBasemapLayer("streets", streets, "Import streets").do(project)
        store.save(project)
        return ImportResult(len(streets), [])
    else:
        raise AssetmapError(f"cannot import {kind}")
    Macro(f"Import {len(records)} {kind}", [AddRecord(r) for r in records]).do(project)
    store.save(project)
    return ImportResult(len(records), skipped)
