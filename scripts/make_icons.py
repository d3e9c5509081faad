"""Render resources/assetmap.svg to the PNG and ICO the bundle and the .desktop file use.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(RESOURCES / "assetmap.svg")).render(painter)
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    render(256).save(str(RESOURCES / "assetmap.png"))
    render(64).save(str(RESOURCES / "assetmap.ico"))
