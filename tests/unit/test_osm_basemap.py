"""Background maps from real OpenStreetMap extracts, through GDAL's OSM driver."""

import pytest
from shapely.geometry import box

from assetmap.errors import AssetmapError
from assetmap.io.osm_basemap import read_osm_basemap


def test_leeds_pbf(realdata):
    layers = read_osm_basemap(realdata / "osm" / "its-example_leeds.osm.pbf", None)
    assert len(layers["streets"]) >= 180
    assert len(layers["buildings"]) == 81
    assert {f.kind for f in layers["streets"]} >= {"footway", "service", "residential"}


def test_clipped_to_the_ward(realdata):
    path = realdata / "osm" / "its-example_leeds.osm.pbf"
    everything = read_osm_basemap(path, None)
    minx, miny, maxx, maxy = box(*_bounds(everything["streets"])).bounds
    half = box(minx, miny, (minx + maxx) / 2, maxy)
    clipped = read_osm_basemap(path, half)
    assert 0 < len(clipped["buildings"]) < len(everything["buildings"])
    assert all(half.buffer(1e-9).contains(f.geometry) for f in clipped["streets"])


def test_bavarian_xml_with_a_broken_relation(realdata):
    layers = read_osm_basemap(realdata / "osm" / "osmnx_planet_10.068_48.135_10.071_48.137.osm", None)
    assert len(layers["streets"]) == 14 and len(layers["buildings"]) == 32


def test_nothing_inside_the_boundary(realdata):
    with pytest.raises(AssetmapError, match="inside the ward boundary"):
        read_osm_basemap(realdata / "osm" / "its-example_leeds.osm.pbf", box(0, 0, 1, 1))


def _bounds(features):
    import shapely

    return shapely.total_bounds([f.geometry for f in features])
