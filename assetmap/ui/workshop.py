"""Workshop mode: the window as a hall full of people uses it around a laptop or a projector.

Full screen, large type, high contrast, big tiles for the six kinds, one big Undo, and a live
tally. Adding is three steps: click the map, pick a tile, type a name and press Enter (a story
can be typed, or dictated with the computer's own dictation, into the note). Leaving puts the
window back exactly as it was.
"""

from __future__ import annotations


from PySide6.QtCore import QDate, QLocale, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QToolBar, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.categories import CATEGORIES
from assetmap.model.entities import VOTE_TABLES
from assetmap.ui.style import category_icon
from assetmap.ui.votes import TABLE_COLOURS

TILE_PIXELS = 72  # well above the 44 px a finger or an unsteady hand needs
TYPE_SCALE = 1.6
HIGH_CONTRAST = """
QWidget#workshopBar, QFrame#workshopAddCard { background: #ffffff; color: #000000; }
QPushButton { border: 3px solid #000000; border-radius: 10px; background: #ffffff; color: #000000;
              padding: 8px 14px; }
QPushButton:checked { background: #000000; color: #ffffff; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus { outline: none; border: 4px solid #D55E00; }
QLineEdit, QPlainTextEdit { border: 3px solid #000000; background: #ffffff; color: #000000; padding: 6px; }
"""


