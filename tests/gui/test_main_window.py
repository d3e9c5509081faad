"""The first main window opens the sample ward and draws it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView

from assetmap.model import CATEGORIES
from tests.images import colour_present, distinct_colours, image_array




def test_window_opens_the_sample_ward(window):
    assert "Millbrook" in window.windowTitle()
    canvas = window.findChild(QGraphicsView, "mapCanvas")
    assert canvas is window.canvas
    assert canvas.accessibleName() == "Map"


def test_map_shows_every_category_colour(window):
    pixels = image_array(window.canvas.viewport().grab().toImage())
    assert distinct_colours(pixels) > 50, "the map looks blank"
    for cat in CATEGORIES:
        assert colour_present(pixels, cat.colour), f"no {cat.key} marker on the map"


def test_hiding_a_category_removes_its_markers(window, qtbot):
    economic = next(c for c in CATEGORIES if c.key == "economic")
    window.layers_panel.toggles["economic"].setChecked(False)
    qtbot.wait(50)
    pixels = image_array(window.canvas.viewport().grab().toImage())
    assert not colour_present(pixels, economic.colour, tolerance=4)
    window.layers_panel.toggles["economic"].setChecked(True)
    qtbot.wait(50)
    assert colour_present(image_array(window.canvas.viewport().grab().toImage()), economic.colour)


def test_keyboard_zoom_and_pan(window, qtbot):
    canvas = window.canvas
    canvas.setFocus()
    scale = canvas.pixels_per_unit
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.pixels_per_unit == pytest.approx(scale * 1.25)
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    moved = canvas.mapToScene(canvas.viewport().rect().center())
    assert moved.x() > centre.x()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.pixels_per_unit == pytest.approx(scale)


def test_the_network_can_be_drawn_over_the_map(window, qtbot):
    from tests.images import image_array

    canvas = window.canvas
    before = image_array(canvas.viewport().grab().toImage())
    assert not window.layers_panel.toggles["network"].isChecked()
    window.layers_panel.toggles["network"].setChecked(True)
    qtbot.wait(50)
    after = image_array(canvas.viewport().grab().toImage())
    lines = window.layers.network_lines()
    assert len(lines) > 100
    assert (before != after).any(axis=2).sum() > 1000  # the links are drawn
