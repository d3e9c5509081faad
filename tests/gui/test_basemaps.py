"""Raster backgrounds: an MBTiles file offline; online tiles only when switched on."""

import http.server
import threading

from PySide6.QtGui import QImage

from assetmap.ui.tile_layer import OnlineTileLayer, tiles_in, zoom_for




def test_online_tiles_are_off_by_default(window):
    assert not window.action_online_tiles.isChecked()
    assert window.layers.raster is None
    assert not any(isinstance(c, OnlineTileLayer) for c in window.findChildren(OnlineTileLayer))


def test_mbtiles_background_and_its_credit(window, realdata):
    path = realdata / "mbtiles" / "consbio_geography-class-png.mbtiles"
    assert window.import_path(path)
    assert window.layers.raster is not None
    assert "Geography Class" in window.layers.credits()
    window.document.save()
    from assetmap.io.gpkg_store import open_project
    assert open_project(window.path).info.raster_basemap == str(path.resolve())
    window.action_undo.trigger()
    window.import_path(realdata / "mbtiles" / "consbio_invalid.mbtiles")  # refused with a message
    assert window.project.info.raster_basemap == ""


def test_tile_arithmetic():
    from PySide6.QtCore import QRectF

    from assetmap.ui.tile_layer import ORIGIN
    assert zoom_for(256 / (2 * ORIGIN), 0, 19) == 0
    assert [t[:2] for t in tiles_in(QRectF(-ORIGIN, -ORIGIN, 2 * ORIGIN, 2 * ORIGIN), 1)] == [(0, 0), (1, 0), (0, 1), (1, 1)]


class TileServer(http.server.BaseHTTPRequestHandler):
    # An explicit length and "Connection: close": without a length the reply ends only when
    # the connection does, and Qt's HTTP layer may then send the same GET again, which would
    # be the transport's retry, not ours; closing keeps this one-thread server free.
    png = b""
    paths: list[str] = []
    agents: list[str] = []

    def do_GET(self):
        TileServer.paths.append(self.path)
        TileServer.agents.append(self.headers.get("User-Agent", ""))
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TileServer.png)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(TileServer.png)

    def log_message(self, *args):
        pass


def test_online_tiles_are_fetched_with_our_name_and_kept_for_offline_use(qtbot, tmp_path):
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0xFF3366CC)
    image.save(str(tmp_path / "t.png"))
    TileServer.png = (tmp_path / "t.png").read_bytes()
    TileServer.paths, TileServer.agents = [], []
    server = http.server.HTTPServer(("127.0.0.1", 0), TileServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        template = f"http://127.0.0.1:{server.server_port}/{{z}}/{{x}}/{{y}}.png"
        layer = OnlineTileLayer(template, "test tiles", cache=tmp_path / "cache")
        assert layer.fetch(3, 4, 2) is None  # not cached yet: asked for
        with qtbot.waitSignal(layer.tile_arrived, timeout=10_000):
            pass
        assert layer.requests == 1 and set(TileServer.paths) == {"/3/4/2.png"}
        assert TileServer.agents[0].startswith("assetmap/")
        served = len(TileServer.paths)
        again = OnlineTileLayer(template, "test tiles", cache=tmp_path / "cache")
        tile = again.fetch(3, 4, 2)
        assert tile is not None and tile.pixel(10, 10) == 0xFF3366CC
        qtbot.wait(200)
        assert again.requests == 0 and len(TileServer.paths) == served  # from the disk cache
        layer.deleteLater()
        again.deleteLater()
    finally:
        server.shutdown()
