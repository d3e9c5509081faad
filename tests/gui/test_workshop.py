"""Workshop mode: on and off restores the window, the three-step add, the big Undo, the tally."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def test_workshop_mode_three_step_add_and_back(window, qtbot):
    app = QApplication.instance()
    from PySide6.QtWidgets import QToolBar

    def layout_of(win):
        return ({k: (d.isVisible(), win.dockWidgetArea(d), d.isFloating()) for k, d in win._docks.items()},
                [t.isVisible() for t in win.findChildren(QToolBar)], win.menuBar().isVisible(), win.size())

    font_before = app.font().pointSizeF()
    docks_before = {k: d.isVisible() for k, d in window._docks.items()}
    before_layout = layout_of(window)
    window.action_workshop.trigger()
    shop = window.workshop
    assert shop.active and window.isFullScreen()
    assert app.font().pointSizeF() > font_before * 1.5
    assert not any(d.isVisible() for d in window._docks.values())
    tiles = shop.card.tiles
    assert all(t.minimumHeight() >= 44 for t in tiles.values())
    before = len(window.project.assets)
    # 1: click the map
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=window.canvas.viewport().rect().center())
    assert shop.card.isVisible()
    # 2: pick a tile (by key, as a keyboard user would)
    qtbot.keyClick(shop.card.tiles["individual"], Qt.Key.Key_4)
    assert shop.card.kind == "physical" and shop.card.name.hasFocus()
    # 3: type a name and press Enter
    qtbot.keyClicks(shop.card.name, "Bus shelter bench")
    qtbot.keyClick(shop.card.name, Qt.Key.Key_Return)
    assert len(window.project.assets) == before + 1
    added = next(a for a in window.project.assets if a.name == "Bus shelter bench")
    assert added.category == "physical" and added.recorded_by == "workshop"
    assert "Places and spaces: 31" in shop.bar.tally.text()
    qtbot.mouseClick(shop.bar.undo, Qt.MouseButton.LeftButton)
    assert len(window.project.assets) == before
    assert "Places and spaces: 30" in shop.bar.tally.text()
    qtbot.mouseClick(shop.bar.leave, Qt.MouseButton.LeftButton)
    assert not shop.active and not window.isFullScreen()
    assert app.font().pointSizeF() == font_before
    qtbot.waitUntil(lambda: layout_of(window) == before_layout, timeout=3000)
    assert {k: d.isVisible() for k, d in window._docks.items()} == docks_before
    assert window.centralWidget() is window.views


def test_a_story_goes_with_the_asset(window, qtbot):
    window.action_workshop.trigger()
    shop = window.workshop
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.canvas.viewport().rect().center() + QPoint(-20, 15))
    qtbot.mouseClick(shop.card.tiles["cultural"], Qt.MouseButton.LeftButton)
    shop.card.story.setPlainText("Where the gala started in 1921.")
    qtbot.keyClicks(shop.card.name, "Gala field")
    qtbot.keyClick(shop.card.name, Qt.Key.Key_Return)
    assert next(a for a in window.project.assets if a.name == "Gala field").story == "Where the gala started in 1921."
    window.action_workshop.trigger()
    assert not shop.active