class AddCard(QFrame):
    """Where the map was clicked: six big tiles, then the name (and a note), then Enter."""

    added = Signal(str, str, str)  # kind, name, story
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshopAddCard")
        self.setAccessibleName(tr("Add an asset here"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.setAutoFillBackground(True)
        self.kind: str | None = None
        self.prompt = QLabel(tr("What kind of thing is it?"))
        self.prompt.setWordWrap(True)
        self.tiles: dict[str, QPushButton] = {}
        self.grid = QGridLayout()
        for n, cat in enumerate(CATEGORIES):
            tile = QPushButton(category_icon(cat.key, 40), f"{n + 1}  {tr(cat.label)}")
            tile.setObjectName(f"cardTile_{cat.key}")
            tile.setAccessibleName(tr('{0}, key {1}').format(tr(cat.label), n + 1))
            tile.setIconSize(QSize(36, 36))
            tile.setMinimumSize(TILE_PIXELS * 2, TILE_PIXELS)
            tile.clicked.connect(lambda _=False, k=cat.key: self.choose(k))
            self.tiles[cat.key] = tile
        self._arrange(3)
        self.name = QLineEdit()
        self.name.setObjectName("workshopName")
        self.name.setAccessibleName(tr("Its name"))
        self.name.setPlaceholderText(tr("Its name, then Enter"))
        self.name.returnPressed.connect(self.accept)
        self.story = QPlainTextEdit()
        self.story.setObjectName("workshopStory")
        self.story.setAccessibleName(tr("A story or note about it (type, or use dictation)"))
        self.story.setPlaceholderText(tr("A story or note (optional): type it, or dictate it"))
        self.story.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.grid)
        layout.addWidget(self.name)
        layout.addWidget(self.story)
        self.hide()

    def keyPressEvent(self, event) -> None:
        """Keys 1-6 pick a tile (while the name is not being typed); Escape cancels."""
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The name box has acted on Enter already and passes the key on, as line edits do;
            # stop it here, or the map under the card would take it as "add another here".
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        elif text in "123456" and text and not self.name.hasFocus() and not self.story.hasFocus():
            self.choose(CATEGORIES[int(text) - 1].key)
        else:
            super().keyPressEvent(event)

    def _arrange(self, columns: int) -> None:
        for n, cat in enumerate(CATEGORIES):
            self.grid.addWidget(self.tiles[cat.key], n // columns, n % columns)

    def open_at(self, point) -> None:
        # As many tiles a row as the map has room for: three on a wide screen, fewer on a small one.
        room = self.parentWidget().width() - 40
        widest = max(tile.sizeHint().width() for tile in self.tiles.values()) + 12
        self._arrange(max(1, min(3, room // widest)))
        self.kind = None
        self.name.clear()
        self.story.clear()
        self.name.setEnabled(False)
        self.story.setEnabled(False)
        self.prompt.setText(tr("What kind of thing is it? (a tile, or keys 1-6)"))
        self.adjustSize()
        parent = self.parentWidget().rect()
        x = min(max(point.x() + 12, 0), max(parent.width() - self.width(), 0))
        y = min(max(point.y() + 12, 0), max(parent.height() - self.height(), 0))
        self.move(int(x), int(y))
        self.show()
        self.raise_()
        self.tiles[CATEGORIES[0].key].setFocus()

    def choose(self, kind: str) -> None:
        self.kind = kind
        for key, tile in self.tiles.items():
            tile.setCheckable(True)
            tile.setChecked(key == kind)
        self.name.setEnabled(True)
        self.story.setEnabled(True)
        self.prompt.setText(tr("What is it called? Type its name and press Enter."))
        self.name.setFocus()

    def accept(self) -> None:
        name = self.name.text().strip()
        if self.kind is None or not name:
            self.name.setFocus()
            return
        self.hide()
        self.added.emit(self.kind, name, self.story.toPlainText().strip())

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()


class WorkshopBar(QWidget):
    """The strip beside the map: the tally, the big Undo, votes, and the way out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopBar")
        self.setAccessibleName(tr("Workshop tools"))
        self.tally = QLabel()
        self.tally.setObjectName("workshopTally")
        self.tally.setAccessibleName(tr("What has been mapped so far"))
        self.tally.setTextFormat(Qt.TextFormat.PlainText)
        self.undo = QPushButton(tr("↶  Undo"))
        self.undo.setObjectName("workshopUndo")
        self.undo.setAccessibleName(tr("Undo the last change"))
        self.undo.setMinimumHeight(TILE_PIXELS)
        self.leave = QPushButton(tr("Leave workshop mode"))
        self.leave.setObjectName("workshopLeave")
        self.leave.setMinimumHeight(TILE_PIXELS)
        self.hint = QLabel(tr("Click the map where something is, pick what kind it is, type its name, "
                           "press Enter."))
        self.hint.setWordWrap(True)
        self.votes_box = QVBoxLayout()
        self.vote = QPushButton(tr("Vote for priorities"))
        self.vote.setObjectName("workshopVote")
        self.vote.setCheckable(True)
        self.vote.setMinimumHeight(56)
        self.vote.setAccessibleDescription(tr("While on, clicking an asset puts one of your table's dots on it"))
        self.tables = QButtonGroup(self)
        table_row = QGridLayout()
        for n, name in enumerate(VOTE_TABLES):
            button = QPushButton(name.replace("Table ", ""))
            button.setObjectName(f"voteTable_{n}")
            button.setAccessibleName(name)
            button.setCheckable(True)
            button.setMinimumSize(48, 48)
            button.setStyleSheet(f"QPushButton {{ border-left: 14px solid {TABLE_COLOURS[n]}; }}")
            self.tables.addButton(button, n)
            table_row.addWidget(button, n // 3, n % 3)
        self.tables.button(0).setChecked(True)
        self.results = QPushButton(tr("See the votes"))
        self.results.setObjectName("workshopVoteResults")
        self.votes_box.addWidget(self.vote)
        self.votes_box.addLayout(table_row)
        self.votes_box.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tally)
        layout.addWidget(self.undo)
        layout.addLayout(self.votes_box)
        layout.addStretch(1)
        layout.addWidget(self.leave)
        self.tally.setWordWrap(True)
        self.setMinimumWidth(260)


class WorkshopMode(QObject):
    """Switches a MainWindow into workshop mode and back, restoring it exactly."""

    changed = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict = {}
        self.links_today = 0
        self._idea = False  # the card is open for a new idea to vote for
        self.card: AddCard | None = None
        self.bar: WorkshopBar | None = None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        w, app = self.window, QApplication.instance()
        self._saved = {"state": w.saveState(), "geometry": w.saveGeometry(), "full": w.isFullScreen(),
                       "font": QFont(app.font()), "style": app.styleSheet(),
                       "size": w.size(), "position": w.pos()}
        self.active = True
        big = QFont(app.font())
        big.setPointSizeF(big.pointSizeF() * TYPE_SCALE if big.pointSizeF() > 0 else 16)
        app.setFont(big)
        app.setStyleSheet(self._saved["style"] + HIGH_CONTRAST)
        for dock in w._docks.values():
            dock.hide()
        for toolbar in w.findChildren(QToolBar):
            toolbar.hide()
        self._build(w)
        # The window's 1-6 keys choose the kind for its own add mode; here the tiles take them.
        w.category_actions.setEnabled(False)
        w.showFullScreen()
        w.canvas.set_mode(type(w.canvas).ADD)
        w.canvas.setFocus()
        self.update_tally()
        self.changed.emit(True)
        w.say(tr("Workshop mode: click the map to add what the ward has. F11 or the button leaves it."), 0)

    def _build(self, w) -> None:
        holder = QWidget()
        holder.setObjectName("workshopHolder")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        central = w.takeCentralWidget()
        self._saved["central"] = central
        row.addWidget(central, 1)
        central.show()  # taken out of the window, it was hidden
        self.bar = WorkshopBar()
        self.bar.undo.clicked.connect(w.document.undo_stack.undo)
        self.bar.leave.clicked.connect(self.leave)
        self.bar.results.clicked.connect(self.show_votes)
        row.addWidget(self.bar)
        w.setCentralWidget(holder)
        holder.show()
        self.card = AddCard(w.canvas.viewport())
        self.card.added.connect(self._add)
        self.card.cancelled.connect(lambda: (setattr(self, "_idea", False), w.canvas.setFocus()))
        w.canvas.add_requested.disconnect(w._ask_for_new_asset)
        w.canvas.add_requested.connect(self._ask)
        project = w.project
        for collection in (project.assets, project.links, project.votes):
            collection.added.connect(self._counted)
            collection.removed.connect(self._counted)

    def _counted(self, record) -> None:
        if getattr(record, "kind", "") == "link":
            self.links_today += 1 if record.id in self.window.project.links else -1
        self.update_tally()

    def _ask(self, scene_point: QPointF) -> None:
        self._point = scene_point
        if self.bar.vote.isChecked():
            self.vote_at(self.window.canvas.mapFromScene(scene_point))
            return
        self.card.open_at(self.window.canvas.mapFromScene(scene_point))

    def vote_at(self, view_point) -> bool:
        """One dot from the chosen table on the asset under ``view_point``; elsewhere, a new
        idea to vote for."""
        asset_id = self.window.canvas.asset_at(view_point)
        if asset_id is None:
            # Not on an asset: a new idea for this spot, added like an asset and voted for at once.
            self._idea = True
            self.card.open_at(view_point)
            self.card.prompt.setText(tr("A new idea here? Pick its kind, name it, press Enter: your table's dot goes on it."))
            return False
        self._dot(asset_id)
        return True

    def _dot(self, asset_id: str) -> None:
        from assetmap.model.commands import AddRecord
        from assetmap.model.entities import Vote, new_id, now_iso

        w = self.window
        table = VOTE_TABLES[self.bar.tables.checkedId()]
        name = w.project.assets[asset_id].name
        w.document.apply(AddRecord(Vote(id=new_id(), name=table, asset_id=asset_id, cast_at=now_iso()),
                                   tr('{0} votes for “{1}”').format(table, name)))
        total = next(t for aid, t, _ in w.project.vote_totals() if aid == asset_id)
        w.say(tr('{0} put a dot on “{1}” ({2} so far).').format(table, name, total))

    def show_votes(self):
        from assetmap.ui.votes import VoteResults

        self.results_dialog = VoteResults(self.window.project, self.window)
        self.results_dialog.open()
        return self.results_dialog

    def _add(self, kind: str, name: str, story: str) -> None:
        from shapely.geometry import Point

        from assetmap.model.commands import AddRecord
        from assetmap.model.entities import Asset, new_id, now_iso
        from assetmap.model.geo import scene_to_lonlat

        lon, lat = scene_to_lonlat(self._point.x(), self._point.y())
        idea, self._idea = self._idea, False
        asset = Asset(id=new_id(), name=name, category=kind, story=story, recorded_at=now_iso(),
                      recorded_by="workshop", tags=("idea",) if idea else (), geometry=Point(float(lon), float(lat)))
        self.window.document.apply(AddRecord(asset, f"Add “{name}”"))
        if idea:
            self._dot(asset.id)
        self.window.canvas.setFocus()

    def update_tally(self) -> None:
        if self.bar is None:
            return
        counts = {cat.key: 0 for cat in CATEGORIES}
        for asset in self.window.project.assets:
            counts[asset.category] += 1
        lines = [tr("{0}: {1}").format(tr(cat.plural), counts[cat.key]) for cat in CATEGORIES]
        lines.append(tr("Links made today ({0}): {1}").format(QLocale().toString(QDate.currentDate(), "d MMMM"), self.links_today))
        dots = sum(v.count for v in self.window.project.votes)
        if dots:
            lines.append(tr('Votes cast: {0}').format(dots))
        self.bar.tally.setText("\n".join(lines))

    def leave(self) -> None:
        if not self.active:
            return
        w, app = self.window, QApplication.instance()
        self.active = False
        project = w.project
        for collection in (project.assets, project.links, project.votes):
            collection.added.disconnect(self._counted)
            collection.removed.disconnect(self._counted)
        w.canvas.add_requested.disconnect(self._ask)
        w.canvas.add_requested.connect(w._ask_for_new_asset)
        self.card.deleteLater()
        self.card = None
        central = self._saved["central"]
        holder = w.takeCentralWidget()
        central.setParent(None)
        w.setCentralWidget(central)
        central.show()
        holder.deleteLater()
        self.bar = None
        app.setFont(self._saved["font"])
        app.setStyleSheet(self._saved["style"])
        if not self._saved["full"]:
            w.showNormal()
        w.restoreGeometry(self._saved["geometry"])
        # restoreGeometry keeps a window on its screen; put back the exact size it had.
        w.resize(self._saved["size"])
        w.move(self._saved["position"])
        w.restoreState(self._saved["state"])  # docks and toolbars where and as they were
        w.category_actions.setEnabled(True)
        w.canvas.set_mode(type(w.canvas).SELECT)
        w.action_add.setChecked(False)
        self.changed.emit(False)
        w.say(tr("Back to the normal window."))
