"""Broken and hostile files never crash the importers or the store: each is refused with
one message naming the file, or read as far as it is sound. Fuzzed with hypothesis."""

import shutil
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assetmap.errors import AssetmapError
from assetmap.io.gpkg_store import open_project
from assetmap.io.projects import ImportOptions, plan_asset_import
from assetmap.model.entities import ProjectInfo
from assetmap.model.project import Project
from tests.conftest import SAMPLE

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def plan(path):
    return plan_asset_import(Project(ProjectInfo(name="Fuzz")), str(path), ImportOptions(category="physical"))


def refused_or_read(path):
    try:
        plan(path)
    except AssetmapError as exc:
        assert str(path) in str(exc) or path.name in str(exc)


@FUZZ
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".csv", ".tsv", ".xlsx", ".geojson", ".kml", ".kmz", ".gpx", ".zip", ".gpkg", ".shp"]))
def test_random_bytes_in_any_format(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    refused_or_read(path)


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=30))
def test_random_spreadsheet_text(tmp_path, rows):
    path = tmp_path / "fuzz.csv"
    path.write_text("name,category,latitude,longitude\n" + "\n".join(",".join(r) for r in rows), encoding="utf-8")
    refused_or_read(path)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=400_000), flips=st.lists(
    st.tuples(st.integers(min_value=0, max_value=400_000), st.integers(min_value=0, max_value=255)), max_size=8))
def test_damaged_project_files(tmp_path, cut, flips):
    data = bytearray(SAMPLE.read_bytes())
    for offset, value in flips:
        if offset < len(data):
            data[offset] = value
    path = tmp_path / "damaged.gpkg"
    path.write_bytes(bytes(data[:cut]) if cut < len(data) else bytes(data))
    try:
        open_project(path)
    except AssetmapError as exc:
        assert "damaged.gpkg" in str(exc)


def test_empty_and_foreign_files(tmp_path):
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    with pytest.raises(AssetmapError, match="empty.gpkg"):
        open_project(empty)
    import geopandas as gpd
    from shapely.geometry import Point

    foreign = tmp_path / "qgis.gpkg"
    gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(-2, 53)], crs="EPSG:4326").to_file(foreign)
    with pytest.raises(AssetmapError, match="not an assetmap project.*import its layers"):
        open_project(foreign)
    assert len(plan(foreign).assets) == 1  # but its layer imports as assets


def test_xml_entity_expansion_is_not_followed(tmp_path):
    laughs = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">'
                     for i in range(1, 10))
    kml = (f'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY l0 "lol">{laughs}]>'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&l9;</name>'
           "<Point><coordinates>-2,53</coordinates></Point></Placemark></Document></kml>")
    path = tmp_path / "laughs.kml"
    path.write_text(kml)
    start = time.perf_counter()
    try:
        result = plan(path)
    except AssetmapError:
        pass
    else:
        assert all(len(a.name) < 100_000 for a in result.assets)
    assert time.perf_counter() - start < 30


def test_nan_infinite_and_out_of_range_coordinates(tmp_path):
    path = tmp_path / "odd.geojson"
    path.write_text('{"type":"FeatureCollection","features":['
                    '{"type":"Feature","properties":{"name":"Far"},"geometry":{"type":"Point","coordinates":[500,95]}},'
                    '{"type":"Feature","properties":{"name":"Good"},"geometry":{"type":"Point","coordinates":[-2,53]}},'
                    '{"type":"Feature","properties":{"name":"None"},"geometry":null}]}')
    result = plan(path)
    assert [a.name for a in result.assets] == ["Good"]
    reasons = dict(result.skipped)
    assert "out of range" in reasons[1] and "no geometry" in reasons[3]
    csv = tmp_path / "odd.csv"
    csv.write_text("name,lat,lon\nA,inf,-2\nB,nan,-2\nC,95,-2\nD,53,-2\n")
    result = plan(csv)
    assert [a.name for a in result.assets] == ["D"]
    assert len(result.skipped) == 3


def test_a_project_file_copied_while_open_elsewhere_still_opens(tmp_path):
    copy = tmp_path / "copy.gpkg"
    shutil.copy(SAMPLE, copy)
    assert open_project(copy).info.name
