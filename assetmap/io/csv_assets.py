"""Import community assets from a CSV with name, category, latitude and longitude columns."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point

from assetmap.errors import AssetmapError, ImportProblem
from assetmap.io.text_files import read_csv_rows
from assetmap.model.categories import CATEGORY_KEYS, normalise_category
from assetmap.model.entities import Asset, new_id, now_iso

COLUMN_ALIASES = {
    "name": ("name", "title", "asset", "asset name"),
    "category": ("category", "kind", "type", "asset type"),
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
    "description": ("description", "details", "notes"),
    "tags": ("tags", "keywords"),
    "address": ("address",),
    "contact": ("contact", "email", "phone"),
    "accessibility": ("accessibility", "access"),
    "opening_times": ("opening times", "opening_times", "hours"),
    "story": ("story",),
}
REQUIRED = ("name", "category", "latitude", "longitude")


@dataclass
class AssetImport:
    assets: list[Asset]
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _column_map(path: str, header: list[str]) -> dict[str, int]:
    lowered = [h.strip().lower() for h in header]
    found: dict[str, int] = {}
    for field_name, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in lowered:
                found[field_name] = lowered.index(alias)
                break
    missing = [c for c in REQUIRED if c not in found]
    if missing:
        raise AssetmapError(
            f"{path}: missing column(s) {', '.join(missing)}; the first row must name the "
            f"columns, with at least {', '.join(REQUIRED)} (found: {', '.join(header) or 'none'})")
    return found


def _number(text: str) -> float:
    value = float(text.strip().replace(",", "."))
    if not math.isfinite(value):
        raise ValueError
    return value


def read_assets_csv(path: str | Path, recorded_by: str = "") -> AssetImport:
    """Every row becomes an asset, or nothing does: problems are collected for all rows."""
    path = str(path)
    header, rows = read_csv_rows(path)
    columns = _column_map(path, header)
    problems: list[tuple[int | None, str]] = []
    skipped: list[tuple[int, str]] = []
    assets: list[Asset] = []
    stamp = now_iso()

    def cell(cells: list[str], name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for line, cells in rows:
        if not any(c.strip() for c in cells):
            skipped.append((line, "blank row"))
            continue
        name = cell(cells, "name")
        category = normalise_category(cell(cells, "category"))
        row_problems = []
        if not name:
            row_problems.append("the name is empty")
        if category is None:
            row_problems.append(f"category {cell(cells, 'category')!r} is not one of "
                                f"{', '.join(CATEGORY_KEYS)}")
        try:
            lat, lon = _number(cell(cells, "latitude")), _number(cell(cells, "longitude"))
        except ValueError:
            row_problems.append(f"latitude {cell(cells, 'latitude')!r} / longitude "
                                f"{cell(cells, 'longitude')!r} are not numbers")
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                row_problems.append(f"latitude {lat} / longitude {lon} are out of range"
                                    " (are they eastings/northings, or swapped?)")
            elif lat == 0 and lon == 0:
                row_problems.append("latitude and longitude are both 0 (a missing position?)")
        if row_problems:
            problems.append((line, "; ".join(row_problems)))
            continue
        tags = tuple(t.strip() for t in cell(cells, "tags").replace(";", ",").split(",") if t.strip())
        assets.append(Asset(
            id=new_id(), name=name, category=category, tags=tags,
            description=cell(cells, "description"), address=cell(cells, "address"),
            contact=cell(cells, "contact"), accessibility=cell(cells, "accessibility"),
            opening_times=cell(cells, "opening_times"), story=cell(cells, "story"),
            recorded_by=recorded_by, recorded_at=stamp, geometry=Point(lon, lat)))
    if problems:
        raise ImportProblem(path, problems)
    if not assets:
        raise AssetmapError(f"{path}: no rows to import")
    return AssetImport(assets, skipped)
