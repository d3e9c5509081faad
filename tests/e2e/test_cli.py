"""The assetmap command run as a user runs it: a real process, real files."""

import hashlib
import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE


def assetmap(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "assetmap", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_info_json_on_the_sample_ward():
    result = assetmap("info", SAMPLE, "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["name"].startswith("Millbrook")
    assert set(info["assets_by_category"]) == {"individual", "association", "institution",
                                               "physical", "economic", "cultural"}
    assert sum(info["assets_by_category"].values()) >= 150
    assert info["people"] >= 250 and info["groups"] >= 40 and info["links"] >= 600


def test_info_text_summary():
    result = assetmap("info", SAMPLE)
    assert result.returncode == 0 and "people: " in result.stdout and "economic" in result.stdout


def one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_errors_are_one_line(tmp_path):
    assert "no such file" in one_line_error(assetmap("info", tmp_path / "missing.gpkg"))
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    assert "not a GeoPackage" in one_line_error(assetmap("info", text))
    assert "usage" in assetmap("frobnicate", "x").stderr


def test_new_import_info_round_trip(tmp_path):
    project = tmp_path / "ward.gpkg"
    result = assetmap("new", project, "--name", "Test Ward")
    assert result.returncode == 0, result.stderr
    csv = tmp_path / "assets.csv"
    csv.write_text("name,category,latitude,longitude\nHall,physical,53.6,-2.1\nShop,economic,53.61,-2.12\n")
    result = assetmap("import", project, csv, "--kind", "assets")
    assert result.returncode == 0, result.stderr
    info = json.loads(assetmap("info", project, "--json").stdout)
    assert info["assets"] == 2 and info["assets_by_category"]["economic"] == 1
    assert "already exists" in one_line_error(assetmap("new", project, "--name", "Again"))


def test_an_import_with_nothing_usable_leaves_the_project_unchanged(sample_path, tmp_path):
    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    csv = tmp_path / "bad.csv"
    csv.write_text("name,category,latitude,longitude\nOops,nonsense,53.6,-2.1\n,physical,53.6,-2.1\n")
    line = one_line_error(assetmap("import", sample_path, csv, "--kind", "assets"))
    assert "bad.csv: no rows could be imported" in line and "row 2" in line
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before


def test_rows_that_cannot_be_placed_are_skipped_and_listed(sample_path, tmp_path):
    csv = tmp_path / "mixed.csv"
    csv.write_text("name,category,latitude,longitude\nNew Hall,physical,53.6155,-2.095\n"
                   "Oops,nonsense,53.6,-2.1\nNowhere,physical,,\n")
    result = assetmap("import", sample_path, csv, "--kind", "assets")
    assert result.returncode == 0, result.stderr
    assert "imported 1 assets" in result.stdout
    assert "kind 'nonsense' is not one of" in result.stdout and "row 3" in result.stdout
    assert "no position" in result.stdout and "row 4" in result.stdout


def test_new_with_a_real_boundary_file(tmp_path, realdata):
    boundary = realdata / "boundaries" / "ni_uk_geojson_martinjc"
    files = sorted(boundary.glob("*.geojson"))
    if not files:
        pytest.skip("the NI wards file is not in realdata")
    project = tmp_path / "dunsilly.gpkg"
    result = assetmap("new", project, "--name", "Dunsilly", "--boundary", files[0])
    assert result.returncode == 0, result.stderr
    assert "EPSG:2157" in result.stdout  # Irish Transverse Mercator for Northern Ireland


def test_boundary_without_crs_asks_for_one(tmp_path, realdata):
    shp = realdata / "boundaries" / "eire_counties_spData" / "eire.shp"
    line = one_line_error(assetmap("new", tmp_path / "eire.gpkg", "--name", "Eire", "--boundary", shp))
    assert "--crs" in line
    assert not (tmp_path / "eire.gpkg").exists()


def test_analyse_json_on_the_sample_ward():
    result = assetmap("analyse", SAMPLE, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["nodes"]) == data["summary"]["people"] + data["summary"]["groups"]
    assert data["connectors"] and data["connectors"][0]["reason"]
    assert {g["kind"] for g in data["gaps"]} >= {"isolated_person", "isolated_group",
                                                   "cluster_hangs_on_one_person"}
    assert data["suggestions"]


def test_analyse_summary_is_readable():
    result = assetmap("analyse", SAMPLE)
    assert result.returncode == 0
    assert "Connectors" in result.stdout and "Gaps" in result.stdout and "the only link between" in result.stdout


def test_import_basemap_and_boundary_files(tmp_path, realdata):
    project = tmp_path / "leeds.gpkg"
    assert assetmap("new", project, "--name", "Leeds ITS").returncode == 0
    osm = realdata / "osm" / "its-example_leeds.osm.pbf"
    streets = assetmap("import", project, osm, "--kind", "basemap")
    assert streets.returncode == 0, streets.stderr
    buildings = assetmap("import", project, osm, "--kind", "basemap", "--basemap-layer", "buildings", "--layer",
                         "multipolygons")
    assert buildings.returncode == 0, buildings.stderr
    eire = realdata / "boundaries" / "eire_counties_spData" / "eire.shp"
    refused = assetmap("import", project, eire, "--kind", "boundary")
    assert "does not say which coordinate system" in one_line_error(refused)
    from assetmap.io.gpkg_store import open_project

    ward = open_project(project)
    assert len(ward.basemap["streets"]) >= 180
    assert len(ward.basemap["buildings"]) >= 81
