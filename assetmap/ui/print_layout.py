"""A printed map page: title, the map, its key, a scale bar, a north arrow, the date and the
data credits, on A4 to A0 paper at 300 dpi, as PDF, PNG or SVG (or on a printer).

Everything is laid out in millimetres and drawn with the window's own map code, with lines
and symbols scaled so they keep their on-screen size on paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen,
    QPolygonF,
)

from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.model.categories import CATEGORIES
from assetmap.model.geo import scene_to_lonlat
from assetmap.model.project import Project
from assetmap.ui import style
from assetmap.ui.i18n import tr
from assetmap.ui.map_layers import MapLayers
from assetmap.ui.render import paint_on, pdf_writer, scene_rect_for, svg_generator

PAPER_MM = {"A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "A1": (594, 841), "A0": (841, 1189)}
SCREEN_DPI = 96.0
MARGIN_MM = 10.0


@dataclass
class PrintOptions:
    paper: str = "A4"
    landscape: bool = True
    title: str = ""
    subtitle: str = ""
    dpi: int = 300
    bbox: tuple[float, float, float, float] | None = None
    extra_key: list[tuple[str, str]] = field(default_factory=list)  # (kind, text): "gap", "network"
    grid: bool = False  # a poster: lettered squares A-H by 1-8 and numbered assets

    def page_mm(self) -> tuple[float, float]:
        if self.paper not in PAPER_MM:
            raise AssetmapError(tr("paper {0}: choose one of {1}").format(repr(self.paper), ", ".join(PAPER_MM)))
        short, long = PAPER_MM[self.paper]
        return (long, short) if self.landscape else (short, long)


class PageGeometry:
    """Millimetres to device units for one page."""

    def __init__(self, width_mm: float, height_mm: float, units_per_mm: float) -> None:
        self.width_mm, self.height_mm, self.k = width_mm, height_mm, units_per_mm

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, size_mm: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(int(size_mm * self.k), 1))
        font.setBold(bold)
        return font


def paint_page(painter: QPainter, project: Project, layers: MapLayers, options: PrintOptions,
               page: PageGeometry) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    w, h, m = page.width_mm, page.height_mm, MARGIN_MM
    size = min(w, h) / 210  # type and furniture grow with the paper
    title_h = 16 * size
    footer_h = 8 * size
    key_w = 62 * size
    painter.fillRect(page.rect(0, 0, w, h), QColor("white"))

    painter.setPen(QColor("#111111"))
    painter.setFont(page.font(7.5 * size, bold=True))
    title = options.title or project.info.name
    painter.drawText(page.rect(m, m, w - 2 * m, 10 * size), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(page.font(3.6 * size))
    painter.setPen(QColor("#444444"))
    subtitle = options.subtitle or tr("Community assets: what the ward has")
    painter.drawText(page.rect(m, m + 10 * size, w - 2 * m, 5 * size),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)

    map_mm = (m, m + title_h, w - 2 * m - key_w - 4 * size, h - 2 * m - title_h - footer_h)
    frame = page.rect(*map_mm)
    scene = scene_rect_for(layers, options.bbox)
    scale = min(frame.width() / scene.width(), frame.height() / scene.height())
    layers.pixel_scale = page.k * 25.4 / SCREEN_DPI
    visible = QRectF(0, 0, frame.width() / scale, frame.height() / scale)
    visible.moveCenter(scene.center())
    painter.save()
    painter.setClipRect(frame)
    painter.translate(frame.center())
    painter.scale(scale, scale)
    painter.translate(-scene.center())
    layers.paint(painter, visible, scale)
    painter.restore()
    if options.grid and project.boundary is not None:
        _poster_grid(painter, page, project, frame, scene, scale, size)
    painter.setPen(QPen(QColor("#333333"), 0.35 * page.k))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)

    _north_arrow(painter, page, map_mm[0] + map_mm[2] - 14 * size, map_mm[1] + 4 * size, size)
    lat = scene_to_lonlat([visible.center().x()], [visible.center().y()])[1][0]
    metres_per_unit = math.cos(math.radians(float(lat))) / scale  # Web Mercator stretches by 1/cos(lat)
    _scale_bar(painter, page, map_mm[0] + 4 * size, map_mm[1] + map_mm[3] - 12 * size, size,
               metres_per_unit * page.k, map_mm[2] / 4)
    _key(painter, page, project, layers, options, w - m - key_w, m + title_h, key_w, size)

    painter.setFont(page.font(2.8 * size))
    painter.setPen(QColor("#444444"))
    today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    text = tr("Made with assetmap on {0}.").format(today)
    credits = layers.credits()
    if credits:
        text += " " + tr("Data: {0}").format(credits)
    painter.drawText(page.rect(m, h - m - footer_h + 2 * size, w - 2 * m, footer_h - 2 * size),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)


def _poster_grid(painter: QPainter, page: PageGeometry, project: Project, frame: QRectF, scene: QRectF,
                 scale: float, size: float) -> None:
    """Squares A-H by 1-8 over the ward, labelled on every side, and each asset's number."""
    from assetmap.model.geo import lonlat_to_scene
    from assetmap.model.poster import COLUMNS, ROWS, asset_numbers

    west, south, east, north = project.boundary.bounds
    (x0, x1), (y0, y1) = lonlat_to_scene([west, east], [north, south])

    def to_page(x: float, y: float) -> QPointF:
        return QPointF(frame.center().x() + (x - scene.center().x()) * scale,
                       frame.center().y() + (y - scene.center().y()) * scale)

    top_left, bottom_right = to_page(float(x0), float(y0)), to_page(float(x1), float(y1))
    grid = QRectF(top_left, bottom_right)
    painter.save()
    painter.setClipRect(frame)
    painter.setPen(QPen(QColor(40, 40, 40, 170), 0.35 * page.k))
    step_x, step_y = grid.width() / len(COLUMNS), grid.height() / ROWS
    for k in range(len(COLUMNS) + 1):
        painter.drawLine(QPointF(grid.left() + k * step_x, grid.top()), QPointF(grid.left() + k * step_x, grid.bottom()))
    for k in range(ROWS + 1):
        painter.drawLine(QPointF(grid.left(), grid.top() + k * step_y), QPointF(grid.right(), grid.top() + k * step_y))
    label = 6 * size * page.k
    painter.setFont(page.font(4.5 * size, bold=True))
    for k, letter in enumerate(COLUMNS):
        for y in (grid.top() + 1, grid.bottom() - label - 1):
            box = QRectF(grid.left() + k * step_x + step_x / 2 - label / 2, y, label, label)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawEllipse(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
    for k in range(ROWS):
        for x in (grid.left() + 1, grid.right() - label - 1):
            box = QRectF(x, grid.top() + k * step_y + step_y / 2 - label / 2, label, label)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawEllipse(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(k + 1))
    painter.setFont(page.font(2.4 * size, bold=True))
    numbers = asset_numbers(project)
    for asset in project.assets:
        if asset.location is None:
            continue
        (x,), (y,) = lonlat_to_scene([asset.location[0]], [asset.location[1]])
        spot = to_page(float(x), float(y))
        text = str(numbers[asset.id])
        box = QRectF(spot.x() + 2.2 * size * page.k, spot.y() - 1.6 * size * page.k, 8 * size * page.k, 3.2 * size * page.k)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 0.8 * size * page.k))
        baseline = QPointF(box.left(), box.bottom() - 0.6 * size * page.k)
        path = QPainterPath()
        path.addText(baseline, page.font(2.4 * size, bold=True), text)
        painter.strokePath(path, painter.pen())  # a white halo, so numbers read over streets
        painter.setPen(QColor("#111111"))
        painter.drawText(baseline, text)  # as text, so a PDF reader can find the numbers
    painter.restore()


