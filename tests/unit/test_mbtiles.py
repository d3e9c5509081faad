"""MBTiles read offline, including the real broken files."""

import pytest

from assetmap.errors import AssetmapError
from assetmap.io.mbtiles import MBTiles, plain_text, sniff_image


def test_world_tiles_without_a_format_key(realdata):
    tiles = MBTiles(realdata / "mbtiles" / "consbio_geography-class-png.mbtiles")
    assert (tiles.info.min_zoom, tiles.info.max_zoom) == (0, 1)
    assert tiles.info.format == "png"  # sniffed from the bytes
    assert sniff_image(tiles.tile(0, 0, 0)) == "png"
    assert all(tiles.tile(1, x, y) for x in (0, 1) for y in (0, 1))
    assert tiles.tile(1, 2, 0) is None


def test_street_tiles_attribution_is_plain_text(realdata):
    tiles = MBTiles(realdata / "mbtiles" / "consbio_open-streets-dc.mbtiles")
    assert tiles.info.max_zoom == 12 and "OpenStreetMap" in tiles.info.attribution
    assert "<" not in tiles.info.attribution
    assert plain_text("<a href='x'>&copy; OSM</a>") == "© OSM"


def test_broken_files_are_refused_or_skipped(realdata, tmp_path):
    with pytest.raises(AssetmapError, match="no tiles table"):
        MBTiles(realdata / "mbtiles" / "consbio_invalid.mbtiles")
    odd = MBTiles(realdata / "mbtiles" / "consbio_invalid-tile-format.mbtiles")
    assert odd.tile(0, 0, 0) is None  # not an image: skipped, never shown
    text = tmp_path / "x.mbtiles"
    text.write_text("hello")
    with pytest.raises(AssetmapError, match="not an MBTiles"):
        MBTiles(text)
