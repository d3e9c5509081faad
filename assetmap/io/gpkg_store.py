"""Read and write a ward project as one GeoPackage.

Writing goes through GDAL (pyogrio) for the spatial layers, so the file follows the
GeoPackage specification and opens in QGIS; plain tables are added with sqlite3. Reading our
own files uses sqlite3 and shapely directly: it needs neither GDAL nor pandas, which keeps
opening a ward fast.

Saving never half-writes: the whole project goes to a new file beside the old one, which is
checked, flushed to disk and only then renamed over the old one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol

import numpy as np
import shapely

from assetmap.errors import NewerSchemaError, ProjectFileError
from assetmap.io import gpkg_schema as schema
from assetmap.model.entities import (
    Asset, BasemapFeature, Group, Link, Person, Photo, ProjectInfo, ResultFeature, ResultLayer, Vote,
)
from assetmap.model.bulk import collector_paused
from assetmap.model.project import Project
from assetmap.model.collections import RecordCollection
from assetmap.model.wording import say

SQLITE_MAGIC = b"SQLite format 3\x00"
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


class ProjectStore(Protocol):
    """Where a project lives. A GeoPackage file today; a PostGIS schema could be another."""

    location: str

    def load(self) -> Project: ...

    def save(self, project: Project) -> None: ...


class GeoPackageStore:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.location = str(self.path)

    # ------------------------------------------------------------------ loading

    def load(self) -> Project:
        conn = self._open_copy()
        try:
            with collector_paused():
                return _read_project(conn, self.location)
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError(say("{location}: the project file is damaged ({problem})",
                                       location=self.location, problem=exc)) from exc
        finally:
            conn.close()

    def _open_copy(self) -> sqlite3.Connection:
        """Copy the file into memory, check it is ours and bring it up to the current schema.

        Working on a copy means opening an old file never changes it on disk.
        """
        path = self.location
        if not self.path.exists():
            raise ProjectFileError(say("{path}: no such file", path=path))
        if self.path.is_dir():
            raise ProjectFileError(say("{path}: is a folder, not a project file", path=path))
        with open(self.path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                raise ProjectFileError(say("{path}: not a GeoPackage (it is not an SQLite file)", path=path))
        memory = sqlite3.connect(":memory:")
        try:
            source = sqlite3.connect(f"file:{self.path.resolve().as_posix()}?mode=ro", uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
            tables = {r[0] for r in memory.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        except sqlite3.DatabaseError as exc:
            memory.close()
            raise ProjectFileError(say("{path}: the file is damaged or not a GeoPackage ({problem})",
                                       path=path, problem=exc)) from exc
        if "gpkg_contents" not in tables:
            memory.close()
            raise ProjectFileError(say("{path}: not a GeoPackage (no gpkg_contents table)", path=path))
        if schema.META_TABLE not in tables:
            memory.close()
            raise ProjectFileError(
                say("{path}: a GeoPackage, but not an assetmap project (no {table} table); "
                    "import its layers into a project instead", path=path, table=schema.META_TABLE))
        version = _schema_version(memory, path)
        if version > schema.SCHEMA_VERSION:
            memory.close()
            raise NewerSchemaError(
                say("{path}: saved by a newer assetmap (project file version {version}; this version "
                    "reads up to {newest}); update assetmap to open it", path=path, version=version,
                    newest=schema.SCHEMA_VERSION))
        if version < schema.SCHEMA_VERSION:
            register_gpkg_functions(memory)
            schema.migrate(memory, version)
        return memory

    # ------------------------------------------------------------------ saving

    def save(self, project: Project, backup: bool = True) -> None:
        target = self.path
        temp = target.with_name(f".{target.stem}.saving-{os.getpid()}.gpkg")
        _remove_quietly(temp)
        try:
            write_project_file(temp, project)
            _fsync_path(temp)
            if backup:
                from assetmap.io.recovery import keep_backup

                keep_backup(target)
            os.replace(temp, target)
            _fsync_path(target.parent)
        except BaseException:
            _remove_quietly(temp)
            raise


def is_project_file(path: str | os.PathLike[str]) -> bool:
    """Is ``path`` an assetmap ward (rather than some other file, or another program's
    GeoPackage)? Reads only the header and the table list."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return False
        conn = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                (schema.META_TABLE,)).fetchone() is not None
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def open_project(path: str | os.PathLike[str]) -> Project:
    return GeoPackageStore(path).load()


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    GeoPackageStore(path).save(project)


# ====================================================================== reading


def _schema_version(conn: sqlite3.Connection, path: str) -> int:
    row = conn.execute(
        f"SELECT value FROM {schema.META_TABLE} WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise ProjectFileError(say("{path}: the project's schema version is missing or unreadable",
                                   path=path)) from None


