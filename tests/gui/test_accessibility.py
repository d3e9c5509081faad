"""Every control has a name a screen reader can say, and the main flows work from the keyboard."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit, QPlainTextEdit, QSlider,
    QTextEdit, QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit,
            QTextEdit, QSlider)


def unnamed_controls(root) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo box or spin box speaks for its own line edit
        if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            continue  # a table's headers are read as part of the table
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'} "
                           f"in {type(widget.parent()).__name__}")
    return missing


def test_every_control_in_the_main_window_has_a_name(window):
    for dock in window._docks.values():
        dock.show()
    assert unnamed_controls(window) == []


def test_every_control_in_workshop_mode_and_dialogs_has_a_name(window, qtbot, tmp_path):
    window.action_workshop.trigger()
    assert unnamed_controls(window) == []
    window.action_workshop.trigger()
    def import_window():
        csv = tmp_path / "few.csv"
        csv.write_text("name,kind,lat,lon\nHall,physical,53.6155,-2.095\n")
        window.import_path(csv)
        qtbot.waitUntil(lambda: getattr(window, "import_window", None) is not None)
        return window.import_window

    def new_ward():
        from assetmap.ui.new_ward_dialog import NewWardDialog

        return NewWardDialog(window)

    for open_dialog in (window.show_welcome, window.start_tour, window.enter_paper_marks,
                        lambda: window._share("report"), lambda: window.workshop.show_votes(), import_window,
                        new_ward):
        dialog = open_dialog() or window.share_dialog
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def test_added_and_removed_assets_are_announced(window, qtbot):
    from shapely.geometry import Point

    from assetmap.model.commands import AddRecord
    from assetmap.model.entities import Asset

    window.document.apply(AddRecord(Asset(id="new", name="Tool library", category="economic",
                                          geometry=Point(-2.095, 53.6155))))
    assert window.announced[-1] == "Added Tool library, Local economy"
    window.action_undo.trigger()
    assert window.announced[-1] == "Removed Tool library"


def test_keyboard_only_workshop_add(window, qtbot):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F11)
    if not window.workshop.active:  # offscreen windows may not be active for shortcuts
        window.action_workshop.trigger()
    before = len(window.project.assets)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)  # place at the middle of the map
    card = window.workshop.card
    assert card.isVisible()
    qtbot.keyClick(card, Qt.Key.Key_2)
    qtbot.keyClicks(card.name, "Knit and natter")
    qtbot.keyClick(card.name, Qt.Key.Key_Return)
    assert len(window.project.assets) == before + 1
    assert next(a for a in window.project.assets if a.name == "Knit and natter").category == "association"
    window.workshop.leave()


def test_the_system_text_size_and_high_contrast(window, qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    old = QFont(app.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.5)
    app.setFont(big)
    try:
        # Widgets take the system's size (no sizes fixed in code): it reaches them by event.
        qtbot.waitUntil(lambda: window.attributes.font().pointSizeF() == big.pointSizeF(), timeout=3000)
        assert window.asset_list.font().pointSizeF() == big.pointSizeF()
        assert window.gaps_panel.summary.font().pointSizeF() == big.pointSizeF()
    finally:
        app.setFont(old)
    window.action_contrast.trigger()
    assert "border: 4px solid #D55E00" in app.styleSheet()
    window.action_contrast.trigger()
    assert "#D55E00" not in app.styleSheet()
