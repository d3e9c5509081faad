"""Drawing a project's map with QPainter, shared by the window and the `render` command.

Speed comes from doing little Python work per paint: basemap features are merged once into
one QPainterPath per style and grid tile, so a paint is a few dozen C++ calls whatever the
number of streets; assets are culled with numpy and drawn as cached symbol pixmaps, or as
dots when tens of thousands are in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from assetmap.model.categories import CATEGORIES, CATEGORY_KEYS
from assetmap.model.geo import lonlat_to_scene
from assetmap.model.project import Project
from assetmap.ui import style

FEATURES_PER_TILE = 120  # small tiles: a close-up view strokes only what is near it
SYMBOL_SIZE = 16
DOT_MODE_ABOVE = 3000  # visible assets beyond which markers become dots
ICON_MARKERS_ABOVE = 1.2  # device pixels per scene unit beyond which markers show their icon
ICON_SIZE = 24


def _scene_parts(geometries: list, rings: bool) -> tuple[np.ndarray, list[np.ndarray]]:
    """Per drawable part (line, or polygon ring): the feature index and scene coordinates."""
    if not geometries:
        return np.empty(0, dtype=int), []
    geoms = np.array(geometries, dtype=object)
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    if rings:
        ring_geoms, ring_owner = shapely.get_rings(parts, return_index=True)
        parts, part_owner = ring_geoms, part_owner[ring_owner]
    coords, coord_owner = shapely.get_coordinates(parts, return_index=True)
    x, y = lonlat_to_scene(coords[:, 0], coords[:, 1])
    scene = np.column_stack([x, y])
    splits = np.flatnonzero(np.diff(coord_owner)) + 1
    return part_owner, np.split(scene, splits)


def _polygon(points: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(px, py) for px, py in points.tolist()])


@dataclass
class TiledPaths:
    """Paths of one style, one QPainterPath per tile with the tile's bounding box."""

    paths: list[QPainterPath] = field(default_factory=list)
    boxes: np.ndarray = field(default_factory=lambda: np.empty((0, 4)))

    @classmethod
    def build(cls, parts: list[np.ndarray], closed: bool) -> "TiledPaths":
        if not parts:
            return cls()
        centres = np.array([p.mean(axis=0) for p in parts])
        left, top = centres.min(axis=0)
        right, bottom = centres.max(axis=0)
        count = int(min(max(np.sqrt(len(parts) / FEATURES_PER_TILE), 1), 64))
        tw = max((right - left) / count, 1e-9)
        th = max((bottom - top) / count, 1e-9)
        col = np.clip(((centres[:, 0] - left) // tw).astype(int), 0, count - 1)
        row = np.clip(((centres[:, 1] - top) // th).astype(int), 0, count - 1)
        tiles: dict[int, list[int]] = {}
        for index, key in enumerate((row * count + col).tolist()):
            tiles.setdefault(key, []).append(index)
        paths, boxes = [], []
        for members in tiles.values():
            path = QPainterPath()
            for i in members:
                polygon = _polygon(parts[i])
                if closed:
                    path.addPolygon(polygon)
                    path.closeSubpath()
                else:
                    # Each pair of vertices as its own piece: Qt strokes unjoined segments on
                    # a fast path, and joined polylines many times slower (about 7 ms
                    # against 0.3 ms per hundred segments); square caps hide the seams.
                    for k in range(1, polygon.size()):
                        path.moveTo(polygon[k - 1])
                        path.lineTo(polygon[k])
            paths.append(path)
            stacked = np.vstack([parts[i] for i in members])
            boxes.append((*stacked.min(axis=0), *stacked.max(axis=0)))
        return cls(paths, np.array(boxes))

    def visible(self, rect: QRectF) -> list[QPainterPath]:
        if not self.paths:
            return []
        b = self.boxes
        keep = ((b[:, 2] >= rect.left()) & (b[:, 0] <= rect.right())
                & (b[:, 3] >= rect.top()) & (b[:, 1] <= rect.bottom()))
        return [self.paths[i] for i in np.flatnonzero(keep)]


# Pixel offsets of a dot about four pixels across.
_DOT = np.array([(dx, dy) for dx in range(-2, 3) for dy in range(-2, 3) if dx * dx + dy * dy <= 4])
_DOT_COLOURS = np.array([0xFF000000 | int(c.colour[1:], 16) for c in CATEGORIES], dtype=np.uint32)


def _stamp_dots(painter: QPainter, categories: np.ndarray, px: np.ndarray, py: np.ndarray) -> None:
    """Tens of thousands of markers as dots: stamped into an image with numpy and drawn in one
    call, far faster than asking QPainter for each dot. ``px, py`` are device coordinates."""
    device = painter.device()
    pad = 2  # the dot's radius: a margin so no stamp needs a bounds check
    x0, y0 = int(max(np.floor(px.min()), 0)), int(max(np.floor(py.min()), 0))
    x1, y1 = int(min(np.ceil(px.max()) + 1, device.width())), int(min(np.ceil(py.max()) + 1, device.height()))
    if x1 <= x0 or y1 <= y0:
        return
    keep = (px >= x0) & (px < x1) & (py >= y0) & (py < y1)
    width = x1 - x0 + 2 * pad
    pixels = np.zeros((y1 - y0 + 2 * pad) * width, dtype=np.uint32)
    order = np.argsort(categories[keep], kind="stable")  # later kinds on top, as with symbols
    xi = (px[keep][order] - x0).astype(np.int64) + pad
    yi = (py[keep][order] - y0).astype(np.int64) + pad
    base = yi * width + xi
    colours = _DOT_COLOURS[categories[keep][order]]
    for dx, dy in _DOT:
        pixels[base + (dy * width + dx)] = colours
    image = QImage(pixels.data, width, y1 - y0 + 2 * pad, width * 4, QImage.Format.Format_ARGB32_Premultiplied)
    painter.drawImage(QPointF(x0 - pad, y0 - pad), image)


class AssetPoints:
    """Scene positions of every located asset, kept in step with the project's assets."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.on_change: list = []  # callables run after any change
        self.rebuild()
        project.assets.added.connect(self._record_added_or_removed)
        project.assets.removed.connect(self._record_added_or_removed)
        project.assets.changed.connect(self._record_changed)

    def detach(self) -> None:
        """Stop following the project (its view is gone)."""
        self.project.assets.added.disconnect(self._record_added_or_removed)
        self.project.assets.removed.disconnect(self._record_added_or_removed)
        self.project.assets.changed.disconnect(self._record_changed)
        self.on_change.clear()

    def _record_added_or_removed(self, _record) -> None:
        self._changed(rebuild=True)

    def rebuild(self) -> None:
        located = [(a.id, a.category, a.location, a.name) for a in self.project.assets
                   if a.location is not None]
        self.ids = [r[0] for r in located]
        self.names = [r[3] for r in located]
        self.category_index = np.array([CATEGORY_KEYS.index(r[1]) for r in located], dtype=int)
        lonlat = np.array([r[2] for r in located], dtype=float).reshape(-1, 2)
        x, y = lonlat_to_scene(lonlat[:, 0], lonlat[:, 1])
        self.x, self.y = np.array(x, dtype=float), np.array(y, dtype=float)
        self.index_of = {rid: i for i, rid in enumerate(self.ids)}

    def _record_changed(self, old, new) -> None:
        i = self.index_of.get(new.id)
        location = new.location
        if i is None or location is None:
            self._changed(rebuild=True)
            return
        x, y = lonlat_to_scene(*location)
        self.x[i], self.y[i] = float(x), float(y)
        self.category_index[i] = CATEGORY_KEYS.index(new.category)
        self.names[i] = new.name
        self._changed(rebuild=False)

    def _changed(self, rebuild: bool) -> None:
        if rebuild:
            self.rebuild()
        for callback in self.on_change:
            callback()

    def _shown(self, index: np.ndarray, visible: dict | None) -> np.ndarray:
        if visible is None or not index.size:
            return index
        shown = np.array([visible.get(key, True) for key in CATEGORY_KEYS])
        return index[shown[self.category_index[index]]]

    def in_rect(self, rect: QRectF) -> np.ndarray:
        return np.flatnonzero((self.x >= rect.left()) & (self.x <= rect.right())
                              & (self.y >= rect.top()) & (self.y <= rect.bottom()))

    def ids_in(self, rect: QRectF, visible: dict | None = None) -> list[str]:
        return [self.ids[i] for i in self._shown(self.in_rect(rect), visible).tolist()]

    def nearest(self, x: float, y: float, within: float, visible: dict | None = None) -> str | None:
        index = self._shown(np.arange(len(self.ids)), visible)
        if not index.size:
            return None
        d2 = (self.x[index] - x) ** 2 + (self.y[index] - y) ** 2
        k = int(np.argmin(d2))
        return self.ids[index[k]] if d2[k] <= within * within else None

    def position(self, record_id: str) -> tuple[float, float] | None:
        i = self.index_of.get(record_id)
        return None if i is None else (float(self.x[i]), float(self.y[i]))

    def preview_move(self, record_id: str, x: float, y: float) -> None:
        """Show a marker somewhere else while it is dragged; the model changes on release."""
        i = self.index_of.get(record_id)
        if i is not None:
            self.x[i], self.y[i] = x, y

    def bounds_of(self, ids) -> QRectF | None:
        index = [self.index_of[i] for i in ids if i in self.index_of]
        if not index:
            return None
        xs, ys = self.x[index], self.y[index]
        return QRectF(QPointF(xs.min(), ys.min()), QPointF(xs.max(), ys.max()))


class MapLayers:
    """Everything needed to paint one project, built once and refreshed on change."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.visible: dict[str, bool] = {name: True for name in
                                         ("boundary", "streets", "water", "green_space", "buildings")}
        self.visible.update({key: True for key in CATEGORY_KEYS})
        self.points = AssetPoints(project)
        self.draft: list[QPointF] = []  # an outline being drawn, in scene units
        self.raster = None  # a TileLayer drawn under the vector map, when there is one
        self.visible["raster"] = True
        self.visible["network"] = False  # links drawn over the map, when asked for
        self.visible["gaps"] = True
        self.gap_path = QPainterPath()  # the area beyond walking distance, when measured
        self.preview = None  # a result just measured and not kept: ResultPaths
        self._kept: dict[str, object] = {}  # kept results by name: ResultPaths
        self._network_lines: list[QLineF] | None = None
        # Device pixels per screen pixel: 1 on screen, about 3 for a 300 dpi print, so that
        # lines, symbols and labels keep their size on paper.
        self.pixel_scale = 1.0
        self.rebuild_basemap()
        project.basemap_changed.connect(self._basemap_changed)
        for collection in (project.links, project.groups, project.people, project.assets):
            for signal in (collection.added, collection.removed, collection.changed):
                signal.connect(self.forget_network)

    def _basemap_changed(self, _layer: str) -> None:
        self.rebuild_basemap()

    def detach(self, *_) -> None:
        self.points.detach()
        self.project.basemap_changed.disconnect(self._basemap_changed)
        for collection in (self.project.links, self.project.groups, self.project.people, self.project.assets):
            for signal in (collection.added, collection.removed, collection.changed):
                signal.disconnect(self.forget_network)

    # ---------------------------------------------------------------- building

    def credits(self) -> str:
        """What the map must credit: the project's sources and the raster tiles shown."""
        parts = [self.project.info.credits] if self.project.info.credits else []
        if self.raster is not None and self.visible["raster"] and self.raster.attribution:
            parts.append(self.raster.attribution)
        return " · ".join(parts)

    def extent(self) -> QRectF:
        """The ward's extent in scene units: its boundary, else everything on the map."""
        geoms = [f.geometry for f in self.project.basemap["boundary"]]
        if not geoms:
            geoms = [f.geometry for layer in self.project.basemap.values() for f in layer]
            geoms += [a.geometry for a in self.project.assets if a.geometry is not None]
        if not geoms:
            x, y = lonlat_to_scene(-1.5, 53.5)  # an empty project opens over northern England
            return QRectF(float(x) - 5000, float(y) - 5000, 10000, 10000)
        minx, miny, maxx, maxy = shapely.total_bounds(np.array(geoms, dtype=object))
        (x0, x1), (y0, y1) = lonlat_to_scene([minx, maxx], [maxy, miny])
        return QRectF(QPointF(float(x0), float(y0)), QPointF(float(x1), float(y1)))

    def rebuild_basemap(self) -> None:
        basemap = self.project.basemap
        self.bounds = self.extent()
        b = self.bounds
        self.tiles_extent = b.adjusted(-b.width(), -b.height(), b.width(), b.height())
        self.areas: dict[str, TiledPaths] = {}
        for layer in ("water", "green_space", "buildings"):
            _, parts = _scene_parts([f.geometry for f in basemap[layer]], rings=True)
            self.areas[layer] = TiledPaths.build(parts, closed=True)
        self.streets: dict[str, TiledPaths] = {}
        features = basemap["streets"]
        owners, parts = _scene_parts([f.geometry for f in features], rings=False)
        classes = np.array([style.street_class(f.kind) for f in features] or [""], dtype=object)
        for cls in style.STREET_STYLES:
            chosen = [p for p, owner in zip(parts, owners) if classes[owner] == cls]
            self.streets[cls] = TiledPaths.build(chosen, closed=False)
        boundary = QPainterPath()
        _, rings = _scene_parts([f.geometry for f in basemap["boundary"]], rings=True)
        for ring in rings:
            boundary.addPolygon(_polygon(ring))
            boundary.closeSubpath()
        self.boundary_path = boundary
        self.street_labels = self._street_labels(features, owners, parts)
        self._label_xy = np.array([(x, y) for _, x, y, _, _ in self.street_labels], dtype=float).reshape(-1, 2)

    @staticmethod
    def _street_labels(features, owners, parts) -> list[tuple[str, float, float, float, float]]:
        """One label anchor per street segment: (name, x, y, angle in degrees, length)."""
        labels = []
        for part, owner in zip(parts, owners):
            name = features[owner].name
            if not name or len(part) < 2:
                continue
            a, b = part[0], part[-1]
            mid = part[len(part) // 2]
            angle = float(np.degrees(np.arctan2(b[1] - a[1], b[0] - a[0])))
            if angle > 90:
                angle -= 180
            elif angle < -90:
                angle += 180
            labels.append((name, float(mid[0]), float(mid[1]), angle, float(np.hypot(*(b - a)))))
        return labels

    # ---------------------------------------------------------------- painting

    def paint(self, painter: QPainter, rect: QRectF, scale: float,
              selection: set[str] | frozenset[str] = frozenset(), labels: bool = True) -> None:
        """Paint what lies in ``rect`` (scene units); ``scale`` is device pixels per scene unit."""
        k = self.pixel_scale
        level = scale / k  # what the drawing would show at this zoom on a screen
        painter.fillRect(rect, style.LAND)
        if self.raster is not None and self.visible["raster"]:
            self.raster.paint(painter, rect, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for layer in ("green_space", "water"):
            if self.visible[layer]:
                fill, outline = style.AREA_STYLES[layer]
                self._fill(painter, self.areas[layer], rect, fill, outline, k)
        if self.visible["buildings"] and level > 0.35:
            fill, outline = style.AREA_STYLES["buildings"]
            self._fill(painter, self.areas["buildings"], rect, fill, outline, k)
        if self.visible["streets"]:
            self._paint_streets(painter, rect, level, k)
        if self.visible["boundary"] and not self.boundary_path.isEmpty():
            outside = QPainterPath()
            outside.addRect(rect.adjusted(-10, -10, 10, 10))
            painter.fillPath(outside.subtracted(self.boundary_path), style.OUTSIDE_WARD)
            pen = QPen(style.BOUNDARY, 2.5 * k, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.strokePath(self.boundary_path, pen)
        if self.draft:
            pen = QPen(style.BOUNDARY, 2.0 * k)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QColor(91, 58, 140, 40))
            painter.drawPolygon(QPolygonF(self.draft))
        if labels and self.visible["streets"] and level > 0.9:
            self._paint_street_labels(painter, rect, scale)
        if self.visible["gaps"] and not self.gap_path.isEmpty():
            painter.setBrush(QBrush(style.GAP_COLOUR, Qt.BrushStyle.BDiagPattern))
            pen = QPen(style.GAP_COLOUR, 1.5 * k, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawPath(self.gap_path)
        for name, paths in self.kept_results().items():
            if self.visible.get(f"result:{name}", True):
                paths.paint(painter, k)
        if self.preview is not None and self.visible.get("preview", True):
            self.preview.paint(painter, k)
        if self.visible["network"]:
            self._paint_network(painter)
        self._paint_assets(painter, rect, scale, selection, labels)

    def shape_path(self, shape) -> QPainterPath:
        path = QPainterPath()
        if shape is not None and not shape.is_empty:
            _, rings = _scene_parts([shape], rings=True)
            for ring in rings:
                path.addPolygon(_polygon(ring))
                path.closeSubpath()
        return path

    def set_preview(self, layer) -> None:
        """Show a result just measured (a ResultLayer, or None to clear)."""
        from assetmap.ui.result_paint import ResultPaths

        self.preview = ResultPaths(layer, self.shape_path) if layer is not None else None

    def kept_results(self) -> dict:
        """Paths for the results kept in the ward, made again when the layers change."""
        from assetmap.ui.result_paint import ResultPaths

        layers = self.project.results
        if set(self._kept) != set(layers) or any(self._kept[n].layer is not layers[n] for n in layers):
            self._kept = {name: ResultPaths(layer, self.shape_path) for name, layer in layers.items()}
        return self._kept

    def set_gaps(self, area) -> None:
        """Show ``area`` (lon/lat shapes, or None) as the hatched gap layer."""
        path = QPainterPath()
        if area is not None:
            _, rings = _scene_parts([area], rings=True)
            for ring in rings:
                path.addPolygon(_polygon(ring))
                path.closeSubpath()
        self.gap_path = path

    def network_lines(self) -> list[QLineF]:
        """Every link whose two ends have a place: a group at its meeting place, a person at
        their approximate home area, an asset where it is. Rebuilt after any change."""
        if self._network_lines is None:
            from assetmap.io.gpkg_layers import record_position

            lines = []
            for link in self.project.links:
                a = record_position(self.project, link.source_id)
                b = record_position(self.project, link.target_id)
                if a and b and a != b:
                    (x0, x1), (y0, y1) = lonlat_to_scene([a[0], b[0]], [a[1], b[1]])
                    lines.append(QLineF(float(x0), float(y0), float(x1), float(y1)))
            self._network_lines = lines
        return self._network_lines

    def forget_network(self, *_) -> None:
        self._network_lines = None

    def _paint_network(self, painter: QPainter) -> None:
        pen = QPen(QColor(80, 60, 140, 90), 1.2 * self.pixel_scale)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLines(self.network_lines())

    @staticmethod
    def _fill(painter: QPainter, tiles: TiledPaths, rect: QRectF, fill: QColor, outline: QColor,
              k: float) -> None:
        pen = QPen(outline, 1.0 * k)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        for path in tiles.visible(rect):
            painter.drawPath(path)

    def _paint_streets(self, painter: QPainter, rect: QRectF, level: float, k: float) -> None:
        zoom = min(max(level / 0.6, 0.25), 2.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        visible = {cls: tiles.visible(rect) for cls, tiles in self.streets.items()}
        for casing in (True, False):
            for cls in ("residential", "tertiary", "primary", "footway"):
                casing_colour, fill_colour, width = style.STREET_STYLES[cls]
                w = max(width * zoom, 1.0)
                if casing and w < 2.5:
                    continue  # too thin for a casing to show
                pen = QPen(casing_colour if casing else fill_colour, (w + 2 if casing else w) * k)
                pen.setCosmetic(True)
                # Round caps and round joins make Qt's antialiased stroking 25-100x slower
                # (measured: 349 ms against 15 ms for 2,000 segments 8 px wide); streets
                # bend gently, where square caps and mitred joins look the same.
                pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                if not casing and w < 2.5:
                    pen.setColor(casing_colour.darker(105))
                # One-pixel lines look the same without antialiasing and draw many times faster.
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, w >= 1.5)
                painter.setPen(pen)
                for path in visible[cls]:
                    painter.drawPath(path)

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_street_labels(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        font = QFont()
        font.setPointSizeF(7.5)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.setPen(QColor("#4A4A4A"))
        placed: list[QRectF] = []
        seen: set[str] = set()
        xy = self._label_xy
        inside = np.flatnonzero((xy[:, 0] >= rect.left()) & (xy[:, 0] <= rect.right())
                                & (xy[:, 1] >= rect.top()) & (xy[:, 1] <= rect.bottom()))
        for k in inside.tolist():  # culled with numpy: thousands of streets lie off screen
            name, x, y, angle, length = self.street_labels[k]
            if name in seen:
                continue
            text_width = metrics.horizontalAdvance(name)
            if length * scale < text_width + 8 * self.pixel_scale:
                continue
            device = painter.transform().map(QPointF(x, y))
            half_height = 8 * self.pixel_scale
            box = QRectF(device.x() - text_width / 2, device.y() - half_height, text_width, 2 * half_height)
            if any(box.intersects(other) for other in placed):
                continue
            placed.append(box)
            seen.add(name)
            painter.save()
            painter.resetTransform()
            painter.translate(device)
            painter.rotate(angle)
            painter.drawText(QPointF(-text_width / 2, 3 * self.pixel_scale), name)
            painter.restore()

    def _paint_assets(self, painter: QPainter, rect: QRectF, scale: float,
                      selection, labels: bool) -> None:
        points = self.points
        k = self.pixel_scale
        level = scale / k
        symbol = round(SYMBOL_SIZE * k)
        margin = symbol / max(scale, 1e-9)
        index = points.in_rect(rect.adjusted(-margin, -margin, margin, margin))
        shown = np.array([self.visible[CATEGORY_KEYS[c]] for c in range(len(CATEGORY_KEYS))])
        if index.size:
            index = index[shown[points.category_index[index]]]
        transform = painter.transform()
        m11, m22, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        px = points.x[index] * m11 + dx
        py = points.y[index] * m22 + dy
        painter.save()
        painter.resetTransform()
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        if index.size > DOT_MODE_ABOVE:
            _stamp_dots(painter, points.category_index[index], px, py)
        else:
            if level > ICON_MARKERS_ABOVE:
                icon = round(ICON_SIZE * k)
                half = icon / 2
                pixmaps = [style.category_icon(key, icon) for key in CATEGORY_KEYS]
            else:
                half = symbol / 2 + 3
                pixmaps = [style.symbol_pixmap(key, symbol, False, ratio) for key in CATEGORY_KEYS]
            for c, x, y in zip(points.category_index[index].tolist(), px.tolist(), py.tolist()):
                painter.drawPixmap(QPointF(x - half, y - half), pixmaps[c])
            if labels and level > 1.6 and index.size < 400:
                self._paint_asset_labels(painter, index, px, py)
        for rid in selection:
            i = points.index_of.get(rid)
            if i is None or not self.visible[CATEGORY_KEYS[points.category_index[i]]]:
                continue
            x, y = points.x[i] * m11 + dx, points.y[i] * m22 + dy
            half = symbol / 2 + 6
            pixmap = style.symbol_pixmap(CATEGORY_KEYS[points.category_index[i]], symbol, True, ratio)
            painter.drawPixmap(QPointF(x - half, y - half), pixmap)
        painter.restore()

    def _paint_asset_labels(self, painter: QPainter, index, px, py) -> None:
        font = QFont()
        font.setPointSizeF(8)
        font.setBold(True)
        painter.setFont(font)
        halo = QPen(QColor(255, 255, 255, 220), 3 * self.pixel_scale)
        for i, x, y in zip(index.tolist(), px.tolist(), py.tolist()):
            path = QPainterPath()
            k = self.pixel_scale
            path.addText(QPointF(x + (SYMBOL_SIZE / 2 + 4) * k, y + 4 * k), font, self.points.names[i])
            painter.strokePath(path, halo)
            painter.fillPath(path, QColor("#222222"))
