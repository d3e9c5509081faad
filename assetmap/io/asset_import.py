"""Turning a table of rows into assets: which column is what, where each row is, which rows
are skipped and why, and which rows are assets the ward already has.

The plan is made in full before anything changes, so an import is applied whole (one undo
step) or, when cancelled or refused, not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError
from assetmap.io.asset_sources import SourceTable
from assetmap.io.coordinates import WGS84, guess_coordinates, parse_numbers, to_wgs84
from assetmap.model.categories import CATEGORY_KEYS, normalise_category
from assetmap.model.geo import marker_points
from assetmap.model.entities import Asset, new_ids, now_iso
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.wording import say

TEXT_FIELDS = ("description", "address", "contact", "accessibility", "opening_times", "story")
COLUMN_ALIASES = {
    "name": ("name", "title", "asset", "asset name", "facility name", "site name", "venue", "stop name"),
    "category": ("category", "kind", "asset type", "abcd category"),
    "y": ("latitude", "lat", "y", "northing", "northings", "north", "y coordinate"),
    "x": ("longitude", "lon", "lng", "long", "x", "easting", "eastings", "east", "x coordinate"),
    "description": ("description", "details", "notes", "desc"),
    "tags": ("tags", "keywords", "type"),
    "address": ("address", "location", "street"),
    "contact": ("contact", "email", "phone", "telephone", "website"),
    "accessibility": ("accessibility", "access"),
    "opening_times": ("opening times", "opening_times", "hours", "times"),
    "story": ("story",),
}
DUPLICATE_DISTANCE_M = 25.0
# Where an easting/northing of 0, 0 lands once converted: a blank position in disguise.
GRID_ORIGINS = {"British National Grid": (-7.557160, 49.766807), "Irish Grid": (-10.863443, 51.218565),
                "Irish Transverse Mercator": (-15.817314, 46.488181)}


@dataclass
class ColumnMapping:
    """Which source column fills which asset field (None: not used)."""

    name: str | None = None
    category: str | None = None
    x: str | None = None
    y: str | None = None
    tags: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    default_category: str | None = None
    crs: str = WGS84
    swap: bool = False
    folders_as: str = "auto"  # "auto": a folder named like a kind is that kind, else a tag


def guess_mapping(table: SourceTable, ward: BaseGeometry | None = None,
                  crs: str | None = None, default_category: str | None = None) -> tuple[ColumnMapping, list[str]]:
    """The mapping a person would most likely choose, and notes saying what was guessed."""
    lowered = {c.strip().lower(): c for c in table.columns}
    mapping = ColumnMapping(default_category=default_category)
    notes: list[str] = []
    for target, aliases in COLUMN_ALIASES.items():
        column = next((lowered[a] for a in aliases if a in lowered), None)
        if column is None:
            continue
        if target in TEXT_FIELDS:
            mapping.fields[target] = column
        else:
            setattr(mapping, target, column)
    if mapping.name is None and table.columns:
        mapping.name = _first_text_column(table)
        if mapping.name:
            notes.append(say("names taken from column {column!r}", column=mapping.name))
    if table.geometries is None:
        if mapping.x is None or mapping.y is None:
            mapping.x, mapping.y = _numeric_pair(table)
            if mapping.x:
                notes.append(say("positions taken from columns {y!r} and {x!r}", y=mapping.y, x=mapping.x))
        if mapping.x and mapping.y:
            if crs:
                mapping.crs = crs
            else:
                guess = guess_coordinates(table.numbers(mapping.x), table.numbers(mapping.y), ward)
                mapping.crs, mapping.swap = guess.crs, guess.swapped
                notes.append(guess.reason)
    return mapping, notes


def _first_text_column(table: SourceTable) -> str | None:
    """The wordy column whose values differ most from row to row: names, not days or vans."""
    sample = table.rows[:200]
    best, best_variety = None, 0.0
    for i, column in enumerate(table.columns):
        cells = [r[i].strip() for r in sample if i < len(r) and r[i].strip()]
        if cells and sum(_wordy(c) for c in cells) > len(cells) * 0.8:
            variety = len(set(cells)) / len(cells)
            if variety > best_variety + 0.05:
                best, best_variety = column, variety
    return best


def _wordy(text: str) -> bool:
    """Mostly letters: a name, rather than a postcode, a code or a number."""
    characters = [ch for ch in text if not ch.isspace()]
    return sum(ch.isalpha() for ch in characters) >= 0.7 * len(characters)


FIELD_NAMES = {"latitude": "y", "northing": "y", "longitude": "x", "easting": "x"}


def apply_column_choices(mapping: ColumnMapping, table: SourceTable, choices: dict[str, str]) -> None:
    """Set fields from FIELD=COLUMN choices the person made, checking each column exists."""
    for field_name, column in choices.items():
        if column not in table.columns:
            raise AssetmapError(say("{path}: has no column {column!r} (its columns: {columns})",
                                     path=table.path, column=column, columns=", ".join(table.columns)))
        target = FIELD_NAMES.get(field_name, field_name)
        if target in TEXT_FIELDS:
            for other, used in list(mapping.fields.items()):
                if used == column:
                    del mapping.fields[other]
            mapping.fields[target] = column
        elif target in ("name", "category", "x", "y", "tags"):
            for text_field, used in list(mapping.fields.items()):
                if used == column:
                    del mapping.fields[text_field]
            setattr(mapping, target, column)
        else:
            raise AssetmapError(say("cannot fill {field!r}: choose one of name, category, latitude, "
                                    "longitude, easting, northing, tags, {fields}",
                                    field=field_name, fields=", ".join(TEXT_FIELDS)))


def _numeric_pair(table: SourceTable) -> tuple[str | None, str | None]:
    """Two adjacent mostly-numeric columns, taken as (y, x) for geographic files written
    latitude first, the order people and GPS units write them."""
    numeric = []
    for column in table.columns:
        values = parse_numbers(table.column(column)[:200])
        if len(values) and np.isfinite(values).mean() > 0.8 and np.nanmax(np.abs(values)) > 1:
            numeric.append(column)
    for first, second in zip(numeric, numeric[1:]):
        if table.columns.index(second) == table.columns.index(first) + 1:
            a = parse_numbers(table.column(first))
            if np.nanmax(np.abs(a)) <= 90:
                return second, first
            return first, second
    return None, None


@dataclass
class Duplicate:
    row: int
    existing: Asset
    incoming: Asset

    @property
    def merged(self) -> Asset:
        """The existing asset with blank fields filled from the incoming one and tags joined."""
        changes = {f: getattr(self.incoming, f) for f in TEXT_FIELDS
                   if not getattr(self.existing, f) and getattr(self.incoming, f)}
        tags = tuple(dict.fromkeys(self.existing.tags + self.incoming.tags))
        if tags != self.existing.tags:
            changes["tags"] = tags
        return self.existing.with_changes(**changes) if changes else self.existing


@dataclass
class ImportPlan:
    assets: list[Asset]
    rows: list[int]
    skipped: list[tuple[int, str]]
    duplicates: list[Duplicate]
    notes: list[str] = field(default_factory=list)


def plan_import(table: SourceTable, mapping: ColumnMapping, existing: list[Asset],
                ward: BaseGeometry | None = None, margin_m: float | None = None,
                metric_crs: str | None = None, recorded_by: str = "",
                progress: Progress = NO_PROGRESS) -> ImportPlan:
    if mapping.name is None:
        raise AssetmapError(say("{path}: no column holds names; choose one", path=table.path))
    if table.geometries is None and (mapping.x is None or mapping.y is None):
        raise AssetmapError(say("{path}: no columns hold positions (latitude/longitude or "
                                "eastings/northings); choose them", path=table.path))
    if mapping.category is None and mapping.default_category is None and not table.folders:
        raise AssetmapError(say("{path}: no column says which kind of asset each row is; "
                                "choose one kind for all (--category, one of {kinds})",
                                path=table.path, kinds=", ".join(CATEGORY_KEYS)))
    progress.step(0.05, say("Reading positions"))
    shapes, position_problems = _positions(table, mapping)
    skipped: list[tuple[int, str]] = []
    keep: list[int] = []
    names = [name.strip() for name in _cells(table, mapping.name)]
    categories = _cells(table, mapping.category) if mapping.category else [""] * len(table.rows)
    far = _outside_ward(shapes, ward, margin_m, metric_crs)
    kinds: dict[int, str] = {}
    for i, number in enumerate(table.row_numbers):
        if not names[i]:  # a row with a name is not blank: only these need the slower look
            blank = not any(c.strip() for c in table.rows[i]) and (table.geometries is None or shapes[i] is None)
            skipped.append((number, say("blank row") if blank else say("the name is empty")))
        elif position_problems[i]:
            skipped.append((number, position_problems[i]))
        elif far[i]:
            skipped.append((number, say("outside the ward (more than {metres:,.0f} m beyond its boundary)",
                                          metres=margin_m)))
        else:
            kind = _category_for(mapping, categories[i], table, i)
            if kind is None:
                skipped.append((number, say("kind {kind!r} is not one of {kinds}", kind=categories[i],
                                              kinds=", ".join(CATEGORY_KEYS))))
            else:
                keep.append(i)
                kinds[i] = kind
        if i % 20000 == 0:
            progress.step(0.1 + 0.4 * i / max(len(table.rows), 1), say("Checking rows"))
    stamp = now_iso()
    tag_cells = _cells(table, mapping.tags) if mapping.tags else None
    text_fields = list(mapping.fields)
    # Each field's column stripped once, then zipped into each row's values: far quicker
    # than a dictionary built cell by cell.
    stripped = [[cell.strip() for cell in _cells(table, mapping.fields[f])] for f in text_fields]
    by_row = list(zip(*stripped)) if stripped else None
    assets, rows = [], []
    ids = new_ids(len(keep))
    blank = Asset.blank_fields() | {"recorded_by": recorded_by, "recorded_at": stamp}
    for n, i in enumerate(keep):
        tags = _split_tags(tag_cells[i]) if tag_cells else ()
        category = kinds[i]
        if table.folders and normalise_category(table.folders[i]) != category:
            tags = tags + (table.folders[i],)
        values = blank.copy()
        if by_row:
            values.update(zip(text_fields, by_row[i]))
        values["id"], values["name"], values["category"] = ids[n], names[i], category
        values["tags"], values["geometry"] = tags, shapes[i]
        assets.append(Asset.from_values(values))
        rows.append(table.row_numbers[i])
        if n % 20000 == 0:
            progress.step(0.5 + 0.3 * n / max(len(keep), 1), say("Making assets"))
    progress.step(0.85, say("Looking for assets the ward already has"))
    assets, rows, duplicates = _split_duplicates(assets, rows, existing, metric_crs)
    return ImportPlan(assets, rows, sorted(skipped), duplicates, [])


def _cells(table: SourceTable, column: str | None) -> list[str]:
    return table.column(column) if column else [""] * len(table.rows)


@lru_cache(maxsize=4096)
def _split_tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


def _category_for(mapping: ColumnMapping, cell: str, table: SourceTable, i: int) -> str | None:
    """The row's own kind; the chosen kind only for rows that do not say. A kind the row gives
    but that is not one of the six is a problem to show, not a blank to fill: a "shops" row
    quietly made a person's gift would be wrong on the map."""
    if mapping.category:
        found = normalise_category(cell)
        if found:
            return found
        if cell.strip():
            return None
    if table.folders:
        found = normalise_category(table.folders[i])
        if found:
            return found
    return mapping.default_category