def _read_project(conn: sqlite3.Connection, path: str) -> Project:
    meta = dict(conn.execute(f"SELECT key, value FROM {schema.META_TABLE}"))
    info = ProjectInfo(
        name=meta.get("name") or Path(path).stem,
        description=meta.get("description") or "",
        fictional=meta.get("fictional") == "true",
        created_at=meta.get("created_at") or "",
        metric_crs=meta.get("metric_crs") or "EPSG:27700",
        credits=meta.get("credits") or "",
        raster_basemap=meta.get("raster_basemap") or "",
    )
    project = Project(info)
    project.assets = RecordCollection(_read_assets(conn))
    project.people = RecordCollection(_read_people(conn))
    project.groups = RecordCollection(_read_groups(conn))
    project.links = RecordCollection(_read_links(conn))
    project.votes = RecordCollection(_read_votes(conn))
    for layer, (table, _) in schema.BASEMAP_TABLES.items():
        project.basemap[layer] = [
            BasemapFeature(geometry=_single_if_one(g), name=name or "", kind=kind or "")
            for g, name, kind in _read_spatial(conn, table, ("name", "kind")) if g is not None
        ]
    project.network_layout = {
        rid: (x, y) for rid, x, y in conn.execute("SELECT record_id, x, y FROM network_layout")}
    project.results = _read_results(conn)
    return project


def _read_results(conn: sqlite3.Connection) -> dict[str, ResultLayer]:
    import json

    from assetmap.io.gpkg_layers import RESULT_PREFIX

    tables = [r[0] for r in conn.execute(
        "SELECT table_name FROM gpkg_contents WHERE table_name LIKE ? ORDER BY table_name",
        (RESULT_PREFIX + "%",))]
    results = {}
    for table in tables:
        rows = _read_spatial(conn, table, ("title", "kind", "label", "properties"))
        features = tuple(ResultFeature(_single_if_one(g), label or "",
                                       tuple(json.loads(props or "{}").items()))
                         for g, _, _, label, props in rows)
        title = rows[0][1] if rows else table
        kind = rows[0][2] if rows else "gap"
        name = table[len(RESULT_PREFIX):]
        results[name] = ResultLayer(name, title or name, kind or "gap", features)
    return results


def _read_spatial(conn: sqlite3.Connection, table: str, columns: Iterable[str]) -> list[tuple]:
    cols = ", ".join(f'"{c}"' for c in columns)
    rows = conn.execute(f'SELECT geom, {cols} FROM "{table}" ORDER BY fid').fetchall()
    if not rows:
        return []
    geometries = shapely.from_wkb(
        np.array([_gpkg_to_wkb(r[0]) for r in rows], dtype=object), on_invalid="raise")
    return [(g, *r[1:]) for g, r in zip(geometries, rows)]


def _gpkg_to_wkb(blob: bytes | None) -> bytes | None:
    """Strip the GeoPackage header (magic, flags, SRS id and optional envelope) from a blob."""
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise sqlite3.DatabaseError("a geometry value is not a GeoPackage geometry")
    envelope = (blob[3] >> 1) & 0b111
    return bytes(blob[8 + _ENVELOPE_BYTES.get(envelope, 0):])


def register_gpkg_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions GDAL's spatial-index triggers call, so that plain sqlite3 can update
    rows of a spatial table (as migrations do) and the index stays right."""

    def shape(blob):
        return shapely.from_wkb(_gpkg_to_wkb(blob))

    conn.create_function("ST_IsEmpty", 1, lambda b: 1 if b is None or shape(b).is_empty else 0,
                         deterministic=True)
    for position, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        conn.create_function(name, 1, lambda b, i=position: None if b is None else shape(b).bounds[i],
                             deterministic=True)


def _single_if_one(geom):
    """GeoPackage layers hold Multi* types; give back a plain shape where there is one part."""
    if geom is not None and geom.geom_type.startswith("Multi") and len(geom.geoms) == 1:
        return geom.geoms[0]
    return geom


@lru_cache(maxsize=4096)
def _tuple(text: str | None) -> tuple[str, ...]:
    """A stored JSON list as a tuple; the same few lists (skills, themes) recur thousands of times."""
    return tuple(json.loads(text)) if text else ()


def _read_assets(conn: sqlite3.Connection) -> list[Asset]:
    areas = {aid: _single_if_one(g) for g, aid in _read_spatial(conn, "asset_areas", ("asset_id",))}
    photos: dict[str, list[Photo]] = {}
    for aid, name, mime, data in conn.execute(
            "SELECT asset_id, name, mime, data FROM asset_photos ORDER BY asset_id, position"):
        photos.setdefault(aid, []).append(Photo(name or "", mime or "", bytes(data or b"")))
    assets = []
    for geom, *values in _read_spatial(conn, "assets", schema.ASSET_TEXT_FIELDS):
        row = dict(zip(schema.ASSET_TEXT_FIELDS, values))
        aid = row.pop("asset_id")
        assets.append(Asset(
            id=aid,
            name=row.pop("name") or "",
            category=row.pop("category"),
            tags=_tuple(row.pop("tags")),
            photos=tuple(photos.get(aid, ())),
            geometry=areas.get(aid, geom),
            **{k: v or "" for k, v in row.items()},
        ))
    return assets


def _read_people(conn: sqlite3.Connection) -> list[Person]:
    people = []
    for (pid, name, skills, interests, roles, contact, consent_date, consent_scope, home_area,
         lon, lat, notes, external_id) in conn.execute(
            "SELECT person_id, name, skills, interests, roles, contact, consent_date, consent_scope,"
            " home_area, area_lon, area_lat, notes, external_id FROM people ORDER BY fid"):
        people.append(Person(
            id=pid, name=name or "", skills=_tuple(skills), interests=_tuple(interests),
            roles=_tuple(roles), contact=contact or "", consent_date=consent_date or "",
            consent_scope=consent_scope or "", home_area=home_area or "",
            area_location=(lon, lat) if lon is not None and lat is not None else None,
            notes=notes or "", external_id=external_id or ""))
    return people


def _read_groups(conn: sqlite3.Connection) -> list[Group]:
    return [
        Group(id=gid, name=name or "", group_kind=kind or "association",
              description=description or "", themes=_tuple(themes), contact=contact or "",
              meeting_place_id=meeting or None, external_id=external_id or "")
        for gid, name, kind, description, themes, contact, meeting, external_id in conn.execute(
            "SELECT group_id, name, group_kind, description, themes, contact, meeting_place_id,"
            " external_id FROM groups ORDER BY fid")
    ]


def _read_votes(conn: sqlite3.Connection) -> list[Vote]:
    """Votes (a table added without a schema change: files from before have none)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'votes'").fetchone() is None:
        return []
    return [Vote(id=vid, name=table or "", asset_id=aid or "", count=int(count or 1), cast_at=cast_at or "")
            for vid, aid, table, count, cast_at in conn.execute(
                "SELECT vote_id, asset_id, table_name, count, cast_at FROM votes ORDER BY fid")]


