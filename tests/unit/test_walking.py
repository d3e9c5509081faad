"""Walking distance along streets: an analytic grid oracle, the straight-line fallback, and
the faults real street layers have."""

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from assetmap.analysis.walking import (
    attach_points, build_walking_graph, coverage, covered_streets, largest_gaps,
)
from tests.conftest import SAMPLE


def grid(spacing=100.0, half=1000.0):
    lines = []
    k = -half
    while k <= half:
        lines.append(LineString([(-half, k), (half, k)]))
        lines.append(LineString([(k, -half), (k, half)]))
        k += spacing
    return lines


def test_a_grid_walk_is_a_diamond_not_a_circle():
    wg = build_walking_graph(grid())
    assert wg.pieces == 1
    streets = covered_streets(wg, attach_points(wg, [Point(0, 0)]), 500.0)
    # Analytic answer: lines |y| = 0, 100, ... 500 each covered for 2(500 - |y|), both ways.
    assert streets.length == pytest.approx(2 * 2 * sum(500 - 100 * abs(k) for k in range(-5, 6)), abs=1e-6)
    assert streets.distance(Point(300, 200)) < 1e-9      # L1 distance 500: reached
    assert streets.distance(Point(300, 300)) > 50         # straight line 424 m, walk 600 m: not reached
    assert streets.distance(Point(0, 499)) < 1e-9


def test_coverage_area_and_share():
    ward = box(-1000, -1000, 1000, 1000)
    result = coverage(ward, build_walking_graph(grid()), [Point(0, 0)], 500.0, "physical")
    assert result.method == "network"
    assert 0 < result.covered_share < 1
    assert result.covered.area + result.uncovered.area == pytest.approx(ward.area)
    assert not result.covered.contains(Point(350, 350))   # inside the 500 m circle, outside the walk


def test_straight_line_fallback_without_streets():
    ward = box(-1000, -1000, 1000, 1000)
    result = coverage(ward, build_walking_graph([]), [Point(0, 0)], 500.0, "economic")
    assert result.method == "straight-line"
    assert result.covered.area == pytest.approx(math.pi * 500 ** 2, rel=0.01)


def test_nearly_touching_ends_merge_and_pieces_are_counted():
    wg = build_walking_graph([LineString([(0, 0), (100, 0)]), LineString([(100.3, 0.2), (200, 0)]),
                              LineString([(5000, 0), (5100, 0)])])
    assert wg.graph.vcount() == 5 and wg.pieces == 2
    streets = covered_streets(wg, attach_points(wg, [Point(0, 0)]), 150.0)
    assert streets.length == pytest.approx(150.0, abs=1.0)


def test_an_asset_away_from_the_street_walks_to_it_first():
    wg = build_walking_graph([LineString([(0, 0), (1000, 0)])])
    streets = covered_streets(wg, attach_points(wg, [Point(500, 60)]), 100.0)
    assert streets.length == pytest.approx(80.0, abs=1e-6)  # 40 m each way once on the street


def test_no_assets_of_a_kind_means_the_whole_ward_is_a_gap():
    ward = box(0, 0, 100, 100)
    result = coverage(ward, build_walking_graph(grid()), [], 800.0, "cultural")
    assert result.covered_share == 0 and largest_gaps(result.uncovered)[0].area == pytest.approx(ward.area)


