"""Importing assets from spreadsheets and map files, including the real files' faults."""

import zipfile

import pytest
from shapely.geometry import Point, box

from assetmap.errors import AssetmapError
from assetmap.io.asset_import import plan_commands
from assetmap.io.projects import ImportOptions, import_into_project, plan_asset_import
from assetmap.io.boundary import read_boundary
from assetmap.model.entities import Asset, ProjectInfo
from assetmap.model.project import Project


def write(tmp_path, text, name="assets.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan(path, project=None, **options):
    return plan_asset_import(project or Project(ProjectInfo(name="Test")), str(path), ImportOptions(**options))


def test_reads_rows_and_optional_columns(tmp_path):
    path = write(tmp_path, "Name,Category,Latitude,Longitude,Tags,Description\n"
                           "Café Nöel,economic,53.6,-2.1,food; coffee,Good cake\n"
                           "\n"
                           "St Anne's,Institutions,53.61,-2.11,,\n")
    result = plan(path)
    assert [a.name for a in result.assets] == ["Café Nöel", "St Anne's"]
    assert result.assets[0].tags == ("food", "coffee")
    assert result.assets[0].description == "Good cake"
    assert result.assets[1].category == "institution"
    assert result.assets[0].location == (-2.1, 53.6)
    assert result.skipped == [(3, "blank row")]
    assert result.rows == [2, 4]


def test_windows_1252_and_bom(tmp_path):
    cp = write(tmp_path, "name,category,lat,lon\nO\u2019Brien\u2019s Caf\u00e9,economic,53.6,-2.1\n",
               "cp.csv", "cp1252")
    assert plan(cp).assets[0].name == "O\u2019Brien\u2019s Caf\u00e9"
    bom = write(tmp_path, "\ufeffname,category,latitude,longitude\nHall,physical,53.6,-2.1\n", "bom.csv")
    assert plan(bom).assets[0].name == "Hall"
    latin = write(tmp_path, "name;category;lat;lon\nS\u00e9ance;cultural;53,6;-2,1\n", "l.csv", "latin-1")
    assert plan(latin).assets[0].name == "S\u00e9ance"


def test_bad_rows_are_skipped_with_their_row_and_reason(tmp_path):
    path = write(tmp_path, "name,category,latitude,longitude\n"
                           "Good,physical,53.6,-2.1\n"
                           ",physical,53.6,-2.1\n"
                           "Shop,shops,53.6,-2.1\n"
                           "Zero,economic,0,0\n"
                           "Text,economic,NaN,-2\n"
                           "Huge,economic,1e400,-2\n")
    result = plan(path)
    assert [a.name for a in result.assets] == ["Good"]
    reasons = dict(result.skipped)
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert reasons[3] == "the name is empty"
    assert "'shops' is not one of" in reasons[4]
    assert "0, 0" in reasons[5]
    assert "not both numbers" in reasons[6] and "not both numbers" in reasons[7]


def test_no_category_column_needs_a_chosen_kind(tmp_path):
    path = write(tmp_path, "title,lat,lon\nHall,53,-2\n")
    with pytest.raises(AssetmapError, match="which kind of asset.*--category"):
        plan(path)
    assert plan(path, category="physical").assets[0].category == "physical"


def test_empty_binary_and_missing_files(tmp_path):
    with pytest.raises(AssetmapError, match="empty"):
        plan(write(tmp_path, ""))
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02name")
    with pytest.raises(AssetmapError, match="x.csv: not a text file"):
        plan(binary)
    with pytest.raises(AssetmapError, match="no such file"):
        plan(tmp_path / "nothing.csv")


def test_british_grid_eastings_are_detected(tmp_path):
    path = write(tmp_path, "name,category,Easting,Northing\nTown Hall,institution,383500,398200\n"
                           "Market,economic,383900,398600\n")
    result = plan(path)
    assert any("British National Grid" in n for n in result.notes)
    lon, lat = result.assets[0].location
    assert lon == pytest.approx(-2.25, abs=0.01) and lat == pytest.approx(53.48, abs=0.01)


def test_a_repeat_within_25_metres_is_merged_not_added(tmp_path):
    project = Project(ProjectInfo(name="Test", metric_crs="EPSG:27700"))
    hall = Asset(id="hall", name="Village Hall", category="physical", geometry=Point(-2.0, 53.6))
    project.assets.add(hall)
    path = write(tmp_path, "name,category,lat,lon,contact,tags\n"
                           "village hall ,physical,53.60010,-2.0,01234 567,hire\n"  # 11 m away
                           "Village Hall,physical,53.6010,-2.0,,\n"                   # 111 m away
                           "Cafe,economic,53.61,-2.0,,\n"
                           "Cafe,economic,53.61001,-2.0,,\n")                         # repeat in the file
    result = plan(path, project)
    assert [a.name for a in result.assets] == ["Village Hall", "Cafe"]
    assert [(d.row, d.existing.id) for d in result.duplicates][0] == (2, "hall")
    plan_commands(result).do(project)
    merged = project.assets.get("hall")
    assert merged.contact == "01234 567" and merged.tags == ("hire",)
    assert len(project.assets) == 3


def test_a_zip_with_a_path_outside_it_is_refused(tmp_path):
    path = tmp_path / "evil.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../etc/doc.kml", "<kml/>")
    with pytest.raises(AssetmapError, match="evil.kmz: refused.*outside"):
        plan(path, category="physical")


