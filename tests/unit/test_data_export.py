"""Data exports: each format read back, people withheld by default, formulas neutralised."""

import csv
import json
import zipfile

import pytest

from assetmap.errors import AssetmapError
from assetmap.io.data_export import export_data
from assetmap.io.gpkg_store import open_project
from assetmap.io.projects import ImportOptions, plan_asset_import
from assetmap.model.entities import Asset, ProjectInfo
from assetmap.model.project import Project
from shapely.geometry import Point


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from tests.conftest import SAMPLE

    return open_project(SAMPLE)


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".csv", ".kml", ".zip"])
def test_round_trip_through_the_importer(sample, tmp_path, suffix):
    out = export_data(sample, tmp_path / f"assets{suffix}")
    back = plan_asset_import(Project(ProjectInfo(name="Back")), str(out), ImportOptions(category="physical"))
    everything = back.assets + [d.incoming for d in back.duplicates]
    assert not back.skipped
    public = [a for a in sample.assets if a.category != "individual"]
    by_name = {a.name: a for a in everything}
    for asset in public:
        twin = by_name[asset.name]
        assert twin.location == pytest.approx(asset.geometry.representative_point().coords[0], abs=1e-6)
    assert len(everything) == len(sample.assets)
    assert not list(tmp_path.glob(".*part*"))


def test_people_and_their_gifts_are_withheld_unless_asked(sample, tmp_path):
    gift = next(a for a in sample.assets if a.category == "individual")
    plain = export_data(sample, tmp_path / "a.geojson").read_text(encoding="utf-8")
    assert gift.name not in plain
    data = json.loads(plain)
    gifts = [f for f in data["features"] if f["properties"]["category"] == "individual"]
    lon, lat = gifts[0]["geometry"]["coordinates"]
    assert (lon, lat) != pytest.approx(gift.location, abs=1e-5)
    named = export_data(sample, tmp_path / "b.geojson", include_names=True).read_text(encoding="utf-8")
    assert gift.name in named
    graph = export_data(sample, tmp_path / "n.graphml").read_text(encoding="utf-8")
    assert not any(p.name in graph for p in list(sample.people)[:20])


def test_csv_cells_cannot_run_as_formulas(tmp_path):
    project = Project(ProjectInfo(name="Formulas"))
    for n, name in enumerate(["=HYPERLINK(\"http://x\")", "+44 1234", "-1", "@SUM(A1)", "Plain"]):
        project.assets.add(Asset(id=f"a{n}", name=name, category="physical", description="=1+1",
                                 geometry=Point(-2 + n / 1000, 53.6)))
    out = export_data(project, tmp_path / "a.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["name"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'+44 1234", "'-1", "'@SUM(A1)", "Plain"]
    assert all(r["description"] == "'=1+1" for r in rows)


def test_kml_has_a_folder_per_kind_and_escapes_text(tmp_path):
    project = Project(ProjectInfo(name="A & B <ward>"))
    project.assets.add(Asset(id="x", name="<script>alert(1)</script> & co", category="cultural",
                             geometry=Point(-2, 53.6)))
    text = export_data(project, tmp_path / "a.kml").read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<Folder><name>Culture and heritage</name>" in text


def test_shapefile_zip_holds_a_complete_shapefile(sample, tmp_path):
    out = export_data(sample, tmp_path / "a.zip")
    names = zipfile.ZipFile(out).namelist()
    assert {"assets.shp", "assets.shx", "assets.dbf", "assets.prj"} <= set(names)


def test_unknown_format_and_unwritable_place(sample, tmp_path):
    with pytest.raises(AssetmapError, match="cannot export to .txt"):
        export_data(sample, tmp_path / "a.txt")
    with pytest.raises(AssetmapError, match="could not be written"):
        export_data(sample, tmp_path / "missing-folder" / "a.csv")