def _positions(table: SourceTable, mapping: ColumnMapping) -> tuple[list, list[str]]:
    count = len(table.rows)
    if table.geometries is not None:
        return _checked_shapes(table.geometries)
    xs = table.numbers(mapping.x)
    ys = table.numbers(mapping.y)
    if mapping.swap:
        xs, ys = ys, xs
    problems = [""] * count
    missing = ~np.isfinite(xs) | ~np.isfinite(ys)
    zero = (xs == 0) & (ys == 0)
    lon, lat = to_wgs84(np.where(missing, 0, xs), np.where(missing, 0, ys), mapping.crs)
    out_of_range = ~missing & ~((np.abs(lon) <= 180) & (np.abs(lat) <= 90) & np.isfinite(lon) & np.isfinite(lat))
    x_cells, y_cells = table.column(mapping.x), table.column(mapping.y)
    for i in np.flatnonzero(missing | zero | out_of_range):
        if missing[i]:
            problems[i] = say("no position: {y_column} {y!r}, {x_column} {x!r} are not both numbers",
                              y_column=mapping.y, y=y_cells[i].strip(), x_column=mapping.x, x=x_cells[i].strip())
        elif zero[i]:
            problems[i] = say("the position is 0, 0 (a missing position written as zeros)")
        else:
            problems[i] = say("the position {y}, {x} is out of range for {crs}", y=ys[i], x=xs[i], crs=mapping.crs)
    points = shapely.points(np.column_stack([lon, lat]))
    shapes = [None if problems[i] else points[i] for i in range(count)]
    return shapes, problems


