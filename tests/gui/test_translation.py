"""Every word the window shows goes through Qt's translation: with a pseudo-translation
installed (every text accented and a third longer), no English is left in the main window,
workshop mode or the dialogs, and no button or label is cut short."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QLineEdit, QMessageBox, QTableWidget, QTabWidget,
    QTreeWidget, QWidget,
)

from assetmap.ui.i18n import PseudoTranslator, pseudo

REPO = Path(__file__).resolve().parents[2]
TAG = re.compile(r"<[^>]+>|&\w+;")


@pytest.fixture
def pseudo_window(qtbot, sample_path, monkeypatch):
    from assetmap.app import build_window

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = QApplication.instance()
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    try:
        window = build_window(sample_path)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        app.removeTranslator(translator)


def data_texts(window) -> set[str]:
    project = window.project
    texts = {project.info.name, project.info.description, project.info.credits}
    for collection in (project.assets, project.people, project.groups):
        texts |= {r.name for r in collection}
    return {t for t in texts if t}


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QDockWidget):
            found.append((where, widget.windowTitle()))
        elif isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [(where + " header", header.text(i)) for i in range(header.columnCount())]
        elif isinstance(widget, QTableWidget):
            found += [(where + " header", widget.horizontalHeaderItem(i).text())
                      for i in range(widget.columnCount()) if widget.horizontalHeaderItem(i)]
        if widget.isWindow():
            found.append((where + " title", widget.windowTitle()))
    return found


def english_left(root: QWidget, data: set[str]) -> list[str]:
    left = []
    for where, text in shown_texts(root):
        plain = TAG.sub("", text).strip()
        # Single letters are names, not words: the voting tables A-F, the poster's columns.
        if len(re.findall(r"[A-Za-z]", plain)) <= 1 or "⟦" in plain or plain in data:
            continue
        if any(plain.startswith(d) or plain.endswith(d) for d in data if len(d) > 3):
            continue
        left.append(f"{where}: {plain[:60]!r}")
    return left


def clipped(root: QWidget) -> list[str]:
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) and widget.text() and widget.width() + 2 < widget.sizeHint().width():
            cut.append(f"{type(widget).__name__} {widget.objectName()} {widget.text()[:30]!r}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
                and widget.width() + 2 < widget.sizeHint().width():
            cut.append(f"QLabel {widget.objectName()} {widget.text()[:30]!r}")
    return cut


def test_pseudo_translation_keeps_placeholders():
    text = pseudo("Added {0}, &Save <b>{1:,.0f}</b>")
    assert "{0}" in text and "{1:,.0f}" in text and "&S" in text and "<b>" in text
    assert text.startswith("⟦") and len(text) > len("Added {0}, &Save <b>{1:,.0f}</b>")


def test_the_main_window_is_all_translated(pseudo_window):
    window = pseudo_window
    for dock in window._docks.values():
        dock.show()
    data = data_texts(window)
    assert english_left(window, data) == []
    menus = [a.text() for a in window.menuBar().actions()]
    menus += [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions() if a.text()]
    assert [m for m in menus if "⟦" not in m and re.search(r"[A-Za-z]", m)] == []
    assert clipped(window) == []


def test_workshop_mode_and_dialogs_are_all_translated(pseudo_window, qtbot, tmp_path):
    window = pseudo_window
    data = data_texts(window)
    window.action_workshop.trigger()
    qtbot.mouseClick(window.canvas.viewport(), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton,
                     pos=window.canvas.viewport().rect().center())
    assert english_left(window, data) == []
    qtbot.wait(50)  # labels whose text just changed (the scale) are laid out again
    assert clipped(window) == []
    window.workshop.leave()
    for open_dialog in (window.show_welcome, window.start_tour, window.enter_paper_marks,
                        lambda: window._share("report") or window.share_dialog, window.workshop.show_votes):
        dialog = open_dialog()
        assert english_left(dialog, data | {str(p) for p in window.recent_files()}) == [], type(dialog).__name__
        assert clipped(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_translation_sources_are_up_to_date(tmp_path):
    """resources/i18n/*.ts hold every text the code marks (`make translations` refreshes them)."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sorted(str(p) for p in (REPO / "assetmap" / "ui").glob("*.py")), "-ts", str(fresh)],
                   check=True, capture_output=True)

    def sources(path):
        return set(re.findall(r"<source>(.*?)</source>", path.read_text(encoding="utf-8"), re.S))

    wanted = sources(fresh)
    assert len(wanted) > 300
    for ts in sorted((REPO / "resources" / "i18n").glob("assetmap_*.ts")):
        assert sources(ts) >= wanted, ts.name
