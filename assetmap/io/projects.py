"""Whole-project operations shared by the command and the window: create, import into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.io.gpkg_store import GeoPackageStore
from assetmap.model.commands import AddRecord, Macro
from assetmap.model.entities import BasemapFeature, ProjectInfo
from assetmap.model.bulk import collector_paused
from assetmap.model.project import Project
from assetmap.model.wording import say


def create_project(path: Path, name: str, boundary_file: str | None = None,
                   boundary_crs: str | None = None, boundary_feature: str | None = None) -> Project:
    from assetmap.io.boundary import metric_crs_for, read_boundary

    if path.exists():
        raise AssetmapError(say("{path}: already exists; choose another name or delete it first", path=path))
    if path.suffix.lower() != ".gpkg":
        raise AssetmapError(say("{path}: a project file name must end in .gpkg", path=path))
    if not name.strip():
        raise AssetmapError(say("the ward needs a name (--name)"))
    project = Project(ProjectInfo(name=name.strip()))
    if boundary_file:
        shape = read_boundary(boundary_file, boundary_crs, boundary_feature)
        centre = shape.representative_point()
        project.info.metric_crs = metric_crs_for(centre.x, centre.y)
        project.basemap["boundary"] = [BasemapFeature(shape, name.strip(), "ward")]
    GeoPackageStore(path).save(project)
    return project


@dataclass
class ImportResult:
    added: int
    skipped: list[tuple[int, str]] = field(default_factory=list)
    merged: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportOptions:
    category: str | None = None
    crs: str | None = None
    layer: str | None = None
    margin_m: float | None = 1000.0
    merge_duplicates: bool = True
    basemap_layer: str | None = None
    feature: str | None = None
    columns: dict[str, str] = field(default_factory=dict)


def plan_asset_import(project: Project, file: str, options: ImportOptions, progress=None):
    """Read ``file`` and work out, without changing anything, what importing it would do."""
    from assetmap.io.asset_import import apply_column_choices, guess_mapping, plan_import
    from assetmap.io.asset_sources import read_source
    from assetmap.model.progress import NO_PROGRESS

    progress = progress or NO_PROGRESS
    with collector_paused():
        table = read_source(file, options.crs, options.layer, progress)
        mapping, notes = guess_mapping(table, project.boundary, options.crs, options.category)
        apply_column_choices(mapping, table, options.columns)
        if options.category and mapping.category is None:
            mapping.default_category = options.category
        plan = plan_import(table, mapping, list(project.assets), project.boundary, options.margin_m,
                           project.info.metric_crs or None, progress=progress)
    plan.notes = table.notes + notes
    return plan


def import_into_project(project_path: Path, file: str, kind: str,
                        options: ImportOptions | None = None) -> ImportResult:
    """Read ``file`` fully first; the project changes only once everything is read, in one
    atomic save, and only while no one else has the ward open for editing."""
    from assetmap.io.locking import ProjectLock

    with ProjectLock(Path(project_path), "assetmap import"), collector_paused():
        return _import_locked(project_path, file, kind, options)


def _import_locked(project_path: Path, file: str, kind: str, options: ImportOptions | None) -> ImportResult:
    from assetmap.io.csv_network import read_links_csv, read_records_csv
    from assetmap.model.commands import SetBasemapLayer

    options = options or ImportOptions()
    store = GeoPackageStore(project_path)
    project = store.load()
    if kind == "assets":
        from assetmap.io.asset_import import plan_commands

        plan = plan_asset_import(project, file, options)
        if not plan.assets and not plan.duplicates:
            reasons = "; ".join(say("row {row}: {reason}", row=r, reason=why) for r, why in plan.skipped[:3])
            raise AssetmapError(say("{path}: no rows could be imported ({reasons})", path=file,
                                    reasons=reasons or say("the file has no rows")))
        plan_commands(plan, options.merge_duplicates).do(project)
        store.save(project)
        merged = len(plan.duplicates) if options.merge_duplicates else 0
        return ImportResult(len(plan.assets), plan.skipped, merged, plan.notes)
    if kind in ("people", "groups"):
        records, skipped = read_records_csv(file, "person" if kind == "people" else "group", project)
    elif kind == "links":
        records, skipped = read_links_csv(file, project)
    elif kind in ("streets", "basemap"):
        from assetmap.io.street_lines import read_street_lines

        if kind == "basemap" and options.basemap_layer not in (None, "streets"):
            return _import_basemap_areas(store, project, file, options)
        try:
            streets = read_street_lines(file, project.boundary, options.crs)
        except AssetmapError:
            if kind != "basemap" or options.basemap_layer is not None:
                raise
            options.basemap_layer = "buildings"  # a file of shapes rather than lines
            return _import_basemap_areas(store, project, file, options)
        SetBasemapLayer("streets", streets, "Import streets").do(project)
        store.save(project)
        return ImportResult(len(streets), [])
    elif kind == "boundary":
        from assetmap.io.boundary import metric_crs_for, read_boundary

        shape = read_boundary(file, options.crs, options.feature)
        centre = shape.representative_point()
        SetBasemapLayer("boundary", [BasemapFeature(shape, project.info.name, "ward")], "Import boundary").do(project)
        if not project.info.metric_crs:
            project.info.metric_crs = metric_crs_for(centre.x, centre.y)
        store.save(project)
        return ImportResult(1, [])
    else:
        raise AssetmapError(say("cannot import {kind}", kind=kind))
    Macro(f"Import {len(records)} {kind}", [AddRecord(r) for r in records]).do(project)
    store.save(project)
    return ImportResult(len(records), skipped)


def _import_basemap_areas(store: GeoPackageStore, project: Project, file: str,
                          options: ImportOptions) -> ImportResult:
    """Polygons (buildings, water, parks) into the named background layer, clipped to the ward."""
    import shapely

    from assetmap.io.map_files import read_shapes
    from assetmap.model.commands import SetBasemapLayer

    frame = read_shapes(file, ("Polygon", "MultiPolygon"), f"the {options.basemap_layer} layer", options.crs)
    shapes = shapely.make_valid(frame.geometry.values)
    if project.boundary is not None:
        shapes = shapes[shapely.intersects(shapes, project.boundary)]
    name_column = next((c for c in frame.columns if c.lower() == "name"), None)
    names = frame[name_column].fillna("").astype(str).tolist() if name_column else [""] * len(frame)
    features = [BasemapFeature(s, n, options.basemap_layer) for s, n in zip(shapes, names)]
    SetBasemapLayer(options.basemap_layer, features, f"Import {options.basemap_layer}").do(project)
    store.save(project)
    return ImportResult(len(features), [])