def _read_links(conn: sqlite3.Connection) -> list[Link]:
    return [
        Link(id=lid, source_id=source, target_id=target, type=ltype, strength=strength,
             note=note or "")
        for lid, source, target, ltype, strength, note in conn.execute(
            "SELECT link_id, source_id, target_id, type, strength, note FROM links ORDER BY fid")
    ]


# ====================================================================== writing


def write_project_file(path: Path, project: Project) -> None:
    """Write every layer and table of ``project`` into a new GeoPackage at ``path``."""
    from assetmap.io.gpkg_layers import write_spatial_layers

    with collector_paused():
        write_spatial_layers(path, project)
    conn = sqlite3.connect(path)
    try:
        with conn, collector_paused():
            _write_tables(conn, project)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise ProjectFileError(say("{path}: the file just written failed its check ({check})",
                                       path=path, check=check))
    finally:
        conn.close()


def _write_tables(conn: sqlite3.Connection, project: Project) -> None:
    for table in schema.ATTRIBUTE_TABLES:
        schema.create_attribute_table(conn, table)
    info = project.info
    meta = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "name": info.name, "description": info.description,
        "fictional": "true" if info.fictional else "false",
        "created_at": info.created_at, "metric_crs": info.metric_crs, "credits": info.credits,
        "raster_basemap": info.raster_basemap,
    }
    conn.executemany(f"INSERT INTO {schema.META_TABLE} (key, value) VALUES (?, ?)", meta.items())
    conn.executemany(
        "INSERT INTO people (person_id, name, skills, interests, roles, contact, consent_date,"
        " consent_scope, home_area, area_lon, area_lat, notes, external_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(p.id, p.name, schema.json_list(p.skills), schema.json_list(p.interests), schema.json_list(p.roles), p.contact,
          p.consent_date, p.consent_scope, p.home_area,
          p.area_location[0] if p.area_location else None,
          p.area_location[1] if p.area_location else None, p.notes, p.external_id)
         for p in project.people])
    conn.executemany(
        "INSERT INTO groups (group_id, name, group_kind, description, themes, contact,"
        " meeting_place_id, external_id) VALUES (?,?,?,?,?,?,?,?)",
        [(g.id, g.name, g.group_kind, g.description, schema.json_list(g.themes), g.contact,
          g.meeting_place_id, g.external_id) for g in project.groups])
    conn.executemany(
        "INSERT INTO links (link_id, source_id, target_id, type, strength, note)"
        " VALUES (?,?,?,?,?,?)",
        [(ln.id, ln.source_id, ln.target_id, ln.type, ln.strength, ln.note)
         for ln in project.links])
    conn.executemany(
        "INSERT INTO votes (vote_id, asset_id, table_name, count, cast_at) VALUES (?,?,?,?,?)",
        [(v.id, v.asset_id, v.name, v.count, v.cast_at) for v in project.votes])
    conn.executemany(
        "INSERT INTO asset_photos (asset_id, position, name, mime, data) VALUES (?,?,?,?,?)",
        [(a.id, i, ph.name, ph.mime, sqlite3.Binary(ph.data))
         for a in project.assets for i, ph in enumerate(a.photos)])
    conn.executemany(
        "INSERT INTO network_layout (record_id, x, y) VALUES (?,?,?)",
        [(rid, x, y) for rid, (x, y) in project.network_layout.items()])


def _fsync_path(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # some platforms cannot open a folder to flush it
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
