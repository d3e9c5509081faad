"""Every word the window shows goes through Qt's translation: with a pseudo-translation
installed (every text accented and a third longer), no English is left in the main window,
workshop mode or the dialogs, and no button or label is cut short."""

import html
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
    make = dict(re.findall(r"^(TRANSLATED|LUPDATE_ALIASES) = (.*)$", (REPO / "Makefile").read_text(), re.M))
    files = sorted(str(p) for pattern in make["TRANSLATED"].split() for p in REPO.glob(pattern))
    assert any("/io/" in f for f in files) and any("/analysis/" in f for f in files)
    subprocess.run([str(lupdate), *files, *make["LUPDATE_ALIASES"].split(), "-ts", str(fresh)],
                   check=True, capture_output=True)

    def sources(path):
        return set(re.findall(r"<source>(.*?)</source>", path.read_text(encoding="utf-8"), re.S))

    wanted = sources(fresh)
    assert len(wanted) > 600
    assert "{path}: no such file" in wanted and "blank row" in wanted  # the core's say() templates
    for ts in sorted((REPO / "resources" / "i18n").glob("assetmap_*.ts")):
        assert sources(ts) >= wanted, ts.name


@pytest.fixture
def pseudo_translated(qapp):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_core_speaks_through_the_window_s_translation(pseudo_translated, sample_path, tmp_path):
    """Errors, skip reasons, analysis reasons, the report's words and the web map's texts are made
    below the window, as say() templates: with a translation installed, they come out translated."""
    from assetmap.errors import AssetmapError
    from assetmap.io.asset_sources import read_source
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.projects import ImportOptions, plan_asset_import
    from assetmap.io.report_content import build_report
    from assetmap.io.webmap import build_webmap

    with pytest.raises(AssetmapError) as error:
        read_source(tmp_path / "missing.csv")
    assert "⟦" in str(error.value) and "missing.csv" in str(error.value)

    project = open_project(sample_path)
    rows = tmp_path / "rows.csv"
    rows.write_text("name,category,latitude,longitude\n,physical,53.6,-2.1\nShop,shops,53.6,-2.1\n"
                    "Text,economic,abc,-2\n", encoding="utf-8")
    plan = plan_asset_import(project, str(rows), ImportOptions(margin_m=None))
    assert len(plan.skipped) == 3 and all("⟦" in why for _, why in plan.skipped)
    assert "'shops'" in dict(plan.skipped)[3]  # values are filled in after translating

    content, result = build_report(project, walking_distance=None)
    assert all("⟦" in text for text in content.words.values())
    assert "⟦" in content.network_summary and all("⟦" in line for line in content.method)
    assert result["connectors"] and all("⟦" in c["reason"] for c in result["connectors"])
    assert result["gaps"] and all("⟦" in g["reason"] for g in result["gaps"])

    page = build_webmap(project, gap_distance=None).get_root().render()
    assert pseudo("Key") in page
    assert "made with assetmap" not in page
    from assetmap.io.webmap import _link_lines

    popups = [f["properties"]["p"] for f in _link_lines(project, False)["features"]]
    assert any(html.escape(pseudo("is a member of")) in p for p in popups)
    assert not any("member" in p for p in popups)


def test_the_import_window_shows_translated_reasons(pseudo_window, qtbot, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("name,category,latitude,longitude\nHall,physical,53.6,-2.1\n,physical,53.6,-2.1\n",
                    encoding="utf-8")
    pseudo_window.import_path(rows)
    qtbot.waitUntil(lambda: getattr(pseudo_window, "import_window", None) is not None
                    and pseudo_window.import_window.isVisible(), timeout=10000)
    dialog = pseudo_window.import_window
    dialog.near_ward.setChecked(False)
    status = [dialog.preview.item(r, 0).text() for r in range(dialog.preview.rowCount())]
    assert len(status) == 2 and all("⟦" in s for s in status)
    assert pseudo("the name is empty") in status[1]
    assert english_left(dialog, {str(rows), rows.name, "Hall", "name", "category", "latitude", "longitude"}) == []
    dialog.reject()


def test_the_print_map_and_the_report_pdf_are_translated(pseudo_translated, sample_path, tmp_path):
    from assetmap.io.gpkg_store import open_project
    from assetmap.ui.print_layout import PrintOptions, print_to_file
    from assetmap.ui.report import write_report

    def pdf_text(path):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout

    project = open_project(sample_path)
    page = tmp_path / "map.pdf"
    print_to_file(project, page, PrintOptions(paper="A4", dpi=100))
    text = pdf_text(page)
    assert pseudo("Key") in text and "Made with" not in text and "Ward boundary" not in text
    # Longer words still fit: the key wraps rather than running off the page (10 mm margin).
    boxes = subprocess.run(["pdftotext", "-bbox", str(page), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    assert max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)) < width - 10 / 25.4 * 72
    report = tmp_path / "report.pdf"
    write_report(project, report)
    text = pdf_text(report)
    assert pseudo("Suggested introductions") in text.replace("\n", " ")
    assert "Suggested introductions" not in text and "How this was worked out" not in text
