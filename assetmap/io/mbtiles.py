"""Raster background maps from an MBTiles file (a SQLite file of map tiles), read offline.

MBTiles stores rows in TMS order (row 0 at the south); callers ask in XYZ order (row 0 at
the north) and get the image bytes, or None where the file has no tile.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.wording import say

IMAGE_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg", b"RIFF": "webp", b"GIF8": "gif"}


def sniff_image(data: bytes) -> str | None:
    for magic, kind in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def plain_text(markup: str) -> str:
    """Attribution in MBTiles is often HTML; the map shows it as text."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup or ""))).strip()


@dataclass
class MBTilesInfo:
    name: str
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None
    attribution: str
    format: str


class MBTiles:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise AssetmapError(say("{path}: no such file", path=path))
        try:
            self.conn = sqlite3.connect(f"file:{self.path.resolve().as_posix()}?mode=ro", uri=True,
                                        check_same_thread=False)
            names = {r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        except sqlite3.DatabaseError as exc:
            raise AssetmapError(say("{path}: not an MBTiles file ({problem})", path=path, problem=exc)) from None
        if "tiles" not in names:
            self.conn.close()
            raise AssetmapError(say("{path}: not an MBTiles file (it has no tiles table)", path=path))
        self.info = self._read_info("metadata" in names)

    def _read_info(self, has_metadata: bool) -> MBTilesInfo:
        meta = dict(self.conn.execute("SELECT name, value FROM metadata")) if has_metadata else {}
        low, high = self.conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        if low is None:
            raise AssetmapError(say("{path}: the MBTiles file holds no tiles", path=self.path))
        try:
            bounds = tuple(float(v) for v in meta.get("bounds", "").split(","))
        except ValueError:
            bounds = ()
        kind = meta.get("format") or ""
        if not kind:
            row = self.conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
            kind = sniff_image(bytes(row[0])) or "unknown" if row and row[0] else "unknown"
        return MBTilesInfo(
            name=meta.get("name") or self.path.stem,
            min_zoom=int(meta.get("minzoom", low)), max_zoom=int(meta.get("maxzoom", high)),
            bounds=bounds if len(bounds) == 4 else None,
            attribution=plain_text(meta.get("attribution", "")), format=kind)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """Image bytes of tile (z, x, y) in XYZ numbering; None if absent or not an image."""
        row = self.conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, (1 << z) - 1 - y)).fetchone()
        if row is None or row[0] is None:
            return None
        data = bytes(row[0])
        return data if sniff_image(data) else None

    def close(self) -> None:
        self.conn.close()
