"""Layout of an assetmap GeoPackage: which table holds what, and migrations between versions.

Spatial layers are written through GDAL; plain tables (people, groups, links, photos,
metadata) are GeoPackage "attributes" tables written with sqlite3, because GDAL does not
round-trip binary columns such as photos.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from typing import Callable

SCHEMA_VERSION = 2
META_TABLE = "assetmap_meta"

ASSET_TEXT_FIELDS = ("asset_id", "name", "category", "description", "tags", "address", "contact",
                     "accessibility", "opening_times", "story", "recorded_by", "recorded_at")

# table -> (column, SQL type) pairs, after the integer primary key ``fid``
ATTRIBUTE_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    META_TABLE: (("key", "TEXT NOT NULL UNIQUE"), ("value", "TEXT")),
    "people": (("person_id", "TEXT NOT NULL UNIQUE"), ("name", "TEXT"), ("skills", "TEXT"),
               ("interests", "TEXT"), ("roles", "TEXT"), ("contact", "TEXT"),
               ("consent_date", "TEXT"), ("consent_scope", "TEXT"), ("home_area", "TEXT"),
               ("area_lon", "REAL"), ("area_lat", "REAL"), ("notes", "TEXT"),
               ("external_id", "TEXT")),
    "groups": (("group_id", "TEXT NOT NULL UNIQUE"), ("name", "TEXT"), ("group_kind", "TEXT"),
               ("description", "TEXT"), ("themes", "TEXT"), ("contact", "TEXT"),
               ("meeting_place_id", "TEXT"), ("external_id", "TEXT")),
    "votes": (("vote_id", "TEXT NOT NULL UNIQUE"), ("asset_id", "TEXT"), ("table_name", "TEXT"),
              ("count", "INTEGER"), ("cast_at", "TEXT")),
    "links": (("link_id", "TEXT NOT NULL UNIQUE"), ("source_id", "TEXT"), ("target_id", "TEXT"),
              ("type", "TEXT"), ("strength", "REAL"), ("note", "TEXT")),
    "asset_photos": (("asset_id", "TEXT"), ("position", "INTEGER"), ("name", "TEXT"),
                     ("mime", "TEXT"), ("data", "BLOB")),
    "network_layout": (("record_id", "TEXT NOT NULL UNIQUE"), ("x", "REAL"), ("y", "REAL")),
}

# spatial layer -> GeoPackage geometry type
BASEMAP_TABLES = {
    "boundary": ("basemap_boundary", "MultiPolygon"),
    "streets": ("basemap_streets", "MultiLineString"),
    "water": ("basemap_water", "MultiPolygon"),
    "green_space": ("basemap_green_space", "MultiPolygon"),
    "buildings": ("basemap_buildings", "MultiPolygon"),
}


def create_attribute_table(conn: sqlite3.Connection, table: str, description: str = "") -> None:
    columns = ", ".join(f'"{name}" {sqltype}' for name, sqltype in ATTRIBUTE_TABLES[table])
    conn.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns})')
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
        " VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        (table, table, description),
    )


# ---- migrations: each takes a connection to an in-memory copy at version N and makes it N+1


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Version 1 (the first prototype) kept tags as comma-separated text and links without a
    strength or note."""
    import json

    rows = conn.execute("SELECT fid, tags FROM assets").fetchall()
    for fid, tags in rows:
        items = [t.strip() for t in (tags or "").split(",") if t.strip()]
        conn.execute("UPDATE assets SET tags = ? WHERE fid = ?", (json.dumps(items), fid))
    conn.execute('ALTER TABLE links ADD COLUMN "strength" REAL')
    conn.execute('ALTER TABLE links ADD COLUMN "note" TEXT')


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}


def migrate(conn: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
    conn.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'",
                 (str(SCHEMA_VERSION),))


@lru_cache(maxsize=8192)
def json_list(items: tuple[str, ...]) -> str:
    """Lists of words (tags, skills, themes) are stored as JSON text. The same few lists
    recur across thousands of records, hence the cache."""
    return json.dumps(list(items), ensure_ascii=False)