def test_the_sample_wards_built_in_gap_is_found():
    result = subprocess.run([sys.executable, "-m", "assetmap", "gaps", str(SAMPLE), "--category", "physical",
                             "--distance", "800", "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    physical = json.loads(result.stdout)["categories"]["physical"]
    assert physical["method"] == "network" and 0.2 < physical["covered_share"] < 0.95
    from shapely.geometry import shape
    from pyproj import Transformer

    import importlib.util
    spec = importlib.util.spec_from_file_location("gen", SAMPLE.parent / "make_sample_ward.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    cx, cy = gen.AREAS["Hollins estate"]
    lon, lat = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True).transform(
        cx + gen.ORIGIN[0], cy + gen.ORIGIN[1])
    assert shape(physical["uncovered"]).contains(Point(lon, lat))  # the Hollins centre is a gap


def test_streets_from_a_line_file_and_from_a_gpx_track(tmp_path, realdata):
    import geopandas as gpd

    from assetmap.errors import AssetmapError
    from assetmap.io.street_lines import read_street_lines

    path = tmp_path / "roads.geojson"
    gpd.GeoDataFrame({"ROAD_NAME": ["Mill Lane", "Back Lane"]},
                     geometry=[LineString([(-2.1, 53.6), (-2.09, 53.6)]), LineString([(-2.1, 53.6), (-2.1, 53.61)])],
                     crs="EPSG:4326").to_file(path)
    streets = read_street_lines(path, box(-2.2, 53.5, -2.095, 53.7))
    assert sorted(f.name for f in streets) == ["Back Lane", "Mill Lane"]
    assert max(f.geometry.bounds[2] for f in streets) <= -2.095 + 1e-9  # clipped to the ward
    track = read_street_lines(realdata / "gpx" / "gpxpy_korita-zbevnica.gpx", None)
    assert track and all(f.geometry.geom_type == "LineString" for f in track)
    with pytest.raises(AssetmapError, match="no lines"):
        read_street_lines(realdata / "boundaries" / "eire_counties_spData" / "eire.shp", None)


def test_import_streets_then_gaps_by_network(tmp_path):
    import geopandas as gpd

    project = tmp_path / "w.gpkg"
    boundary = tmp_path / "b.geojson"
    gpd.GeoDataFrame(geometry=[box(-2.12, 53.59, -2.08, 53.61)], crs="EPSG:4326").to_file(boundary)
    run = lambda *a: subprocess.run([sys.executable, "-m", "assetmap", *map(str, a)], capture_output=True, text=True, timeout=120)
    assert run("new", project, "--name", "W", "--boundary", boundary).returncode == 0
    roads = tmp_path / "roads.geojson"
    gpd.GeoDataFrame(geometry=[LineString([(-2.12, 53.6), (-2.08, 53.6)])], crs="EPSG:4326").to_file(roads)
    assert run("import", project, roads, "--kind", "streets").returncode == 0
    csv = tmp_path / "a.csv"
    csv.write_text("name,category,latitude,longitude\nHall,physical,53.6,-2.1\n")
    assert run("import", project, csv, "--kind", "assets").returncode == 0
    data = json.loads(run("gaps", project, "--category", "physical", "--json").stdout)
    assert data["categories"]["physical"]["method"] == "network" and data["street_pieces"] == 1
    bare = tmp_path / "bare.gpkg"
    assert run("new", bare, "--name", "B", "--boundary", boundary).returncode == 0
    assert run("import", bare, csv, "--kind", "assets").returncode == 0
    data = json.loads(run("gaps", bare, "--json").stdout)
    assert data["categories"]["physical"]["method"] == "straight-line"


def test_a_partly_reached_street_is_cut_at_the_right_end():
    """A street drawn from its far end towards a junction: igraph stores the edge with the
    smaller node id first, so the walk must follow the drawing, not the edge's source."""
    wg = build_walking_graph([LineString([(1000, 0), (0, 0)]), LineString([(0, 0), (0, -1000)])])
    asset = Point(1000, 10)  # at the far end of the first street
    reached = covered_streets(wg, attach_points(wg, [asset]), 300.0)
    assert reached.length == pytest.approx(290.0, abs=1e-6)  # 10 m to the street, then 290 m
    assert reached.centroid.x == pytest.approx(855.0, abs=1e-6) and reached.centroid.y == pytest.approx(0.0)


def test_grid_coverage_agrees_with_joining_widened_streets():
    """The grid method against the plain geometric one on the sample ward: the same shares,
    and valid shapes whose area matches the counted cells."""
    import numpy as np
    import shapely

    from assetmap.analysis.walking import FRONTAGE_METRES, WardWalks
    from assetmap.io.gpkg_store import open_project

    project = open_project(SAMPLE)
    walks = WardWalks(project)
    for key in ("physical", "economic"):
        points = walks.points(a for a in project.assets if a.category == key)
        result = walks.cover(points, 800.0, key)
        streets = covered_streets(walks.graph, attach_points(walks.graph, points), 800.0)
        widened = shapely.union_all(shapely.buffer(np.array(shapely.get_parts(streets)), FRONTAGE_METRES,
                                                   quad_segs=16)).intersection(walks.ward)
        assert result.covered_share == pytest.approx(widened.area / walks.ward.area, abs=0.002)
        assert result.uncovered.is_valid and result.covered.is_valid
        assert result.uncovered.area == pytest.approx(result.uncovered_area, rel=0.01)


def test_the_walking_graph_in_networkx_gives_the_same_distances():
    import networkx as nx

    from assetmap.analysis.walking import as_networkx, node_reach

    wg = build_walking_graph(grid(spacing=100.0, half=500.0) + [LineString([(0, 0), (250, 250)])])
    graph = as_networkx(wg)
    assert graph.number_of_nodes() == wg.graph.vcount()
    starts = attach_points(wg, [Point(-500, -500)])
    ours = node_reach(wg, starts)
    origin = int(np.argmin(np.hypot(wg.nodes[:, 0] + 500, wg.nodes[:, 1] + 500)))
    theirs = nx.single_source_dijkstra_path_length(graph, origin, weight="length")
    assert all(abs(ours[node] - length) < 1e-6 for node, length in theirs.items())
    # to the diagonal's far end: 1,000 m along the grid to (0, 0), then 250√2 m along it
    far_end = int(np.argmin(np.hypot(wg.nodes[:, 0] - 250, wg.nodes[:, 1] - 250)))
    assert ours[far_end] == pytest.approx(1000 + 250 * 2 ** 0.5, abs=1e-6)
