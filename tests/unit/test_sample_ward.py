"""The committed sample ward is what its generator makes, and holds what workshops need."""

import importlib.util
import shutil
import subprocess

import networkx as nx
import pytest
from shapely.geometry import Point

from assetmap.io.gpkg_store import open_project
from assetmap.model import CATEGORY_KEYS
from tests.conftest import REPO, SAMPLE


def load_generator():
    spec = importlib.util.spec_from_file_location("make_sample_ward", REPO / "sample_data" / "make_sample_ward.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator():
    return load_generator()


@pytest.fixture(scope="module")
def sample():
    return open_project(SAMPLE)


def test_generator_is_deterministic_and_matches_the_committed_file(generator, sample):
    first = generator.build_sample_ward()
    second = generator.build_sample_ward()
    assert first.same_content(second)
    assert first.same_content(sample), "sample_data/millbrook.gpkg is stale: run make sample"


def test_another_seed_gives_another_ward(generator, sample):
    assert not generator.build_sample_ward(seed=1).same_content(sample)


def test_sample_is_fictional_and_big_enough(sample):
    assert sample.info.fictional and "fictional" in sample.info.name
    counts = sample.counts()
    assert all(counts["assets_by_category"][k] > 0 for k in CATEGORY_KEYS)
    assert counts["assets"] >= 150 and counts["groups"] >= 40
    assert counts["people"] >= 250 and counts["links"] >= 600
    streets = sample.basemap["streets"]
    assert len(streets) >= 1500 and all(s.name for s in streets)
    assert sample.basemap["water"] and sample.basemap["green_space"] and sample.boundary is not None
    assert sum(1 for a in sample.assets if a.geometry is not None and a.geometry.geom_type == "Polygon") >= 3
    assert SAMPLE.stat().st_size < 5_000_000


def people_and_groups_graph(project):
    graph = nx.Graph()
    for record in list(project.people) + list(project.groups):
        graph.add_node(record.id, kind=record.kind, name=record.name)
    for link in project.links:
        if link.source_id in graph and link.target_id in graph:
            graph.add_edge(link.source_id, link.target_id)
    return graph


def test_sample_network_has_the_built_in_structure(sample):
    graph = people_and_groups_graph(sample)
    isolates = [graph.nodes[n] for n in nx.isolates(graph)]
    assert sum(1 for n in isolates if n["kind"] == "person") >= 3
    assert [n["name"] for n in isolates if n["kind"] == "group"] == ["Millbrook Pigeon Fanciers"]
    assert not [ln for ln in sample.links if "Millbrook Pigeon Fanciers" in
                (sample.find(ln.source_id).name, sample.find(ln.target_id).name)]
    # One person alone joins the Hollins estate to everyone else.
    hollins = {p.id for p in sample.people if p.home_area == "Hollins estate"}
    cut_people = []
    for node in nx.articulation_points(graph):
        pruned = graph.copy()
        pruned.remove_node(node)
        parts = [c for c in nx.connected_components(pruned) if len(c) > 20]
        if graph.nodes[node]["kind"] == "person" and len(parts) == 2 and \
                any(len(c & hollins) > 30 for c in parts):
            cut_people.append(node)
    assert len(cut_people) == 1
    clusters = nx.community.louvain_communities(graph, seed=7)
    assert len([c for c in clusters if len(c) >= 30]) in (3, 4, 5)


def test_hollins_centre_has_no_meeting_place_within_800m(generator, sample):
    from pyproj import Transformer

    to_grid = Transformer.from_crs("EPSG:4326", "EPSG:27700", always_xy=True)
    cx, cy = generator.AREAS["Hollins estate"]
    centre = Point(cx + generator.ORIGIN[0], cy + generator.ORIGIN[1])
    for asset in sample.assets:
        if asset.category in ("physical", "institution", "association") and asset.location:
            x, y = to_grid.transform(*asset.location)
            assert centre.distance(Point(x, y)) > 800, asset.name


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (Debian gdal-bin) is not installed")
def test_sample_opens_in_ogrinfo_without_warnings():
    result = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(SAMPLE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    assert "Feature Count: 1749" in result.stdout or "basemap_streets" in result.stdout
