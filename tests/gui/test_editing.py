"""Editing on the map like a user: add by click, move by drag, delete, undo and redo each,
search and filter, save and reopen."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from assetmap.io.gpkg_store import open_project




def screen_pos(win, asset_id) -> QPoint:
    x, y = win.layers.points.position(asset_id)
    return win.canvas.mapFromScene(x, y)


def empty_spot(win) -> QPoint:
    """A point on the map with no marker near it."""
    rect = win.canvas.viewport().rect()
    for fx in (0.5, 0.3, 0.7, 0.2, 0.8):
        for fy in (0.5, 0.3, 0.7, 0.2, 0.8):
            pos = QPoint(int(rect.width() * fx), int(rect.height() * fy))
            if win.canvas.asset_at(pos) is None and win.canvas.asset_at(pos + QPoint(0, 30)) is None:
                return pos
    raise AssertionError("no empty spot on the map")


def test_add_by_click_then_undo_and_redo(window, qtbot):
    before = len(window.project.assets)
    window.findChild(type(window.action_add), "actionKind_economic").trigger()
    assert window.canvas.mode == "add"
    spot = empty_spot(window)
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.add_form.isVisible()
    qtbot.keyClicks(window.add_form.name, "Hollins Pop-up Cafe")
    qtbot.keyClick(window.add_form.name, Qt.Key.Key_Return)
    assert not window.add_form.isVisible()
    assert len(window.project.assets) == before + 1
    added = next(a for a in window.project.assets if a.name == "Hollins Pop-up Cafe")
    assert added.category == "economic" and added.geometry.geom_type == "Point"
    assert window.canvas.selection == {added.id}
    assert window.attributes.fields["name"].text() == "Hollins Pop-up Cafe"
    where = screen_pos(window, added.id)
    assert abs(where.x() - spot.x()) <= 1 and abs(where.y() - spot.y()) <= 1
    window.action_undo.trigger()
    assert len(window.project.assets) == before
    window.action_redo.trigger()
    assert window.project.assets[added.id] == added
    assert window.document.undo_stack.count() == 1


def test_escape_cancels_the_add_form(window, qtbot):
    before = len(window.project.assets)
    window.action_add.trigger()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty_spot(window))
    qtbot.keyClicks(window.add_form.name, "Never mind")
    qtbot.keyClick(window.add_form.name, Qt.Key.Key_Escape)
    assert not window.add_form.isVisible() and len(window.project.assets) == before


def test_drag_moves_an_asset_in_one_undo_step(window, qtbot):
    asset = next(a for a in window.project.assets if a.geometry.geom_type == "Point")
    window.canvas.zoom_to_assets([asset.id])
    start = screen_pos(window, asset.id)
    assert window.canvas.asset_at(start) is not None
    viewport = window.canvas.viewport()
    moved_id = window.canvas.asset_at(start)
    original = window.project.assets[moved_id]
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + QPoint(step * 6, step * 3))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 30))
    moved = window.project.assets[moved_id]
    assert moved.location != original.location
    end = screen_pos(window, moved_id)
    assert abs(end.x() - (start.x() + 60)) <= 1 and abs(end.y() - (start.y() + 30)) <= 1
    assert window.document.undo_stack.count() == 1
    window.action_undo.trigger()
    assert window.project.assets[moved_id] == original
    window.action_redo.trigger()
    assert window.project.assets[moved_id] == moved


def test_dragging_empty_map_pans_without_editing(window, qtbot):
    viewport = window.canvas.viewport()
    spot = empty_spot(window)
    centre = window.canvas.mapToScene(viewport.rect().center())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseMove(viewport, spot + QPoint(80, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=spot + QPoint(80, 0))
    assert window.canvas.mapToScene(viewport.rect().center()).x() < centre.x()
    assert window.document.undo_stack.count() == 0


def test_rubber_band_selects_and_delete_removes_in_one_step(window, qtbot):
    viewport = window.canvas.viewport()
    rect = viewport.rect()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=QPoint(rect.width() // 4, rect.height() // 4))
    qtbot.mouseMove(viewport, QPoint(rect.width() * 3 // 4, rect.height() * 3 // 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                       pos=QPoint(rect.width() * 3 // 4, rect.height() * 3 // 4))
    chosen = set(window.canvas.selection)
    assert len(chosen) >= 3
    links_before = len(window.project.links)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert not chosen & set(window.project.assets.ids())
    assert window.document.undo_stack.count() == 1
    window.action_undo.trigger()
    assert chosen <= set(window.project.assets.ids())
    assert len(window.project.links) == links_before


def test_click_selects_and_the_details_edit_the_record(window, qtbot):
    asset = next(a for a in window.project.assets if a.category == "cultural")
    window.canvas.zoom_to_assets([asset.id])
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=screen_pos(window, asset.id))
    chosen = window.canvas.selection
    assert len(chosen) == 1
    chosen_id = next(iter(chosen))
    field = window.attributes.fields["story"]
    field.setFocus()
    field.setPlainText("Painted by the youth club in 1998.")
    window.attributes.fields["name"].setFocus()  # leaving the field commits it
    assert window.project.assets[chosen_id].story == "Painted by the youth club in 1998."
    tags = window.attributes.fields["tags"]
    tags.setText("art, youth")
    tags.editingFinished.emit()
    assert window.project.assets[chosen_id].tags == ("art", "youth")
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert window.project.assets[chosen_id].story == window.project.assets[chosen_id].story
    assert window.project.assets[chosen_id] == open_project(window.path).assets[chosen_id]


def test_search_and_filters(window, qtbot):
    panel = window.asset_list
    total = panel.proxy.rowCount()
    qtbot.keyClicks(panel.search, "Caf")
    names = [window.project.assets[i].name for i in panel.visible_ids()]
    assert names and all("caf" in n.lower() for n in names)
    panel.search.clear()
    panel.category.setCurrentIndex(panel.category.findData("institution"))
    assert {window.project.assets[i].category for i in panel.visible_ids()} == {"institution"}
    panel.category.setCurrentIndex(0)
    panel.tag.setCurrentIndex(panel.tag.findData("heritage"))
    assert all("heritage" in window.project.assets[i].tags for i in panel.visible_ids())
    panel.tag.setCurrentIndex(0)
    assert panel.proxy.rowCount() == total


def test_ctrl_f_then_enter_zooms_to_the_found_asset(window, qtbot):
    window.action_find.trigger()
    assert window.asset_list.search.hasFocus()
    target = next(a for a in window.project.assets if a.name.endswith("Library"))
    qtbot.keyClicks(window.asset_list.search, target.name)
    qtbot.keyClick(window.asset_list.search, Qt.Key.Key_Return)
    found = window.asset_list.visible_ids()[0]
    x, y = window.layers.points.position(found)
    assert window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect().contains(x, y)
    assert window.canvas.pixels_per_unit > 0.5


def test_save_and_reopen_equal(window, qtbot, tmp_path):
    window.action_add.trigger()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty_spot(window))
    qtbot.keyClicks(window.add_form.name, "Saved asset")
    qtbot.keyClick(window.add_form.name, Qt.Key.Key_Return)
    assert window.document.modified and window.windowTitle().startswith("*")
    window.action_save.trigger()
    assert not window.document.modified and not window.windowTitle().startswith("*")
    assert open_project(window.path).same_content(window.project)


def test_unsaved_changes_prompt_on_close(window, qtbot, monkeypatch):
    window.action_add.trigger()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty_spot(window))
    qtbot.keyClicks(window.add_form.name, "Unsaved")
    qtbot.keyClick(window.add_form.name, Qt.Key.Key_Return)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    assert any(a.name == "Unsaved" for a in open_project(window.path).assets)


def test_recent_files_and_opening_by_drop(window, qtbot, tmp_path, rich_project):
    from assetmap.io.gpkg_store import save_project

    other = tmp_path / "other.gpkg"
    save_project(rich_project, other)
    window.drop_path(other)
    assert window.project.info.name == rich_project.info.name
    assert window.recent_files()[0] == str(other.resolve())
    csv = tmp_path / "more.csv"
    csv.write_text("name,category,latitude,longitude\nDropped Hall,physical,52.4,-3.5\n")
    window.drop_path(csv)
    qtbot.waitUntil(lambda: getattr(window, "import_window", None) is not None and window.import_window.isVisible())
    assert "1 asset(s) will be added" in window.import_window.summary.text()
    qtbot.mouseClick(window.import_window.import_button, Qt.MouseButton.LeftButton)
    assert any(a.name == "Dropped Hall" for a in window.project.assets)
    window.action_undo.trigger()
    assert not any(a.name == "Dropped Hall" for a in window.project.assets)


def test_drawing_a_boundary(window, qtbot):
    window.action_draw_boundary.trigger()
    viewport = window.canvas.viewport()
    for pos in (QPoint(100, 100), QPoint(400, 120), QPoint(380, 400), QPoint(90, 380)):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    boundary = window.project.boundary
    assert boundary.geom_type == "Polygon" and len(boundary.exterior.coords) == 5
    window.action_undo.trigger()
    assert window.project.boundary is not None and window.project.boundary.area > boundary.area


def test_every_control_has_an_accessible_name_and_actions_have_object_names(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView

    for name in ("actionAddAsset", "actionUndo", "actionRedo", "actionSave", "actionOpen",
                 "actionImport", "actionExport"):
        assert window.findChild(type(window.action_add), name) is not None, name
    unnamed = []
    for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and not widget.accessibleName() and not isinstance(widget.parent(), QComboBox):
                unnamed.append(f"{kind.__name__} {widget.objectName()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not (button.accessibleName() or button.text() or button.toolTip()):
            unnamed.append(f"button {button.objectName()}")
    assert unnamed == []


def test_adding_with_the_keyboard_only(window, qtbot):
    before = len(window.project.assets)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)  # Add an asset
    qtbot.keyClick(window.canvas, Qt.Key.Key_6)  # culture and heritage
    qtbot.keyClick(window.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    assert window.add_form.isVisible() and window.add_form.name.hasFocus()
    qtbot.keyClicks(window.add_form.name, "Keyboard Mural")
    qtbot.keyClick(window.add_form.name, Qt.Key.Key_Return)
    added = next(a for a in window.project.assets if a.name == "Keyboard Mural")
    assert added.category == "cultural" and len(window.project.assets) == before + 1
    centre = window.canvas.mapToScene(window.canvas.viewport().rect().center())
    x, y = window.layers.points.position(added.id)
    assert abs(x - centre.x()) * window.canvas.pixels_per_unit < 2


def test_status_bar_shows_position_grid_reference_and_scale(window, qtbot):
    viewport = window.canvas.viewport()
    qtbot.mouseMove(viewport, viewport.rect().center())
    qtbot.mouseMove(viewport, viewport.rect().center() + QPoint(5, 5))
    status = window.pointer_status
    assert "° N" in status.position.text() and "° W" in status.position.text()
    assert status.grid.text().startswith("SD ")  # the sample ward lies in OS grid square SD
    assert status.scale.text().startswith("Scale 1:")
    before = status.scale.text()
    window.canvas.zoom_by(2)
    assert status.scale.text() != before


def test_escape_during_a_drag_puts_the_marker_back(window, qtbot):
    asset = next(a for a in window.project.assets if a.geometry.geom_type == "Point")
    window.canvas.zoom_to_assets([asset.id])
    start = screen_pos(window, asset.id)
    moving = window.canvas.asset_at(start)
    viewport = window.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(40, 0))
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    assert screen_pos(window, moving) == start
    assert window.document.undo_stack.count() == 0
