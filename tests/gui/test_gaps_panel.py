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
