"""Raster tiles under the vector map: an offline MBTiles file, or online XYZ tiles that the
user has switched on (off by default; cached on disk for use offline later)."""

from __future__ import annotations

import math
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QImage, QPainter

from assetmap.model.geo import EARTH_RADIUS

WORLD = 2 * math.pi * EARTH_RADIUS
ORIGIN = math.pi * EARTH_RADIUS
MEMORY_TILES = 256
USER_AGENT = b"assetmap/0.1 (offline community asset mapping desktop app)"
DEFAULT_XYZ = ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors")


def zoom_for(pixels_per_unit: float, lowest: int, highest: int) -> int:
    """The tile zoom whose 256-pixel tiles come nearest to the screen's scale."""
    z = round(math.log2(max(pixels_per_unit, 1e-12) * WORLD / 256))
    return min(max(z, lowest), highest)


def tiles_in(rect: QRectF, z: int) -> list[tuple[int, int, QRectF]]:
    size = WORLD / (1 << z)
    last = (1 << z) - 1
    x0 = max(int((rect.left() + ORIGIN) // size), 0)
    x1 = min(int((rect.right() + ORIGIN) // size), last)
    y0 = max(int((rect.top() + ORIGIN) // size), 0)
    y1 = min(int((rect.bottom() + ORIGIN) // size), last)
    return [(x, y, QRectF(x * size - ORIGIN, y * size - ORIGIN, size, size))
            for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]


class TileLayer(QObject):
    """Paints the tiles it has; asks its source for missing ones and repaints when they come."""

    tile_arrived = Signal()

    def __init__(self, attribution: str, min_zoom: int, max_zoom: int) -> None:
        super().__init__()
        self.attribution = attribution
        self.min_zoom, self.max_zoom = min_zoom, max_zoom
        self._images: OrderedDict[tuple[int, int, int], QImage | None] = OrderedDict()

    def fetch(self, z: int, x: int, y: int) -> QImage | None:
        raise NotImplementedError

    def _remember(self, key, image: QImage | None) -> None:
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > MEMORY_TILES:
            self._images.popitem(last=False)

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        z = zoom_for(scale, self.min_zoom, self.max_zoom)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for x, y, where in tiles_in(rect, z):
            key = (z, x, y)
            if key not in self._images:
                self._remember(key, self.fetch(z, x, y))
            image = self._images[key]
            if image is not None and not image.isNull():
                painter.drawImage(where, image)
        painter.restore()


class MBTilesLayer(TileLayer):
    def __init__(self, path: Path) -> None:
        from assetmap.io.mbtiles import MBTiles

        self.source = MBTiles(path)
        info = self.source.info
        super().__init__(info.attribution or info.name, info.min_zoom, info.max_zoom)

    def fetch(self, z: int, x: int, y: int) -> QImage | None:
        data = self.source.tile(z, x, y)
        if data is None:
            return None
        image = QImage()
        return image if image.loadFromData(data) else None


def tile_cache_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "assetmap") / "tiles"


class OnlineTileLayer(TileLayer):
    """XYZ tiles from a server, only ever created when the user switches online tiles on.

    Every tile is kept on disk; a tile on disk is never fetched again, so a ward looked at
    once online can be looked at offline. Tiles are fetched only for what is on screen, as
    the OpenStreetMap tile policy asks: no bulk download.
    """

    def __init__(self, template: str = DEFAULT_XYZ[0], attribution: str = DEFAULT_XYZ[1],
                 cache: Path | None = None, max_zoom: int = 19) -> None:
        super().__init__(attribution, 0, max_zoom)
        from PySide6.QtNetwork import QNetworkAccessManager

        self.template = template
        host = QUrl(template.replace("{", "").replace("}", "")).host() or "tiles"
        self.cache = (cache or tile_cache_folder()) / host
        self.network = QNetworkAccessManager(self)
        self.network.finished.connect(self._arrived)
        self._pending: set[tuple[int, int, int]] = set()
        self.requests = 0

    def _file(self, z: int, x: int, y: int) -> Path:
        return self.cache / str(z) / str(x) / f"{y}.png"

    def fetch(self, z: int, x: int, y: int) -> QImage | None:
        file = self._file(z, x, y)
        if file.exists():
            image = QImage(str(file))
            if not image.isNull():
                return image
        self._request(z, x, y)
        return None

    def _request(self, z: int, x: int, y: int) -> None:
        from PySide6.QtNetwork import QNetworkRequest

        key = (z, x, y)
        if key in self._pending:
            return
        self._pending.add(key)
        request = QNetworkRequest(QUrl(self.template.format(z=z, x=x, y=y)))
        request.setRawHeader(b"User-Agent", USER_AGENT)
        reply = self.network.get(request)
        reply.setProperty("tile", list(key))
        self.requests += 1

    def _arrived(self, reply) -> None:
        from PySide6.QtNetwork import QNetworkReply

        key = tuple(reply.property("tile"))
        self._pending.discard(key)
        data = bytes(reply.readAll())
        ok = reply.error() == QNetworkReply.NetworkError.NoError
        reply.deleteLater()
        image = QImage()
        if not ok or not image.loadFromData(data):
            return  # try again next time this tile is on screen
        file = self._file(*key)
        file.parent.mkdir(parents=True, exist_ok=True)
        temp = file.with_suffix(".part")
        temp.write_bytes(data)
        temp.replace(file)
        self._images.pop(key, None)
        self.tile_arrived.emit()
