"""The map canvas: a QGraphicsView over a Web Mercator scene holding one map item.

Mouse: click a marker to select it (Ctrl+click adds or removes), drag a marker to move it,
drag empty map to pan, Shift+drag to select everything in a box, wheel to zoom at the
pointer. In "add" mode a click asks for a new asset there. Keyboard: arrows pan, +/- zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QCursor, QImage, QKeyEvent, QMouseEvent, QPainter, QRegion, QTransform, QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsScene, QGraphicsView, QRubberBand, QStyleOptionGraphicsItem,
)

from assetmap.ui.i18n import tr
from assetmap.model.geo import scene_to_lonlat
from assetmap.ui.map_layers import MapLayers

ZOOM_STEP = 1.25
PAN_FRACTION = 0.2
HIT_PIXELS = 10
DRAG_START_PIXELS = 4


@dataclass
class _Picture:
    image: QImage
    scene_rect: QRectF
    scale: float
    version: int


class MapItem(QGraphicsItem):
    """Paints the whole map; culling happens inside MapLayers, not item by item.

    It keeps a picture of the last view. Painting again at the same zoom copies pixels; a
    pan shifts the old picture and draws only the strip that came into view; a change of
    zoom or of anything drawn (``invalidate``) draws the view afresh.
    """

    def __init__(self, layers: MapLayers) -> None:
        super().__init__()
        self.layers = layers
        self.selection: set[str] = set()
        self.version = 0
        self._picture: _Picture | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self.layers.tiles_extent

    def invalidate(self) -> None:
        self.version += 1
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        transform = painter.worldTransform()
        scale = transform.m11()
        if widget is None or transform.isRotating():
            self.layers.paint(painter, option.exposedRect, scale, self.selection)
            return
        device = QRectF(widget.rect())
        view = transform.inverted()[0].mapRect(device)
        picture = self._picture
        if picture is None or picture.version != self.version or picture.scale != scale \
                or picture.scene_rect != view:
            self._picture = self._draw(transform, device, view, scale, picture)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(0, 0), self._picture.image)
        painter.restore()

    def _draw(self, transform: QTransform, device: QRectF, view: QRectF, scale: float,
              old: _Picture | None) -> _Picture:
        image = QImage(device.size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setTransform(transform)
        fresh = QRegion(device.toRect())
        if old is not None and old.version == self.version and abs(old.scale - scale) <= 1e-9 * scale:
            dx = (old.scene_rect.left() - view.left()) * scale
            dy = (old.scene_rect.top() - view.top()) * scale
            if abs(dx - round(dx)) < 0.02 and abs(dy - round(dy)) < 0.02:
                shift = QPoint(round(dx), round(dy))
                painter.save()
                painter.resetTransform()
                painter.drawImage(QPointF(shift), old.image)
                painter.restore()
                fresh -= QRegion(old.image.rect().translated(shift))
        inverse = transform.inverted()[0]
        whole = fresh == QRegion(device.toRect())
        for rect in fresh:
            painter.save()
            if not whole:  # a clip slows Qt's stroking several times over: only when needed
                painter.resetTransform()  # the clip is in pixels: set it before the map transform
                painter.setClipRect(QRectF(rect), Qt.ClipOperation.ReplaceClip)
                painter.setTransform(transform)
            self.layers.paint(painter, inverse.mapRect(QRectF(rect)), scale, self.selection)
            painter.restore()
        painter.end()
        return _Picture(image, view, scale, self.version)


class MapCanvas(QGraphicsView):
    pointer_moved = Signal(float, float)  # longitude, latitude
    scale_changed = Signal(float)  # device pixels per scene unit
    selection_changed = Signal(list)  # asset ids
    add_requested = Signal(QPointF)  # scene position clicked in add mode
    asset_dropped = Signal(str, float, float)  # asset id, new longitude, latitude
    vertex_added = Signal(QPointF)  # scene position clicked while drawing an outline
    drawing_finished = Signal()

    SELECT, ADD, DRAW = "select", "add", "draw"

    def __init__(self, layers: MapLayers, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setAccessibleName(tr("Map"))
        self.setAccessibleDescription(
            tr("The ward map. Arrow keys move the map, plus and minus zoom, Delete removes the "
            "selected assets."))
        self.layers = layers
        self.map_item = MapItem(layers)
        scene = QGraphicsScene(self)
        scene.addItem(self.map_item)
        scene.setSceneRect(layers.tiles_extent)
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.mode = self.SELECT
        self._press: QPoint | None = None
        self._gesture: str | None = None  # "pan", "move", "band"
        self._moving: str | None = None
        self._moving_from: tuple[float, float] | None = None
        self._last_pan: QPoint | None = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())

    # ---------------------------------------------------------------- modes and selection

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        cursor = Qt.CursorShape.CrossCursor if mode in (self.ADD, self.DRAW) else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(QCursor(cursor))

    @property
    def selection(self) -> set[str]:
        return self.map_item.selection

    def set_selection(self, ids, announce: bool = True) -> None:
        new = set(ids)
        if new == self.map_item.selection:
            return
        self.map_item.selection = new
        self.refresh()
        if announce:
            self.selection_changed.emit(sorted(new))

    def asset_at(self, view_pos: QPoint) -> str | None:
        point = self.mapToScene(view_pos)
        return self.layers.points.nearest(point.x(), point.y(), HIT_PIXELS / self.pixels_per_unit,
                                          visible=self.layers.visible)

    # ---------------------------------------------------------------- zoom and pan

    @property
    def pixels_per_unit(self) -> float:
        return self.transform().m11()

    def zoom_to_rect(self, rect: QRectF, margin: float = 0.05) -> None:
        if rect.width() < 300 or rect.height() < 300:
            rect = QRectF(rect.center() - QPointF(150, 150), QSize(300, 300))
        self.fitInView(rect.adjusted(-rect.width() * margin, -rect.height() * margin,
                                     rect.width() * margin, rect.height() * margin),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_changed.emit(self.pixels_per_unit)

    def zoom_to_ward(self) -> None:
        self.zoom_to_rect(self.layers.bounds)

    def zoom_to_assets(self, ids) -> None:
        rect = self.layers.points.bounds_of(ids)
        if rect is not None:
            self.zoom_to_rect(rect, margin=0.2)

    def zoom_by(self, factor: float, anchor_under_mouse: bool = False) -> None:
        new_scale = self.pixels_per_unit * factor
        if not 1e-4 <= new_scale <= 50:
            return
        old_anchor = self.transformationAnchor()
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(old_anchor)
        self.scale_changed.emit(self.pixels_per_unit)

    def pan_by(self, dx_fraction: float, dy_fraction: float) -> None:
        viewport = self.viewport().rect()
        self.pan_pixels(int(viewport.width() * dx_fraction), int(viewport.height() * dy_fraction))

    def pan_pixels(self, dx: int, dy: int) -> None:
        """Move the map by whole pixels (centerOn would also nudge the other axis)."""
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + dx)
        vertical.setValue(vertical.value() + dy)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP ** steps, anchor_under_mouse=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-PAN_FRACTION, 0), Qt.Key.Key_Right: (PAN_FRACTION, 0),
                 Qt.Key.Key_Up: (0, -PAN_FRACTION), Qt.Key.Key_Down: (0, PAN_FRACTION)}
        if key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.mode == self.DRAW:
            self.drawing_finished.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.mode in (self.ADD, self.DRAW):
            # Without a mouse: move the map with the arrow keys, then place at the centre.
            centre = self.mapToScene(self.viewport().rect().center())
            (self.add_requested if self.mode == self.ADD else self.vertex_added).emit(centre)
        elif key == Qt.Key.Key_Escape and self._gesture is not None:
            self.cancel_gesture()  # let go of a drag: the marker goes back
        elif key == Qt.Key.Key_Escape and self.mode != self.SELECT:
            if self.mode == self.DRAW:
                self.drawing_finished.emit()
            self.set_mode(self.SELECT)
        else:
            super().keyPressEvent(event)

    # ---------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        self._press = pos
        self._last_pan = pos
        if self.mode == self.ADD:
            self.add_requested.emit(self.mapToScene(pos))
            return
        if self.mode == self.DRAW:
            self.vertex_added.emit(self.mapToScene(pos))
            return
        hit = self.asset_at(pos)
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._gesture = "band"
            self._band.setGeometry(QRect(pos, QSize()))
            self._band.show()
        elif hit is not None:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.set_selection(self.selection ^ {hit})
                self._gesture = None
            else:
                if hit not in self.selection:
                    self.set_selection({hit})
                self._gesture = "move"
                self._moving = hit
                self._moving_from = self.layers.points.position(hit)
        else:
            self._gesture = "pan"
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.mode == self.DRAW:
            self.drawing_finished.emit()
        else:
            super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        point = self.mapToScene(pos)
        lon, lat = scene_to_lonlat(point.x(), point.y())
        self.pointer_moved.emit(float(lon), float(lat))
        if self._press is None or self._gesture is None:
            return
        if self._gesture == "pan":
            delta = self._last_pan - pos
            self._last_pan = pos
            self.pan_pixels(delta.x(), delta.y())
        elif self._gesture == "band":
            self._band.setGeometry(QRect(self._press, pos).normalized())
        elif self._gesture == "move" and self._moving is not None:
            if (pos - self._press).manhattanLength() >= DRAG_START_PIXELS:
                self.layers.points.preview_move(self._moving, point.x(), point.y())
                self.refresh()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        gesture, moving = self._gesture, self._moving
        self._press, self._gesture, self._moving = None, None, None
        if gesture == "pan":
            self.set_mode(self.mode)
        elif gesture == "band":
            self._band.hide()
            rect = self.mapToScene(self._band.geometry()).boundingRect()
            ids = self.layers.points.ids_in(rect, visible=self.layers.visible)
            self.set_selection(set(ids) | (self.selection if event.modifiers() &
                                           Qt.KeyboardModifier.ControlModifier else set()))
        elif gesture == "move" and moving is not None:
            point = self.mapToScene(pos)
            moved = self.layers.points.position(moving) != self._moving_from
            if moved:
                lon, lat = scene_to_lonlat(point.x(), point.y())
                self.asset_dropped.emit(moving, float(lon), float(lat))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The map's credits, bottom right, as data licences ask."""
        credits = self.layers.credits()
        if not credits:
            return
        painter.save()
        painter.resetTransform()
        metrics = painter.fontMetrics()
        text = metrics.elidedText(credits, Qt.TextElideMode.ElideLeft, self.viewport().width() - 16)
        box = metrics.boundingRect(text).adjusted(-4, -2, 4, 2)
        box.moveBottomRight(self.viewport().rect().bottomRight() - QPoint(2, 2))
        painter.fillRect(box, QColor(255, 255, 255, 210))
        painter.setPen(QColor("#333333"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def cancel_gesture(self) -> None:
        if self._moving is not None and self._moving_from is not None:
            self.layers.points.preview_move(self._moving, *self._moving_from)
        self._press, self._gesture, self._moving = None, None, None
        self._band.hide()
        self.refresh()

    def refresh(self) -> None:
        """Something drawn has changed: draw the view afresh."""
        self.map_item.invalidate()
        self.viewport().update()
