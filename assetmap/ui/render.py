"""Drawing a project's map to a PNG, PDF or SVG file with the window's own drawing code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.model.geo import lonlat_to_scene
from assetmap.model.project import Project
from assetmap.ui.map_layers import MapLayers

DEFAULT_SIZE = (1600, 1200)


def scene_rect_for(layers: MapLayers, bbox: tuple[float, float, float, float] | None) -> QRectF:
    if bbox is None:
        rect = layers.bounds
        return rect.adjusted(-rect.width() * 0.04, -rect.height() * 0.04, rect.width() * 0.04, rect.height() * 0.04)
    minlon, minlat, maxlon, maxlat = bbox
    if not (minlon < maxlon and minlat < maxlat):
        raise AssetmapError("--bbox must be minlon,minlat,maxlon,maxlat with min below max")
    (x0, x1), (y0, y1) = lonlat_to_scene([minlon, maxlon], [maxlat, minlat])
    return QRectF(QPointF(float(x0), float(y0)), QPointF(float(x1), float(y1)))


def paint_map(painter: QPainter, layers: MapLayers, target: QRectF, scene: QRectF) -> None:
    """Fit ``scene`` into ``target`` (device units), keeping the aspect ratio, and paint."""
    scale = min(target.width() / scene.width(), target.height() / scene.height())
    centre = scene.center()
    visible = QRectF(0, 0, target.width() / scale, target.height() / scale)
    visible.moveCenter(centre)
    painter.save()
    painter.setClipRect(target)
    painter.translate(target.center())
    painter.scale(scale, scale)
    painter.translate(-centre)
    layers.paint(painter, visible, scale)
    painter.restore()


def pdf_writer(path: Path, title: str, dpi: int, width_mm: float, height_mm: float) -> QPdfWriter:
    """A one-page PDF of the given size with no margins: the map and print page both use it."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("assetmap")
    writer.setResolution(dpi)
    writer.setPageSize(QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return writer


def svg_generator(path: Path, title: str, width: float, height: float, dpi: int | None = None):
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    if dpi is not None:
        generator.setResolution(dpi)
    generator.setTitle(title)
    return generator


def paint_on(device, paint) -> None:
    """Run ``paint(painter)`` on ``device`` and finish the painter (which writes a PDF or SVG)."""
    painter = QPainter(device)
    paint(painter)
    painter.end()


def render_to_file(project: Project, path: Path, size: tuple[int, int] = DEFAULT_SIZE,
                   bbox: tuple[float, float, float, float] | None = None) -> Path:
    layers = MapLayers(project)
    scene = scene_rect_for(layers, bbox)
    suffix = path.suffix.lower()
    width, height = size
    if width < 16 or height < 16 or width > 20000 or height > 20000:
        raise AssetmapError("--size must be between 16x16 and 20000x20000 pixels")
    if suffix not in (".png", ".pdf", ".svg"):
        raise AssetmapError(f"{path}: the map can be saved as .png, .pdf or .svg")

    def paint_in(target: QRectF):
        return lambda painter: paint_map(painter, layers, target, scene)

    with atomic_output(path) as temp:
        if suffix == ".png":
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("white"))
            paint_on(image, paint_in(QRectF(0, 0, width, height)))
            if not image.save(str(temp), "PNG"):
                raise AssetmapError(f"{path}: could not be written")
        elif suffix == ".pdf":
            writer = pdf_writer(temp, project.info.name, 150, width / 150 * 25.4, height / 150 * 25.4)
            paint_on(writer, paint_in(QRectF(0, 0, writer.width(), writer.height())))
        else:
            paint_on(svg_generator(temp, project.info.name, width, height), paint_in(QRectF(0, 0, width, height)))
    return path
