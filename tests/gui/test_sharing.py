"""Sharing from the window: the privacy check, then the file written off the GUI thread."""

import json

from PySide6.QtWidgets import QDialogButtonBox

from assetmap.io.public_view import person_labels


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_export_data_shows_the_privacy_check_and_needs_consent_for_names(window, qtbot, tmp_path):
    window.action_export_data.trigger()
    dialog = window.share_dialog
    assert "no names" in dialog.privacy.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".geojson"))
    dialog.path_edit.setText(str(tmp_path / "ward.geojson"))
    dialog.names.setChecked(True)
    assert "names of 257 people" in dialog.privacy.text()
    assert not save_button(dialog).isEnabled()  # a deliberate second tick is needed
    dialog.consent.setChecked(True)
    assert save_button(dialog).isEnabled()
    dialog.names.setChecked(False)
    save_button(dialog).click()
    qtbot.waitUntil(lambda: (tmp_path / "ward.geojson").exists(), timeout=10000)
    data = json.loads((tmp_path / "ward.geojson").read_text(encoding="utf-8"))
    gifts = [a.name for a in window.project.assets if a.category == "individual"]
    assert not any(f["properties"]["name"] in gifts for f in data["features"])


def test_web_map_from_the_window(window, qtbot, tmp_path):
    window.action_web_map.trigger()
    dialog = window.share_dialog
    dialog.path_edit.setText(str(tmp_path / "ward.html"))
    dialog.with_gaps.setChecked(False)
    save_button(dialog).click()
    qtbot.waitUntil(lambda: (tmp_path / "ward.html").exists(), timeout=20000)
    page = (tmp_path / "ward.html").read_text(encoding="utf-8")
    assert "leaflet" in page.lower()
    assert not any(label in page for label in list(person_labels(window.project, True).values())[:30])


def test_print_map_dialog_writes_the_chosen_paper(window, qtbot, tmp_path):
    window.action_print.trigger()
    dialog = window.share_dialog
    assert not dialog.privacy.isVisible()
    dialog.paper_box.setCurrentText("A3")
    dialog.title_edit.setText("Our ward")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".png"))
    dialog.path_edit.setText(str(tmp_path / "poster.png"))
    save_button(dialog).click()
    qtbot.waitUntil(lambda: (tmp_path / "poster.png").exists(), timeout=20000)
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "poster.png"))
    assert (image.width(), image.height()) == (4961, 3508)  # A3 landscape at 300 dpi
