"""Reading any file people bring assets in as a table of rows: spreadsheets (CSV, TSV, Excel)
and map files GDAL reads (GeoJSON, KML/KMZ, GPX, Shapefile plain or zipped, GeoPackage).

A map file's rows carry their own geometry, in EPSG:4326; a spreadsheet's rows carry text that
the column mapping turns into positions later.
"""

from __future__ import annotations

import operator
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry.base import BaseGeometry

from assetmap.errors import AssetmapError, UnknownCoordinateSystem
from assetmap.io.text_files import read_csv_rows
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.wording import say

SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
MAP_SUFFIXES = (".geojson", ".json", ".kml", ".kmz", ".gpx", ".shp", ".zip", ".gpkg")
# A KMZ or zipped Shapefile larger than this once unpacked is refused: a zip bomb fills a laptop.
MAX_UNPACKED_BYTES = 2 * 1024 ** 3
MAX_COMPRESSION_RATIO = 200


@dataclass
class SourceTable:
    path: str
    columns: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    geometries: list[BaseGeometry | None] | None = None
    folders: list[str] | None = None
    notes: list[str] = field(default_factory=list)
    has_header: bool = True
    _numbers: dict = field(default_factory=dict, repr=False, compare=False)

    def column(self, name: str) -> list[str]:
        index = self.columns.index(name)
        if not self.rows or min(map(len, self.rows)) > index:
            return list(map(operator.itemgetter(index), self.rows))
        return [cells[index] if index < len(cells) else "" for cells in self.rows]

    def numbers(self, name: str):
        """A column's cells as floats (NaN where not a number), worked out once."""
        from assetmap.io.coordinates import parse_numbers

        if name not in self._numbers:
            self._numbers[name] = parse_numbers(self.column(name))
        return self._numbers[name]


def read_source(path: str | Path, crs: str | None = None, layer: str | None = None,
                progress: Progress = NO_PROGRESS) -> SourceTable:
    path = str(path)
    suffix = Path(path).suffix.lower()
    if not Path(path).exists():
        raise AssetmapError(say("{path}: no such file", path=path))
    if Path(path).is_dir():
        raise AssetmapError(say("{path}: is a folder, not a file", path=path))
    if Path(path).stat().st_size == 0:
        raise AssetmapError(say("{path}: the file is empty", path=path))
    if suffix == ".xlsx":
        return _read_excel(path, progress)
    if suffix in MAP_SUFFIXES:
        return _read_map_file(path, crs, layer, progress)
    return _read_spreadsheet_text(path, progress)


def _looks_like_number(text: str) -> bool:
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


def _read_spreadsheet_text(path: str, progress: Progress) -> SourceTable:
    header, rows = read_csv_rows(path, progress)
    numeric = sum(_looks_like_number(h) for h in header if h.strip())
    if numeric >= 2:
        # A header row names columns; two numbers in the first row mean it is data.
        width = max([len(header)] + [len(c) for _, c in rows])
        columns = [f"column {i + 1}" for i in range(width)]
        return SourceTable(path, columns, [header] + [c for _, c in rows],
                           [1] + [n for n, _ in rows], has_header=False,
                           notes=[say("the first row holds data, not column names")])
    return SourceTable(path, _unique_names(header), [c for _, c in rows], [n for n, _ in rows])


