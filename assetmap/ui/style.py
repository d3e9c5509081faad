"""How the map looks: colours, line widths and the category symbols."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from assetmap.model.categories import CATEGORIES, category, outline_points

LAND = QColor("#F4F1EA")
OUTSIDE_WARD = QColor(255, 255, 255, 150)
BOUNDARY = QColor("#5B3A8C")
GAP_COLOUR = QColor("#B2182B")  # hatched, so it reads without colour too

AREA_STYLES = {
    # layer: (fill, outline)
    "water": (QColor("#A9D3E3"), QColor("#78AFC6")),
    "green_space": (QColor("#CBE6B3"), QColor("#93C47D")),
    "buildings": (QColor("#DDD5CC"), QColor("#C2B6AA")),
}

STREET_STYLES = {
    # kind: (casing colour, fill colour, width in pixels at street zoom)
    "primary": (QColor("#C99A4B"), QColor("#F9D99B"), 7.0),
    "tertiary": (QColor("#B8AFA3"), QColor("#FFFFFF"), 5.5),
    "residential": (QColor("#C9C1B6"), QColor("#FFFFFF"), 4.0),
    "footway": (QColor("#F4F1EA"), QColor("#E08C6A"), 1.5),
}


def street_class(kind: str) -> str:
    if kind in ("primary", "trunk", "motorway", "secondary"):
        return "primary"
    if kind in ("tertiary", "unclassified"):
        return "tertiary"
    if kind in ("footway", "path", "steps", "pedestrian", "cycleway", "bridleway", "track"):
        return "footway"
    return "residential"


def symbol_path(shape: str, size: float) -> QPainterPath:
    """A closed outline centred on (0, 0) for one of the category shapes."""
    r = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    if shape == "square":
        s = r * 0.88
        path.addRect(-s, -s, 2 * s, 2 * s)
        return path
    points = [QPointF(x, y) for x, y in outline_points(shape, size)]
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


@lru_cache(maxsize=64)
def symbol_pixmap(category_key: str, size: int, selected: bool = False, ratio: float = 1.0) -> QPixmap:
    """The marker for a category: its own colour and shape, with a white edge so it shows on
    any background, and a dark halo when selected."""
    cat = category(category_key)
    pad = 6 if selected else 3
    full = size + 2 * pad
    pixmap = QPixmap(int(full * ratio), int(full * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(full / 2, full / 2)
    path = symbol_path(cat.shape, size)
    if selected:
        painter.setPen(QPen(QColor("#111111"), 5))
        painter.drawPath(path)
    painter.setPen(QPen(QColor("white"), 1.6))
    painter.setBrush(QBrush(QColor(cat.colour)))
    painter.drawPath(path)
    painter.end()
    return pixmap


@lru_cache(maxsize=64)
def category_icon(category_key: str, size: int = 20) -> QPixmap:
    """The category's SVG icon (its shape and colour with a picture inside), for the key,
    the lists and close-up markers; the plain shape if the icon file is missing."""
    from PySide6.QtSvg import QSvgRenderer

    from assetmap.paths import resource

    renderer = QSvgRenderer(str(resource("icons", f"{category_key}.svg")))
    if not renderer.isValid():
        return symbol_pixmap(category_key, size)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


CATEGORY_COLOURS = {c.key: QColor(c.colour) for c in CATEGORIES}
