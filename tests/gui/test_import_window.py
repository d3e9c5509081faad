"""The import window: preview, column choices, skipped rows, then one undoable import."""

from PySide6.QtCore import Qt


def open_import_window(window, qtbot, path):
    window.import_path(path)
    qtbot.waitUntil(lambda: getattr(window, "import_window", None) is not None
                    and window.import_window.isVisible(), timeout=10000)
    return window.import_window


def test_choosing_columns_and_kind_then_importing(window, qtbot, realdata):
    path = realdata / "assets/hebden_bridge_places_langphil/hebdenplaces.csv"
    dialog = open_import_window(window, qtbot, path)
    assert "swapped" in dialog.notes.text()
    assert dialog.swap.isChecked()
    # Hebden's "name" column holds addresses; the venue names are in "comments".
    dialog.name_box.setCurrentIndex(dialog.name_box.findData("comments"))
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData("economic"))
    status = {dialog.preview.verticalHeaderItem(r).text(): dialog.preview.item(r, 0).text()
              for r in range(dialog.preview.rowCount())}
    assert status["46"].startswith("Skipped: no position")
    assert status["2"].startswith("Skipped: outside the ward")
    # Far from Millbrook: the ward filter skips every row, and Import is refused.
    assert not dialog.import_button.isEnabled()
    assert "0 asset(s) will be added" in dialog.summary.text()
    dialog.near_ward.setChecked(False)
    assert "204 asset(s) will be added" in dialog.summary.text()
    assert dialog.preview.item(0, 0).text() == "Will be added"
    before = len(window.project.assets)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.project.assets) == before + 204
    assert any(a.name == "Organic House" and a.category == "economic" for a in window.project.assets)
    window.action_undo.trigger()
    assert len(window.project.assets) == before


def test_cancelling_the_window_changes_nothing(window, qtbot, tmp_path):
    path = tmp_path / "few.csv"
    path.write_text("name,kind,lat,lon\nA,physical,53.6,-2.1\n")
    dialog = open_import_window(window, qtbot, path)
    before = len(window.project.assets)
    dialog.reject()
    assert len(window.project.assets) == before
    assert not window.document.undo_stack.canUndo()