def _unique_names(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    names = []
    for i, raw in enumerate(header):
        name = raw.strip() or f"column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_excel(path: str, progress: Progress) -> SourceTable:
    try:
        import openpyxl
    except ImportError:
        raise AssetmapError(say("reading Excel files needs the openpyxl package")) from None
    _refuse_zip_bomb(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise AssetmapError(say("{path}: not an Excel workbook that can be read ({problem})",
                                path=path, problem=exc)) from None
    try:
        sheet = book.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        header = next(rows_iter, None)
        if header is None:
            raise AssetmapError(say("{path}: the first sheet is empty", path=path))
        rows, numbers = [], []
        for number, values in enumerate(rows_iter, start=2):
            rows.append([_cell_text(v) for v in values])
            numbers.append(number)
            if number % 5000 == 0:
                progress.step(0.0, say("Read {number:,} rows", number=number))
    finally:
        book.close()
    table = SourceTable(path, _unique_names([_cell_text(h) for h in header]), rows, numbers)
    if len(book.sheetnames) > 1:
        table.notes.append(say("read the first sheet, {sheet!r}, of {count}",
                               sheet=book.sheetnames[0], count=len(book.sheetnames)))
    return table


def _refuse_zip_bomb(path: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise AssetmapError(say("{path}: the file is damaged (not a readable zip archive)", path=path)) from None
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > 50 * 1024 ** 2 and unpacked / packed > MAX_COMPRESSION_RATIO):
        raise AssetmapError(say("{path}: refused, it would unpack to {megabytes:,.0f} MB (a damaged or hostile "
                                "archive)", path=path, megabytes=unpacked / 1024 ** 2))
    for info in infos:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or ".." in name.split("/"):
            raise AssetmapError(say("{path}: refused, the archive holds a file named {filename!r} that points "
                                    "outside it", path=path, filename=info.filename))


def _gdal_path(path: str, suffix: str) -> str:
    if suffix in (".kmz", ".zip"):
        _refuse_zip_bomb(path)
        return f"/vsizip/{path}"
    return path


def _chosen_layers(path: str, gdal_path: str, suffix: str, layer: str | None) -> list[str]:
    import pyogrio

    try:
        layers = [(name, kind) for name, kind in pyogrio.list_layers(gdal_path)]
    except Exception as exc:  # GDAL reports unreadable files in many ways
        raise AssetmapError(say("{path}: not a map file GDAL can read ({problem})",
                                path=path, problem=_first_line(exc))) from None
    if layer is not None:
        if layer not in [n for n, _ in layers]:
            raise AssetmapError(say("{path}: has no layer {layer!r} (it has {layers})",
                                    path=path, layer=layer, layers=", ".join(n for n, _ in layers)))
        return [layer]
    if suffix == ".gpx":
        return ["waypoints"] if any(n == "waypoints" for n, _ in layers) else []
    with_shapes = [n for n, kind in layers if kind]
    if suffix in (".kml", ".kmz", ".zip"):
        # Each My Maps layer is a folder, and a zip may hold several Shapefiles: reading
        # only the first would lose most of the file.
        return with_shapes
    return with_shapes[:1]


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _read_map_file(path: str, crs: str | None, layer: str | None, progress: Progress) -> SourceTable:
    import pyogrio

    suffix = Path(path).suffix.lower()
    gdal_path = _gdal_path(path, suffix)
    names = _chosen_layers(path, gdal_path, suffix, layer)
    if not names:
        raise AssetmapError(say("{path}: holds no points or shapes to import", path=path))
    columns: list[str] = []
    records: list[tuple[dict, BaseGeometry | None, str]] = []
    notes: list[str] = []
    for index, name in enumerate(names):
        progress.step(index / len(names), say("Reading {name}", name=name))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # GDAL renumbering repeated ids
                frame = pyogrio.read_dataframe(gdal_path, layer=name)
        except Exception as exc:
            raise AssetmapError(say("{path}: layer {name!r} cannot be read ({problem})", path=path, name=name,
                                    problem=_first_line(exc))) from None
        if frame.crs is None:
            if crs is None:
                raise UnknownCoordinateSystem(say("{path}: does not say which coordinate system it uses; give "
                                                  "it with --crs EPSG:N (or choose it in the import window)",
                                                  path=path))
            frame = frame.set_crs(crs)
        frame = _to_wgs84(path, frame)
        for column in frame.columns:
            if column != "geometry" and column not in columns:
                columns.append(column)
        for values, shape in zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry.values):
            records.append((values, shape, name))
    if len(names) > 1:
        notes.append(say("read {count} layers (folders): {layers}", count=len(names), layers=", ".join(names)))
    rows = [[_property_text(values.get(c)) for c in columns] for values, _, _ in records]
    return SourceTable(path, columns, rows, list(range(1, len(rows) + 1)),
                       geometries=[shape for _, shape, _ in records],
                       folders=[folder for _, _, folder in records]
                       if len(names) > 1 and suffix in (".kml", ".kmz") else None,
                       notes=notes)


def _to_wgs84(path: str, frame):
    try:
        return frame.to_crs("EPSG:4326")
    except Exception as exc:
        raise AssetmapError(say("{path}: its coordinates cannot be converted to latitude and longitude ({problem})",
                                path=path, problem=_first_line(exc))) from None


def _property_text(value: object) -> str:
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return _cell_text(value)
