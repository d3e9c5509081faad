import pytest
from PySide6.QtWidgets import QMessageBox

from assetmap.app import build_window


@pytest.fixture
def window(qtbot, sample_path, monkeypatch):
    """The main window on a private copy of the sample ward, shown at 1200x800.

    pytest-qt closes windows before fixtures finish, so a "Save changes?" question is
    answered Discard unless a test says otherwise; never leave a modal dialog open.
    """
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = build_window(sample_path)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.document.undo_stack.setClean()
    return win
