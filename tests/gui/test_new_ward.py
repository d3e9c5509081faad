"""Starting a new ward from the File menu's dialog: name, boundary file, OSM background."""

import pytest

from assetmap.errors import AssetmapError
from assetmap.io.gpkg_store import open_project
from assetmap.ui.new_ward_dialog import NewWardDialog


def test_new_ward_with_boundary_and_osm_background(qtbot, tmp_path, realdata):
    dialog = NewWardDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Toome")
    dialog.file.edit.setText(str(tmp_path / "toome"))
    dialog.boundary_file.setChecked(True)
    boundary = sorted((realdata / "boundaries" / "ni_uk_geojson_martinjc").glob("*.geojson"))[0]
    dialog.boundary_path.edit.setText(str(boundary))
    project, path = dialog.create()
    assert path.name == "toome.gpkg" and path.exists()
    assert project.boundary is not None and project.info.metric_crs == "EPSG:2157"
    assert open_project(path).info.name == "Toome"


def test_new_ward_with_an_osm_background(qtbot, tmp_path, realdata):
    dialog = NewWardDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Leeds test")
    dialog.file.edit.setText(str(tmp_path / "leeds.gpkg"))
    dialog.basemap_path.edit.setText(str(realdata / "osm" / "its-example_leeds.osm.pbf"))
    project, path = dialog.create()
    assert len(open_project(path).basemap["streets"]) >= 180
    assert "OpenStreetMap" in open_project(path).info.credits


def test_missing_choices_are_explained(qtbot, tmp_path):
    dialog = NewWardDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("X")
    with pytest.raises(AssetmapError, match="where to save"):
        dialog.create()
    dialog.file.edit.setText(str(tmp_path / "x.gpkg"))
    dialog.boundary_file.setChecked(True)
    with pytest.raises(AssetmapError, match="boundary file"):
        dialog.create()
