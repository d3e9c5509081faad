"""Markup in names and files shows as typed in the window, never as HTML."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from shapely.geometry import Point

from assetmap.model.commands import AddRecord
from assetmap.model.entities import Asset

HOSTILE = '<img src="/etc/passwd"><b>Bold</b> & <a href="http://x">link</a>'


def test_a_hostile_name_is_shown_literally(window, qtbot):
    window.document.apply(AddRecord(Asset(id="h", name=HOSTILE, category="cultural", geometry=Point(-2.095, 53.6155))))
    window.canvas.set_selection(["h"])
    window._selection_from_map(["h"])
    assert window.attributes.fields["name"].text() == HOSTILE
    for label in window.findChildren(QLabel):
        if "Bold" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_a_hostile_file_name_in_a_message_is_escaped(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    bad = tmp_path / "<b>bad<b>.mbtiles"
    bad.write_bytes(b"not tiles")
    window.import_path(bad)
    assert shown and shown[0].startswith("<qt>") and "&lt;b&gt;bad&lt;b&gt;" in shown[0]
