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
    assert not shop.card.isVisible()  # Enter added it, and did not open another
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


def test_dot_voting_by_table_with_results_csv_and_report(window, qtbot, tmp_path, monkeypatch):
    import csv

    from PySide6.QtWidgets import QFileDialog

    from assetmap.io.report_content import build_report

    window.action_workshop.trigger()
    shop = window.workshop
    shop.bar.vote.setChecked(True)
    hall = next(a for a in window.project.assets if a.category == "physical")
    window.canvas.zoom_to_assets([hall.id])
    qtbot.wait(50)
    from PySide6.QtCore import QPointF

    from assetmap.model.geo import lonlat_to_scene

    x, y = lonlat_to_scene(*hall.location)
    where = window.canvas.mapFromScene(QPointF(float(x), float(y)))
    for table in (0, 0, 2):
        shop.bar.tables.button(table).setChecked(True)
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    totals = window.project.vote_totals()
    assert totals[0][0] == hall.id and totals[0][1] == 3
    assert totals[0][2] == {"Table A": 2, "Table C": 1}
    assert "Votes cast: 3" in shop.bar.tally.text()
    dialog = shop.show_votes()
    assert dialog.table.item(0, 0).text() == hall.name and dialog.table.item(0, 1).text() == "3"
    out = tmp_path / "votes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export()
    rows = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert rows[0]["total"] == "3" and rows[0]["Table A"] == "2"
    content, _ = build_report(window.project, walking_distance=None)
    assert content.votes[0] == (hall.name, "3")
    window.document.undo_stack.undo()
    assert window.project.vote_totals()[0][1] == 2
    window.action_workshop.trigger()


def test_marks_from_a_paper_poster_land_in_their_square(window, qtbot):
    from assetmap.model.poster import COLUMNS, ROWS

    dialog = window.enter_paper_marks()
    before = len(window.project.assets)
    qtbot.keyClicks(dialog.square, "c4")
    qtbot.keyClick(dialog.square, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.number, "7")
    dialog.kind.setCurrentIndex(dialog.kind.findData("economic"))
    qtbot.keyClicks(dialog.name, "Pop-up market")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.square, "Z9")
    qtbot.keyClicks(dialog.name, "Nowhere")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "not a square of the poster" in dialog.problem.text()
    assert len(window.project.assets) == before + 1
    market = next(a for a in window.project.assets if a.name == "Pop-up market")
    west, south, east, north = window.project.boundary.bounds
    column = (market.location[0] - west) / (east - west) * len(COLUMNS)
    row = (north - market.location[1]) / (north - south) * ROWS
    assert int(column) == 2 and int(row) == 3  # C is the third column, 4 the fourth row
    assert market.category == "economic" and dialog.entered.count() == 1
    assert market.description == "Mark 7 in square C4 of the paper map"


def test_an_idea_added_where_nothing_is_gets_the_tables_dot(window, qtbot):
    window.action_workshop.trigger()
    shop = window.workshop
    shop.bar.vote.setChecked(True)
    shop.bar.tables.button(1).setChecked(True)
    corner = window.canvas.viewport().rect().topLeft() + __import__("PySide6.QtCore").QtCore.QPoint(8, 8)
    assert window.canvas.asset_at(corner) is None
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert shop.card.isVisible() and "idea" in shop.card.prompt.text()
    qtbot.keyClick(shop.card, Qt.Key.Key_6)
    qtbot.keyClicks(shop.card.name, "Summer fair on the green")
    qtbot.keyClick(shop.card.name, Qt.Key.Key_Return)
    idea = next(a for a in window.project.assets if a.name == "Summer fair on the green")
    assert idea.tags == ("idea",)
    assert window.project.vote_totals()[0][:2] == (idea.id, 1)
    assert window.project.vote_totals()[0][2] == {"Table B": 1}
    window.workshop.leave()
