"""The gap layer in the window: measured off the GUI thread and drawn hatched on the map."""

from tests.images import colour_present, image_array


def test_gaps_are_measured_and_drawn(window, qtbot):
    panel = window.gaps_panel
    before = image_array(window.canvas.viewport().grab().toImage())
    assert not colour_present(before, "#B2182B", tolerance=10)
    panel.category.setCurrentIndex(panel.category.findData("physical"))
    panel.distance.setValue(800)
    panel.show_button.click()
    qtbot.waitUntil(lambda: panel.show_button.isEnabled() and panel.largest.count() > 0, timeout=60_000)
    assert "of the ward is within 800 m of a place or space" in panel.summary.text()
    assert "of homes are beyond reach" in panel.summary.text()
    assert not window.layers.gap_path.isEmpty()
    qtbot.wait(50)
    after = image_array(window.canvas.viewport().grab().toImage())
    assert colour_present(after, "#B2182B", tolerance=10)  # the hatching is on the map
    window.layers_panel.toggles["gaps"].setChecked(False)
    qtbot.wait(50)
    assert not colour_present(image_array(window.canvas.viewport().grab().toImage()), "#B2182B", tolerance=10)


def test_an_assets_catchment_kept_as_a_layer_and_undone(window, qtbot, tmp_path):
    from assetmap.io.gpkg_store import open_project
    from assetmap.ui.result_paint import CATCHMENT

    panel = window.gaps_panel
    park = next(a for a in window.project.assets if a.name == "Millbrook Park")
    assert not panel.catchment_button.isEnabled()
    window.asset_list.selection_changed.emit([park.id])
    assert panel.catchment_button.isEnabled()
    panel.catchment_button.click()
    qtbot.waitUntil(lambda: panel.keep_button.isEnabled(), timeout=60_000)
    assert "Millbrook Park" in panel.summary.text() and "would be lost if it closed" in panel.summary.text()
    assert window.layers.preview is not None
    qtbot.wait(50)
    assert colour_present(image_array(window.canvas.viewport().grab().toImage()), CATCHMENT.name(), tolerance=40)
    panel.keep_button.click()
    name = panel.result.name
    assert name in window.project.results
    assert window.layers_panel.findChild(type(window.layers_panel.toggles["gaps"]), f"toggle_result:{name}")
    assert window.save()
    assert name in open_project(window.path).results
    window.action_undo.trigger()
    assert name not in window.project.results


def test_density_hexagons_on_the_map_and_exported(window, qtbot, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    from assetmap.ui.result_paint import DENSITY_COLOURS

    panel = window.gaps_panel
    panel.density_button.click()
    qtbot.waitUntil(lambda: panel.keep_button.isEnabled(), timeout=60_000)
    assert "hexagons of 250 m" in panel.summary.text()
    qtbot.wait(50)
    shot = image_array(window.canvas.viewport().grab().toImage())
    assert sum(colour_present(shot, c, tolerance=30) for c in DENSITY_COLOURS[2:]) >= 1
    out = tmp_path / "density.geojson"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel.export_button.click()
    features = json.loads(out.read_text())["features"]
    assert sum(f["properties"]["total"] for f in features) == len(window.project.assets)


def test_gaps_for_a_chosen_set_of_assets(window, qtbot):
    panel = window.gaps_panel
    halls = [a.id for a in window.project.assets if a.category == "physical"][:3]
    window.asset_list.selection_changed.emit(halls)
    assert panel.catchment_button.text() == "Show the gaps for the 3 selected assets"
    panel.catchment_button.click()
    qtbot.waitUntil(lambda: panel.keep_button.isEnabled(), timeout=60_000)
    assert "of the ward is within 800 m of the 3 selected assets" in panel.summary.text()
    assert not window.layers.gap_path.isEmpty()
    assert panel.result.name == "gap_selection_800"