def test_a_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", b"\0" * (60 * 1024 ** 2))
    with pytest.raises(AssetmapError, match="bomb.kmz: refused, it would unpack"):
        plan(path, category="physical")


def test_excel_workbook(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Kind", "Lat", "Lon"])
    sheet.append(["Library", "institution", 53.6, -2.1])
    sheet.append(["@home Café", "economic", 53.61, -2.1])
    sheet.append(["=HYPERLINK(\"x\")", "economic", 53.62, -2.1])  # a formula: no value saved
    book.save(tmp_path / "a.xlsx")
    result = plan(tmp_path / "a.xlsx")
    assert [a.name for a in result.assets] == ["Library", "@home Café"]
    assert result.skipped == [(4, "the name is empty")]
    assert result.assets[0].category == "institution"


# ----- the real files, with their real faults -----

def test_active_places_in_irish_grid_land_in_toome(realdata, tmp_path):
    wards = realdata / "boundaries/ni_uk_geojson_martinjc/ni_wards_dunsilly_dea_N10000104.geojson"
    project = Project(ProjectInfo(name="Toome"))
    from assetmap.model.entities import BasemapFeature

    toome = read_boundary(wards, feature="Toome")
    project.basemap["boundary"] = [BasemapFeature(toome, "Toome", "ward")]
    venues = realdata / "assets/ni_opendatani_lintol/active-places-ni.csv"
    inside = plan(venues, project, category="physical", margin_m=0)
    assert any("Irish Grid" in n for n in inside.notes)
    assert len(inside.assets) == 4
    assert all(toome.contains(a.geometry) for a in inside.assets)
    everything = plan(venues, project, category="physical", margin_m=None)
    reasons = [why for _, why in everything.skipped]
    assert sum("no position" in r for r in reasons) == 120
    assert sum("0, 0" in r for r in reasons) == 1
    assert len(everything.assets) + len(everything.duplicates) + len(everything.skipped) == 2404
    moneyrea = [a for a in everything.assets if a.name.startswith("Moneyrea Primary")]
    assert moneyrea and not box(-8.2, 54.0, -5.4, 55.4).contains(moneyrea[0].geometry)
    near = plan(venues, project, category="physical", margin_m=1000)
    assert all(a.name != moneyrea[0].name for a in near.assets)


def test_hebden_bridge_swapped_columns_nan_and_duplicate(realdata):
    path = realdata / "assets/hebden_bridge_places_langphil/hebdenplaces.csv"
    result = plan(path, category="economic", columns={"name": "comments", "address": "name"})
    assert any("swapped" in n for n in result.notes)
    assert all(-2.1 < a.location[0] < -1.9 and 53.7 < a.location[1] < 53.8 for a in result.assets)
    assert sum("NaN" in why for _, why in result.skipped) == 12
    assert len(result.duplicates) == 1


def test_cambridgeshire_stops_in_windows_1252_and_british_grid(realdata):
    path = realdata / "assets/uk_mobile_library_stops_librarieshacked/raw_cambridgeshire_cp1252.csv"
    result = plan(path, category="institution", columns={"name": "MainLocation"})
    assert len(result.assets) + len(result.duplicates) == 385 and not result.skipped
    assert any("\u2019" in a.name for a in result.assets + [d.incoming for d in result.duplicates])
    assert all(-0.6 < a.location[0] < 0.6 and 52.0 < a.location[1] < 52.8 for a in result.assets)


def test_my_maps_kml_reads_every_folder_as_a_tag(realdata):
    path = realdata / "assets/uk_mobile_library_stops_librarieshacked/raw_perth_and_kinross.kml"
    result = plan(path, category="institution")
    everything = result.assets + [d.incoming for d in result.duplicates]
    assert len(everything) == 126
    folders = {t for a in everything for t in a.tags}
    assert len(folders) == 3
    assert all(56 < a.location[1] < 57.2 for a in everything)


def test_portsmouth_file_without_a_header(realdata):
    path = realdata / "assets/uk_mobile_library_stops_librarieshacked/raw_portsmouth.csv"
    result = plan(path, category="institution")
    everything = result.assets + [d.incoming for d in result.duplicates]
    assert len(everything) == 9
    assert everything[0].name == "Drayton Lane / Havant Road"
    assert everything[0].location == pytest.approx((-1.048136, 50.846681))


def test_crossings_at_the_irish_grid_origin_are_flagged(realdata):
    path = realdata / "assets/ni_opendatani_lintol/pedestriancrossing.geojson"
    result = plan(path, category="physical")
    origin = [row for row, why in result.skipped if "origin of the Irish Grid" in why]
    assert len(origin) == 2
    assert len(result.assets) + len(result.duplicates) == 1570


def test_cycle_hire_csv_and_geojson_agree(realdata, tmp_path):
    from assetmap.io.projects import create_project

    project_path = tmp_path / "london.gpkg"
    create_project(project_path, "London")
    folder = realdata / "assets/london_cycle_hire_spData"
    first = import_into_project(project_path, str(folder / "cycle_hire_xy.csv"), "assets",
                                ImportOptions(category="physical"))
    assert first.added == 742
    second = import_into_project(project_path, str(folder / "cycle_hire.geojson"), "assets",
                                 ImportOptions(category="physical"))
    assert second.added == 0 and second.merged == 742


def test_shapefile_without_a_crs_asks_for_one(realdata, tmp_path):
    path = realdata / "boundaries/eire_counties_spData/eire.shp"
    with pytest.raises(AssetmapError, match="eire.shp: does not say which coordinate system"):
        plan(path, category="physical")
    result = plan(path, category="physical", crs="+proj=utm +zone=30 +units=km +datum=WGS84")
    assert len(result.assets) == 26
    assert all(-10.7 < a.location[0] < -5.9 and 51.3 < a.location[1] < 55.5 for a in result.assets)


def test_gpx_waypoints_only(realdata):
    path = realdata / "gpx/gpxpy_korita-zbevnica.gpx"
    result = plan(path, category="physical")
    assert len(result.assets) == 2  # the tracks' 871 points are not assets


def test_an_invalid_outline_is_repaired(realdata, tmp_path):
    from assetmap.io.projects import create_project

    path = realdata / "assets/ni_opendatani_lintol/osni-ni-outline-lowres.geojson"
    project_path = tmp_path / "ni.gpkg"
    create_project(project_path, "NI")
    import_into_project(project_path, str(path), "boundary")
    from assetmap.io.gpkg_store import open_project

    boundary = open_project(project_path).boundary
    assert boundary.is_valid and boundary.area > 1.0  # square degrees: the whole of NI
    as_asset = plan(path, category="physical")
    assert as_asset.assets[0].geometry.is_valid


@pytest.mark.parametrize("cells", [
    ["53.6", " -2.1 ", "1e3", "7"],
    ["53.6", "", "abc", "nan", "inf", "-inf", "1e400"],
    ["53,6", "-2,1", "4"],
    ["1_000", "2"],
])
def test_plain_and_messy_number_columns_read_the_same_way(cells):
    import math

    from assetmap.io.coordinates import parse_numbers

    def one_by_one(cell):
        try:
            value = float(cell.strip().replace(",", "."))
        except ValueError:
            return math.nan
        return value if math.isfinite(value) and "_" not in cell else math.nan

    expected = [one_by_one(c) for c in cells]
    got = parse_numbers(cells).tolist()
    assert [math.isnan(v) for v in got] == [math.isnan(v) for v in expected]
    assert [v for v in got if not math.isnan(v)] == [v for v in expected if not math.isnan(v)]


def test_the_chosen_kind_fills_only_rows_that_give_none(tmp_path):
    path = write(tmp_path, "name,category,latitude,longitude\n"
                           "Blank kind,,53.6,-2.1\n"
                           "Corner shop,shops,53.6,-2.1\n"
                           "Library,institution,53.6,-2.1\n")
    result = plan(path, category="cultural")
    assert {a.name: a.category for a in result.assets} == {"Blank kind": "cultural", "Library": "institution"}
    assert result.skipped == [(3, "kind 'shops' is not one of individual, association, institution, "
                                  "physical, economic, cultural")]