def _checked_shapes(geometries: list) -> tuple[list, list[str]]:
    shapes, problems = [], []
    for shape in geometries:
        problem, fixed = _usable_shape(shape)
        shapes.append(fixed)
        problems.append(problem)
    return shapes, problems


def _usable_shape(shape: BaseGeometry | None) -> tuple[str, BaseGeometry | None]:
    if shape is None or shape.is_empty:
        return say("no position (the feature has no geometry)"), None
    west, south, east, north = shape.bounds
    if not all(np.isfinite([west, south, east, north])) or abs(west) > 180 or abs(east) > 180 \
            or abs(south) > 90 or abs(north) > 90:
        return say("the position is out of range"), None
    if shape.geom_type == "Point" and shape.x == 0 and shape.y == 0:
        return say("the position is 0, 0 (a missing position written as zeros)"), None
    if shape.geom_type == "Point":
        for crs, (lon, lat) in GRID_ORIGINS.items():
            if abs(shape.x - lon) < 1e-4 and abs(shape.y - lat) < 1e-4:
                return say("the position is the origin of the {grid}, in the sea (an easting and "
                           "northing of 0, 0 converted to latitude and longitude)", grid=crs), None
    if shape.geom_type in ("LineString", "MultiLineString"):
        return "", shape.interpolate(0.5, normalized=True)
    if shape.geom_type == "MultiPoint":
        return "", shape.geoms[0]
    if shape.geom_type in ("Polygon", "MultiPolygon") and not shape.is_valid:
        fixed = shapely.make_valid(shape)
        polygons = [g for g in getattr(fixed, "geoms", [fixed]) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not polygons:
            return say("the shape is broken beyond repair"), None
        return "", shapely.union_all(polygons)
    return "", shape


def _outside_ward(shapes: list, ward: BaseGeometry | None, margin_m: float | None,
                  metric_crs: str | None) -> np.ndarray:
    far = np.zeros(len(shapes), dtype=bool)
    if ward is None or ward.is_empty or margin_m is None:
        return far
    present = np.array([s is not None for s in shapes])
    if not present.any():
        return far
    from assetmap.analysis.walking import to_metric
    from assetmap.io.boundary import metric_crs_for

    centre = ward.representative_point()
    there, home = to_metric(metric_crs or metric_crs_for(centre.x, centre.y))
    # Widen the ward once, in metres, then test every point against it in degrees.
    area = home(there(ward).buffer(margin_m)) if margin_m > 0 else ward
    shapely.prepare(area)
    inside = shapely.intersects(area, np.asarray(shapes, dtype=object)[present])
    far[np.flatnonzero(present)[~inside]] = True
    return far


def local_metres(lonlat: np.ndarray) -> np.ndarray:
    """Degrees to metres on a flat plane through the points' middle latitude: within 0.1%
    across a ward, plenty to tell whether two places are 25 m apart."""
    lat0 = np.radians(np.nanmean(lonlat[:, 1])) if len(lonlat) else 0.0
    return np.column_stack([lonlat[:, 0] * 111_320.0 * np.cos(lat0), lonlat[:, 1] * 110_574.0])


def _split_duplicates(assets: list[Asset], rows: list[int], existing: list[Asset],
                      metric_crs: str | None) -> tuple[list[Asset], list[int], list[Duplicate]]:
    """An incoming asset with the same name as one already kept (in the ward or earlier in the
    file) within 25 m is the same place: it is offered for merging, never added twice.
    Only assets sharing a name can repeat each other, so distances are measured within each
    group of same-named assets."""
    if not assets:
        return assets, rows, []
    existing = [a for a in existing if a.geometry is not None and not a.geometry.is_empty]
    pool = existing + assets
    by_name: dict[str, list[int]] = {}
    for index, asset in enumerate(pool):
        by_name.setdefault(asset.name.strip().casefold(), []).append(index)
    repeated = [members for members in by_name.values() if len(members) > 1]
    first_match: dict[int, int] = {}
    if repeated:
        involved = np.array(sorted(i for members in repeated for i in members))
        xy = local_metres(shapely.get_coordinates(marker_points([pool[i].geometry for i in involved])))
        where = {int(i): k for k, i in enumerate(involved)}
        for members in repeated:
            spots = xy[[where[i] for i in members]]
            for start in range(0, len(members), 1000):  # a thousand rows at a time bounds memory
                block = spots[start:start + 1000]
                gap = block[:, None, :] - spots[None, :, :]
                near = np.hypot(gap[..., 0], gap[..., 1]) <= DUPLICATE_DISTANCE_M
                near &= np.arange(len(members))[None, :] < np.arange(start, start + len(block))[:, None]
                for row in np.flatnonzero(near.any(axis=1)):
                    member = members[start + row]
                    if member >= len(existing):
                        first_match[member] = members[int(np.argmax(near[row]))]
    if not first_match:
        return assets, rows, []
    kept_assets, kept_rows, duplicates = [], [], []
    for offset, (asset, row) in enumerate(zip(assets, rows)):
        index = len(existing) + offset
        match = first_match.get(index)
        while match is not None and match >= len(existing) and match in first_match:
            match = first_match[match]  # a repeat of a repeat: merge into the first of them
        if match is None:
            kept_assets.append(asset)
            kept_rows.append(row)
        else:
            duplicates.append(Duplicate(row, pool[match], asset))
    return kept_assets, kept_rows, duplicates


def plan_commands(plan: ImportPlan, merge_duplicates: bool = True, label: str | None = None):
    """One undoable step: the new assets added and, if chosen, duplicates merged into the
    assets they repeat (blank fields filled, tags joined)."""
    from assetmap.model.commands import AddRecords, ChangeRecord, Macro

    incoming = {a.id: a for a in plan.assets}
    changes: dict[str, tuple[Asset, Asset]] = {}
    if merge_duplicates:
        for duplicate in plan.duplicates:
            target = duplicate.existing.id
            if target in incoming:
                incoming[target] = Duplicate(duplicate.row, incoming[target], duplicate.incoming).merged
            else:
                old, current = changes.get(target, (duplicate.existing, duplicate.existing))
                changes[target] = (old, Duplicate(duplicate.row, current, duplicate.incoming).merged)
    commands = [AddRecords(list(incoming.values()), say("Add {count} assets", count=len(incoming)))]
    commands += [ChangeRecord(old, new) for old, new in changes.values() if old != new]
    return Macro(label or say("Import {count} assets", count=len(incoming)), commands)
