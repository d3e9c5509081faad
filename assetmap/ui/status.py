"""The status bar's pointer position (latitude/longitude and the national grid) and scale."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel

from assetmap.ui.i18n import tr
from assetmap.model.gridref import format_grid_position
from assetmap.model.project import Project


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):.5f}° {positive if value >= 0 else negative}"


class PointerStatus:
    def __init__(self, window) -> None:
        self.window = window
        self.position = QLabel("")
        self.position.setObjectName("pointerPosition")
        self.position.setAccessibleName(tr("Pointer position"))
        self.grid = QLabel("")
        self.grid.setObjectName("pointerGrid")
        self.grid.setAccessibleName(tr("Grid reference"))
        self.scale = QLabel("")
        self.scale.setObjectName("mapScale")
        self.scale.setAccessibleName(tr("Map scale"))
        self.labels = (self.position, self.grid, self.scale)
        self._transformer = None
        self._crs = "EPSG:27700"
        self._lat = 54.0

    def set_project(self, project: Project) -> None:
        self._crs = project.info.metric_crs
        self._transformer = None

    def show_position(self, lon: float, lat: float) -> None:
        self._lat = lat
        self.position.setText(f"{_degrees(lat, 'N', 'S')}, {_degrees(lon, 'E', 'W')}")
        if self._transformer is None:
            from pyproj import Transformer

            self._transformer = Transformer.from_crs("EPSG:4326", self._crs, always_xy=True)
        x, y = self._transformer.transform(lon, lat)
        self.grid.setText(format_grid_position(self._crs, x, y) if math.isfinite(x) else "")

    def show_scale(self, pixels_per_unit: float) -> None:
        """1:N on this screen: ground metres per pixel over the pixel's size in metres."""
        dpi = self.window.logicalDpiX() or 96
        ground_per_pixel = math.cos(math.radians(self._lat)) / max(pixels_per_unit, 1e-12)
        denominator = ground_per_pixel / (0.0254 / dpi)
        self.scale.setText(tr('Scale 1:{0:,}').format(_round_scale(denominator)))


def _round_scale(value: float) -> int:
    if value <= 0 or not math.isfinite(value):
        return 0
    magnitude = 10 ** max(int(math.log10(value)) - 1, 0)
    return int(round(value / magnitude) * magnitude)

