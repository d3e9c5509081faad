"""The network picture: people as circles, groups as squares; size by connector score,
colour by cluster, line style by kind of link. Click to select; selection is shared with
the map and the panels."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene,
    QGraphicsView,
)

from assetmap.ui.i18n import tr
from assetmap.model.project import Project
from assetmap.ui.plain import plain

SPREAD = 400.0  # scene units for layout coordinates in -1..1
CLUSTER_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442",
                   "#999999"]
LINK_PENS = {"member": Qt.PenStyle.SolidLine, "leads": Qt.PenStyle.SolidLine,
             "volunteers": Qt.PenStyle.SolidLine, "knows": Qt.PenStyle.DotLine,
             "partners": Qt.PenStyle.DashLine}


class NetworkView(QGraphicsView):
    selection_changed = Signal(list)  # record ids

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.setAccessibleName(tr("Network picture"))
        self.setAccessibleDescription(tr("People and groups and the links between them. Bigger "
                                      "shapes are stronger connectors; colours are clusters."))
        self.project = project
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.items: dict[str, QGraphicsItem] = {}
        self.scene().selectionChanged.connect(self._selection_from_scene)
        self._syncing = False

    def show_network(self, positions: dict, result: dict | None) -> None:
        scene = self.scene()
        scene.clear()
        self.items = {}
        nodes = {n["id"]: n for n in (result or {}).get("nodes", [])}
        top = max([n["connector_score"] for n in nodes.values()] + [1.0])
        for link in self.project.links:
            a, b = positions.get(link.source_id), positions.get(link.target_id)
            if a is None or b is None:
                continue
            pen = QPen(QColor(120, 120, 120, 110), 0.8, LINK_PENS.get(link.type, Qt.PenStyle.SolidLine))
            pen.setCosmetic(True)
            line = QGraphicsLineItem(a[0] * SPREAD, a[1] * SPREAD, b[0] * SPREAD, b[1] * SPREAD)
            line.setPen(pen)
            line.setZValue(0)
            scene.addItem(line)
        for record in list(self.project.people) + list(self.project.groups):
            where = positions.get(record.id)
            if where is None:
                continue
            info = nodes.get(record.id, {})
            size = 7 + 17 * math.sqrt(info.get("connector_score", 0) / top)
            cluster = info.get("cluster", -1)
            colour = QColor(CLUSTER_COLOURS[cluster % len(CLUSTER_COLOURS)] if cluster >= 0 else "#BBBBBB")
            if info.get("degree", 1) == 0:
                colour = QColor("#FFFFFF")
            shape_class = QGraphicsEllipseItem if record.kind == "person" else QGraphicsRectItem
            item = shape_class(QRectF(-size / 2, -size / 2, size, size))
            item.setPos(where[0] * SPREAD, where[1] * SPREAD)
            item.setBrush(QBrush(colour))
            item.setPen(QPen(QColor("#333333"), 1))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            item.setToolTip(plain(record.name))
            item.setData(0, record.id)
            item.setZValue(1 + size)
            scene.addItem(item)
            self.items[record.id] = item
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _selection_from_scene(self) -> None:
        if not self._syncing:
            self.selection_changed.emit([item.data(0) for item in self.scene().selectedItems()])

    def select(self, ids) -> None:
        self._syncing = True
        try:
            chosen = set(ids)
            for record_id, item in self.items.items():
                item.setSelected(record_id in chosen)
        finally:
            self._syncing = False

    def wheelEvent(self, event) -> None:
        factor = 1.25 ** (event.angleDelta().y() / 120.0)
        self.scale(factor, factor)
