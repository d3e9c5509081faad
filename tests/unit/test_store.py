import hashlib
import sqlite3
import subprocess
import shutil

import pytest

from assetmap.errors import NewerSchemaError, ProjectFileError
from assetmap.io import gpkg_schema, gpkg_store
from assetmap.io.gpkg_store import GeoPackageStore, open_project, save_project
from assetmap.model import Project, ProjectInfo


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_round_trip_keeps_every_field(tmp_path, rich_project):
    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    reopened = open_project(path)
    assert reopened.same_content(rich_project)
    hall = reopened.assets["hall"]
    assert hall.photos[0].data == bytes(range(256))
    assert hall.name == "Neuadd y Pentref" and hall.tags == ("hall", "meeting place", "ñ")
    assert reopened.assets["park"].geometry.geom_type == "Polygon"
    assert reopened.assets["idea"].geometry is None
    assert reopened.people["p1"].area_location == (-3.502, 52.401)


def test_saving_twice_replaces_cleanly(tmp_path, rich_project):
    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    rich_project.info.name = "Renamed"
    save_project(rich_project, path)
    assert open_project(path).info.name == "Renamed"
    # no temporary file left behind; the first version kept as a backup
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ward.gpkg.backups", "ward.gpkg"]
    assert len(list((tmp_path / ".ward.gpkg.backups").iterdir())) == 1


def test_empty_project_round_trips(tmp_path):
    path = tmp_path / "empty.gpkg"
    project = Project(ProjectInfo(name="Empty"))
    save_project(project, path)
    assert open_project(path).same_content(project)


def test_links_are_also_a_line_layer_for_gis_users(tmp_path, rich_project):
    import pyogrio

    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    layers = dict(pyogrio.list_layers(path))
    assert layers["link_lines"] == "LineString"
    lines = pyogrio.read_dataframe(path, layer="link_lines")
    # p1 -> g1 (at the hall) and g1 -> hall share a position, so only p1 -> g1 is drawn;
    # p2 has no area, so p1 -> p2 cannot be drawn.
    assert list(lines["link_id"]) == ["l1"]
    assert lines.crs.to_epsg() == 4326


def test_a_save_failing_midway_leaves_the_old_file_intact(tmp_path, rich_project, monkeypatch):
    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    before = digest(path)

    def explode(conn, project):
        conn.execute("CREATE TABLE half_written (x)")
        raise OSError("disk full")

    monkeypatch.setattr(gpkg_store, "_write_tables", explode)
    rich_project.info.name = "Changed"
    with pytest.raises(OSError, match="disk full"):
        save_project(rich_project, path)
    assert digest(path) == before
    assert open_project(path).info.name == "Llanfair Ward – ✓ test"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ward.gpkg"]  # no temporary file, no backup


def test_a_save_failing_in_the_spatial_layers_leaves_the_old_file_intact(tmp_path, rich_project, monkeypatch):
    from assetmap.io import gpkg_layers

    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    before = digest(path)
    calls = []
    real = gpkg_layers._write_layer

    def fail_on_third(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 3:
            raise RuntimeError("GDAL gave up")
        return real(*args, **kwargs)

    monkeypatch.setattr(gpkg_layers, "_write_layer", fail_on_third)
    with pytest.raises(RuntimeError):
        save_project(rich_project, path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ward.gpkg"]  # no temporary file, no backup


def test_newer_schema_is_refused_with_a_clear_message(tmp_path, rich_project):
    path = tmp_path / "future.gpkg"
    save_project(rich_project, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE assetmap_meta SET value = '99' WHERE key = 'schema_version'")
    before = digest(path)
    with pytest.raises(NewerSchemaError, match=r"future.gpkg: saved by a newer assetmap .*version 99"):
        open_project(path)
    assert digest(path) == before


def make_version_1(path, project):
    """Rewrite a current file into the version-1 layout: comma-separated tags, and links
    without strength or note."""
    save_project(project, path)
    with sqlite3.connect(path) as conn:
        gpkg_store.register_gpkg_functions(conn)
        for fid, tags in conn.execute("SELECT fid, tags FROM assets").fetchall():
            import json
            conn.execute("UPDATE assets SET tags = ? WHERE fid = ?", (", ".join(json.loads(tags or "[]")), fid))
        conn.execute("CREATE TABLE links_v1 AS SELECT fid, link_id, source_id, target_id, type FROM links")
        conn.execute("DROP TABLE links")
        conn.execute("ALTER TABLE links_v1 RENAME TO links")
        conn.execute("UPDATE assetmap_meta SET value = '1' WHERE key = 'schema_version'")


def test_version_1_files_are_migrated_on_open_and_left_untouched(tmp_path, rich_project):
    path = tmp_path / "old.gpkg"
    make_version_1(path, rich_project)
    before = digest(path)
    migrated = open_project(path)
    assert digest(path) == before, "opening an old file must not change it"
    assert migrated.assets["hall"].tags == ("hall", "meeting place", "ñ")
    assert migrated.links["l1"].strength is None and migrated.links["l1"].note == ""
    assert migrated.people["p1"] == rich_project.people["p1"]
    save_project(migrated, path)
    with sqlite3.connect(path) as conn:
        version = conn.execute("SELECT value FROM assetmap_meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == gpkg_schema.SCHEMA_VERSION


@pytest.mark.parametrize("content, message", [
    (b"", "not a GeoPackage"),
    (b"name,category\nHall,physical\n", "not a GeoPackage"),
    (b"SQLite format 3\x00" + b"\x00" * 100, "damaged"),
])
def test_files_that_are_not_projects_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.gpkg"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=message):
        open_project(path)


def test_a_truncated_project_is_refused(tmp_path, rich_project):
    path = tmp_path / "cut.gpkg"
    save_project(rich_project, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ProjectFileError, match="cut.gpkg"):
        open_project(path)


def test_a_geopackage_from_another_program_is_refused(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 1)], crs="EPSG:4326").to_file(path)
    with pytest.raises(ProjectFileError, match="not an assetmap project"):
        open_project(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="no such file"):
        open_project(tmp_path / "nope.gpkg")
    with pytest.raises(ProjectFileError, match="folder"):
        open_project(tmp_path)


def test_store_interface_does_not_assume_a_local_file(tmp_path, rich_project):
    store = GeoPackageStore(tmp_path / "w.gpkg")
    assert isinstance(store.location, str)
    store.save(rich_project)
    assert store.load().same_content(rich_project)


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (Debian gdal-bin) is not installed")
def test_ogrinfo_reads_every_layer_without_warnings(tmp_path, rich_project):
    path = tmp_path / "ward.gpkg"
    save_project(rich_project, path)
    result = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "Warning" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    for layer in ("assets", "asset_areas", "link_lines", "people", "groups", "links",
                  "basemap_streets", "assetmap_meta"):
        assert f"Layer name: {layer}" in result.stdout
    assert 'ID["EPSG",4326]' in result.stdout


def test_is_project_file_tells_wards_from_other_files(tmp_path, rich_project):
    import geopandas as gpd
    from shapely.geometry import Point

    from assetmap.io.gpkg_store import is_project_file

    ward = tmp_path / "ward.gpkg"
    save_project(rich_project, ward)
    other = tmp_path / "other.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 1)], crs="EPSG:4326").to_file(other)
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    assert is_project_file(ward)
    assert not is_project_file(other) and not is_project_file(text)
    assert not is_project_file(tmp_path / "missing.gpkg")
