"""The map canvas: a QGraphicsView over a Web Mercator scene holding one map item."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QStyleOptionGraphicsItem

from assetmap.model.geo import scene_to_lonlat
from assetmap.ui.map_layers import MapLayers

ZOOM_STEP = 1.25
PAN_FRACTION = 0.2


class MapItem(QGraphicsItem):
    """Paints the whole map; culling happens inside MapLayers, not item by item."""

    def __init__(self, layers: MapLayers) -> None:
        super().__init__()
        self.layers = layers
        self.selection: set[str] = set()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self.layers.tiles_extent

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scale = painter.worldTransform().m11()
        self.layers.paint(painter, option.exposedRect, scale, self.selection)


class MapCanvas(QGraphicsView):
    pointer_moved = Signal(float, float)  # longitude, latitude
    scale_changed = Signal(float)  # device pixels per scene unit

    def __init__(self, layers: MapLayers, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setAccessibleName("Map")
        self.setAccessibleDescription("The ward map. Arrow keys pan, plus and minus zoom.")
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
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)

    # ---------------------------------------------------------------- zoom and pan

    @property
    def pixels_per_unit(self) -> float:
        return self.transform().m11()

    def zoom_to_rect(self, rect: QRectF, margin: float = 0.05) -> None:
        if rect.isEmpty():
            rect = rect.adjusted(-150, -150, 150, 150)
        self.fitInView(rect.adjusted(-rect.width() * margin, -rect.height() * margin,
                                     rect.width() * margin, rect.height() * margin),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_changed.emit(self.pixels_per_unit)

    def zoom_to_ward(self) -> None:
        self.zoom_to_rect(self.layers.bounds)

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
        centre = self.mapToScene(viewport.center())
        shift = QPointF(viewport.width() * dx_fraction, viewport.height() * dy_fraction) / self.pixels_per_unit
        self.centerOn(centre + shift)

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
        else:
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        lon, lat = scene_to_lonlat(point.x(), point.y())
        self.pointer_moved.emit(float(lon), float(lat))
        super().mouseMoveEvent(event)

    def refresh(self) -> None:
        self.map_item.update()
