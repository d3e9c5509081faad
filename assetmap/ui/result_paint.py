"""Drawing analysis results on the map: asset density as a choropleth of hexagons, an asset's
catchment (and what it alone reaches), kept walking gaps hatched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from assetmap.ui.i18n import tr
from assetmap.model.entities import ResultLayer
from assetmap.ui import style

# ColorBrewer's "Purples": light to dark for few to many assets (readable in grey too).
DENSITY_COLOURS = ("#F2F0F7", "#CBC9E2", "#9E9AC8", "#756BB1", "#54278F")
DENSITY_CLASSES = ((0, 0), (1, 1), (2, 3), (4, 6), (7, None))
CATCHMENT = QColor("#0072B2")


def density_class(total: int) -> int:
    for index, (low, high) in enumerate(DENSITY_CLASSES):
        if total >= low and (high is None or total <= high):
            return index
    return 0


def class_label(index: int) -> str:
    low, high = DENSITY_CLASSES[index]
    if high is None:
        return tr('{0} or more assets').format(low)
    if low == high:
        return tr("1 asset") if low == 1 else tr("{0} assets").format(low)
    return tr("{0}-{1} assets").format(low, high)


class ResultPaths:
    """One result layer turned into painter paths once, drawn at every repaint."""

    def __init__(self, layer: ResultLayer, to_path) -> None:
        self.layer = layer
        self.parts: list[tuple[QPainterPath, QBrush, QPen]] = []
        for feature in layer.features:
            path = to_path(feature.geometry)
            brush, pen = self._style(feature)
            self.parts.append((path, brush, pen))

    def _style(self, feature) -> tuple[QBrush, QPen]:
        kind = self.layer.kind
        if kind == "density":
            colour = QColor(DENSITY_COLOURS[density_class(int(feature.as_dict().get("total", 0)))])
            colour.setAlpha(175)
            return QBrush(colour), QPen(QColor(120, 110, 150, 160), 0.8)
        if kind == "catchment":
            alone = feature.as_dict().get("part") == "alone"
            fill = QColor(CATCHMENT)
            fill.setAlpha(130 if alone else 45)
            brush = QBrush(fill, Qt.BrushStyle.Dense4Pattern if alone else Qt.BrushStyle.SolidPattern)
            return brush, QPen(CATCHMENT, 2.0 if alone else 1.2, Qt.PenStyle.SolidLine if alone else Qt.PenStyle.DashLine)
        return QBrush(style.GAP_COLOUR, Qt.BrushStyle.BDiagPattern), QPen(style.GAP_COLOUR, 1.5, Qt.PenStyle.DashLine)

    def paint(self, painter: QPainter, pixel_scale: float) -> None:
        painter.save()
        for path, brush, pen in self.parts:
            pen = QPen(pen)
            pen.setWidthF(pen.widthF() * pixel_scale)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
        painter.restore()