def _north_arrow(painter: QPainter, page: PageGeometry, x: float, y: float, size: float) -> None:
    """Web Mercator keeps north straight up."""
    box = page.rect(x, y, 10 * size, 14 * size)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 220))
    painter.drawRoundedRect(box, 1.5 * size * page.k, 1.5 * size * page.k)
    cx = box.center().x()
    top, bottom = box.top() + 5 * size * page.k, box.bottom() - 1.5 * size * page.k
    half = 3 * size * page.k
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon(QPolygonF([QPointF(cx, top), QPointF(cx + half, bottom), QPointF(cx, bottom - half),
                                   QPointF(cx - half, bottom)]))
    painter.setPen(QColor("#222222"))
    painter.setFont(page.font(3.6 * size, bold=True))
    painter.drawText(QRectF(box.left(), box.top(), box.width(), 5 * size * page.k), Qt.AlignmentFlag.AlignCenter, "N")
    painter.restore()


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``metres``."""
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in (1, 2, 5) if step * power <= metres)


def _scale_bar(painter: QPainter, page: PageGeometry, x: float, y: float, size: float,
               metres_per_mm: float, max_mm: float) -> None:
    length_m = nice_length(metres_per_mm * max_mm)
    bar_mm = length_m / metres_per_mm
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 220))
    painter.drawRoundedRect(page.rect(x - 2 * size, y - 5 * size, bar_mm + 4 * size, 10 * size),
                            1.5 * size * page.k, 1.5 * size * page.k)
    for i in range(4):
        painter.setBrush(QColor("#222222") if i % 2 == 0 else QColor("white"))
        painter.setPen(QPen(QColor("#222222"), 0.25 * page.k))
        painter.drawRect(page.rect(x + i * bar_mm / 4, y + 1 * size, bar_mm / 4, 1.6 * size))
    painter.setPen(QColor("#222222"))
    painter.setFont(page.font(3.0 * size))
    painter.drawText(page.rect(x, y - 4.5 * size, bar_mm, 5 * size), Qt.AlignmentFlag.AlignLeft, "0")
    painter.drawText(page.rect(x, y - 4.5 * size, bar_mm, 5 * size), Qt.AlignmentFlag.AlignRight, label)
    painter.restore()


def _key(painter: QPainter, page: PageGeometry, project: Project, layers: MapLayers,
         options: PrintOptions, x: float, y: float, width: float, size: float) -> None:
    row = 6.5 * size
    painter.setPen(QColor("#111111"))
    painter.setFont(page.font(4.2 * size, bold=True))
    painter.drawText(page.rect(x, y, width, row), Qt.AlignmentFlag.AlignVCenter, tr("Key"))
    y += row
    counts: dict[str, int] = {}
    for asset in project.assets:
        counts[asset.category] = counts.get(asset.category, 0) + 1
    symbol = int(4.2 * size * page.k)
    painter.setFont(page.font(3.2 * size))
    for cat in CATEGORIES:
        if not layers.visible.get(cat.key, True):
            continue
        pixmap = style.symbol_pixmap(cat.key, symbol)
        painter.drawPixmap(QPointF(x * page.k, (y + row / 2) * page.k - pixmap.height() / 2), pixmap)
        y += _key_text(painter, page, x + 7 * size, y, width - 7 * size, row,
                       f"{tr(cat.plural)} ({counts.get(cat.key, 0)})")
    y += row / 2
    swatches = [("boundary", tr("Ward boundary")), ("streets", tr("Streets and paths")), ("water", tr("Water")),
                ("green_space", tr("Parks and green space")), ("buildings", tr("Buildings"))]
    for kind, text in swatches + options.extra_key:
        if kind in layers.visible and not layers.visible[kind]:
            continue
        if kind not in ("gap", "network") and not project.basemap.get(kind):
            continue
        _swatch(painter, page.rect(x, y + row * 0.2, 5.5 * size, row * 0.6), kind, page.k)
        painter.setPen(QColor("#111111"))
        y += _key_text(painter, page, x + 7 * size, y, width - 7 * size, row, text)


def _key_text(painter: QPainter, page: PageGeometry, x: float, y: float, width: float, row: float,
              text: str) -> float:
    """One entry of the key, wrapped onto as many lines as it needs (a translation may be far
    longer than the English); returns the height it took, in millimetres."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    needed = painter.boundingRect(page.rect(x, y, width, 10 * row), flags, text).height() / page.k
    if needed <= row:
        painter.drawText(page.rect(x, y, width, row), Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
        return row
    top = (row - painter.fontMetrics().height() / page.k) / 2  # the first line level with the symbol
    painter.drawText(page.rect(x, y + top, width, needed), flags, text)
    return needed + 2 * top


def _swatch(painter: QPainter, rect: QRectF, kind: str, k: float) -> None:
    painter.save()
    if kind == "boundary":
        painter.setPen(QPen(style.BOUNDARY, 0.6 * k, Qt.PenStyle.DashLine))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
    elif kind == "streets":
        casing, fill, _ = style.STREET_STYLES["residential"]
        painter.setPen(QPen(casing, 1.2 * k))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
        painter.setPen(QPen(fill, 0.7 * k))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
    elif kind == "gap":
        painter.setPen(QPen(style.GAP_COLOUR, 0.3 * k, Qt.PenStyle.DashLine))
        brush = QBrush(style.GAP_COLOUR, Qt.BrushStyle.BDiagPattern)
        brush.setTransform(brush.transform().scale(k / 4, k / 4))
        painter.setBrush(brush)
        painter.drawRect(rect)
    elif kind == "network":
        painter.setPen(QPen(QColor(80, 60, 140), 0.4 * k))
        painter.drawLine(rect.left(), rect.center().y(), rect.right(), rect.center().y())
    else:
        fill, outline = style.AREA_STYLES[kind]
        painter.setPen(QPen(outline, 0.25 * k))
        painter.setBrush(fill)
        painter.drawRect(rect)
    painter.restore()


def print_to_file(project: Project, path: Path, options: PrintOptions,
                  layers: MapLayers | None = None) -> Path:
    """Write the page to ``path`` (.pdf, .png or .svg), replacing it only when complete."""
    path = Path(path)
    width_mm, height_mm = options.page_mm()
    layers = layers or MapLayers(project)
    old_scale = layers.pixel_scale
    suffix = path.suffix.lower()
    title = options.title or project.info.name

    def page_at(k: float):
        return lambda painter: paint_page(painter, project, layers, options, PageGeometry(width_mm, height_mm, k))

    if suffix not in (".pdf", ".png", ".svg"):
        raise AssetmapError(f"{path}: a printed map is saved as .pdf, .png or .svg")
    try:
        with atomic_output(path) as temp:
            if suffix == ".pdf":
                paint_on(pdf_writer(temp, title, options.dpi, width_mm, height_mm), page_at(options.dpi / 25.4))
            elif suffix == ".png":
                k = options.dpi / 25.4
                image = QImage(round(width_mm * k), round(height_mm * k), QImage.Format.Format_RGB32)
                if image.isNull():
                    raise AssetmapError(f"{path}: {options.paper} at {options.dpi} dpi is too large a picture "
                                        "for this computer's memory; try PDF or a lower dpi")
                image.setDotsPerMeterX(round(options.dpi / 0.0254))
                image.setDotsPerMeterY(round(options.dpi / 0.0254))
                paint_on(image, page_at(k))
                if not image.save(str(temp), "PNG"):
                    raise AssetmapError(f"{path}: could not be written")
            else:
                k = SCREEN_DPI / 25.4
                paint_on(svg_generator(temp, title, width_mm * k, height_mm * k, round(SCREEN_DPI)), page_at(k))
    finally:
        layers.pixel_scale = old_scale
    return path

