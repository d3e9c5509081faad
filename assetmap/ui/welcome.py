"""First run: a welcome with the three ways in, a five-step tour of the window, and a help
panel that says what the six kinds of asset, a connector and a gap are, in plain words."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.categories import CATEGORIES


def help_html() -> str:
    kinds = "".join("<li><b>{0}</b>: {1}</li>".format(
        html.escape(tr(c.plural)), html.escape(tr("for example {0}.").format(tr(c.examples)))) for c in CATEGORIES)
    return "".join([
        tr("<h2>Mapping what a place has</h2>"),
        tr("<p>Asset-based community development starts from what a community already has, not "
           "what it lacks. assetmap sorts what you find into six kinds:</p>"),
        f"<ul>{kinds}</ul>",
        tr("<p>Each kind has its own colour <i>and</i> its own shape, so the map reads without "
           "colour too.</p>"),
        tr("<h3>Connectors</h3><p>People who link groups that would otherwise not know each "
           "other: the volunteer at the youth club who also sings in the choir. A community with "
           "many connectors is strong; one that leans on a single person is fragile. <i>Find "
           "connectors and gaps</i> lists them, with the reason for each.</p>"),
        tr("<h3>Gaps</h3><p>People or groups with no links, parts of the network that hang on one "
           "person, and parts of the ward too far to walk to a kind of asset (hatched on the "
           "map). A gap is a place to start a conversation, not a failing.</p>"),
        tr("<h3>Keys to know</h3><p><b>A</b> add an asset · <b>1-6</b> choose its kind · "
           "<b>Enter</b> place it · <b>Ctrl+Z</b> undo · <b>Ctrl+F</b> find · <b>F1</b> this "
           "help · <b>F11</b> workshop mode</p>"),
    ])


class HelpPanel(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.setAccessibleName(tr("Help: what the words mean"))
        self.setOpenExternalLinks(False)
        self.setHtml(help_html())


class WelcomeDialog(QDialog):
    """Shown at the first start (and from Help): sample ward, new ward, recent wards, tour."""

    open_sample = Signal()
    new_ward = Signal()
    open_recent = Signal(str)
    tour = Signal()

    def __init__(self, recent: list[str], show_at_start: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(tr("Welcome to assetmap"))
        title = QLabel(tr("<h1>Map what your community has</h1>"
                       "<p>Put a ward's people, groups, places and stories on a map, see who "
                       "links them together, and where the gaps are.</p>"))
        title.setWordWrap(True)
        self.sample_button = self._big(tr("Open the &sample ward"), tr("Millbrook, a made-up ward to try "
                                       "everything on: nothing you do there matters"), self.open_sample)
        self.new_button = self._big(tr("Start a &new ward"), tr("Give it a name, a boundary and, if you "
                                    "have one, a map of its streets"), self.new_ward)
        self.tour_button = self._big(tr("Show me &around"), tr("Five short steps round the window"), self.tour)
        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setAccessibleName(tr("Recent wards: press Enter to open one"))
        for path in recent:
            item = QListWidgetItem(Path(path).stem)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(self._recent_chosen)
        self.at_start = QCheckBox(tr("Show this when assetmap starts"))
        self.at_start.setChecked(show_at_start)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for button in (self.sample_button, self.new_button, self.tour_button):
            layout.addWidget(button)
        if recent:
            layout.addWidget(QLabel(tr("Recent wards:")))
            layout.addWidget(self.recent)
        bottom = QHBoxLayout()
        bottom.addWidget(self.at_start)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(560, self.sizeHint().height())

    def _big(self, text: str, detail: str, signal) -> QPushButton:
        button = QPushButton(f"{text}\n{detail}")
        button.setObjectName("welcome_" + text.replace("&", "").split()[0].lower())
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(detail)
        button.setMinimumHeight(64)
        button.setStyleSheet("text-align: left; padding: 8px 12px;")
        button.clicked.connect(lambda: (self.accept(), signal.emit()))
        return button

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.accept()
        self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole))


def user_wards_folder() -> Path:
    """Where the user's wards go by default: Documents/assetmap."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "assetmap"


def sample_copy(folder: Path) -> Path:
    """A copy of the sample ward the user may change, made once, in their own folder."""
    from assetmap.paths import sample_ward_path

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "Millbrook (sample).gpkg"
    if not target.exists():
        shutil.copy(sample_ward_path(), target)
    return target


TOUR_STEPS = (
    ("canvas", QT_TR_NOOP("This is the ward's map"),
     QT_TR_NOOP("Drag to move it and scroll to zoom. Ctrl+0 shows the whole ward again.")),
    ("add", QT_TR_NOOP("Add what the ward has"),
     QT_TR_NOOP("Press A (or this button), click the map where it is, choose its kind and type its name. "
     "Everything can be undone with Ctrl+Z.")),
    ("layers", QT_TR_NOOP("Six kinds of asset"),
     QT_TR_NOOP("Each kind has a colour and a shape. Tick and untick them here to see one kind at a time.")),
    ("network", QT_TR_NOOP("Who links to whom"),
     QT_TR_NOOP("Record people and groups and their links; Find connectors and gaps shows who holds the "
     "community together, and where it is thin.")),
    ("gaps", QT_TR_NOOP("What is too far to walk to"),
     QT_TR_NOOP("Choose a kind of asset and a distance: the parts of the ward beyond that walk are hatched.")),
)


class TourHighlight(QWidget):
    """A ring drawn round the part of the window a tour step is about."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(window.rect())
        self.target = QRect()

    def paintEvent(self, event) -> None:
        if self.target.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#D55E00"), 4))
        painter.drawRoundedRect(self.target.adjusted(-4, -4, 4, 4), 8, 8)


class Tour(QDialog):
    """Five steps, each pointing at one part of the window; skip any time, reopen from Help."""

    def __init__(self, window, targets: dict[str, QWidget]) -> None:
        super().__init__(window)
        self.setObjectName("tourDialog")
        self.setWindowTitle(tr("A short tour"))
        self.window_, self.targets = window, targets
        self.step = 0
        self.highlight = TourHighlight(window)
        self.heading = QLabel()
        self.heading.setObjectName("tourHeading")
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.back = QPushButton(tr("&Back"))
        self.next = QPushButton(tr("&Next"))
        self.next.setObjectName("tourNext")
        self.skip = QPushButton(tr("&Skip the tour"))
        self.skip.setObjectName("tourSkip")
        self.back.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next.clicked.connect(self._next)
        self.skip.clicked.connect(self.reject)
        self.finished.connect(lambda *_: self.highlight.deleteLater())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.counter)
        row.addStretch(1)
        for button in (self.skip, self.back, self.next):
            row.addWidget(button)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.show_step(0)

    def _next(self) -> None:
        if self.step + 1 >= len(TOUR_STEPS):
            self.accept()
        else:
            self.show_step(self.step + 1)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(TOUR_STEPS) - 1))
        key, heading, text = TOUR_STEPS[self.step]
        self.heading.setText(tr('<h3>{0}</h3>').format(html.escape(tr(heading))))
        self.text.setText(tr(text))
        self.counter.setText(tr('Step {0} of {1}').format(self.step + 1, len(TOUR_STEPS)))
        self.back.setEnabled(self.step > 0)
        self.next.setText(tr("&Done") if self.step == len(TOUR_STEPS) - 1 else tr("&Next"))
        target = self.targets.get(key)
        if target is not None and target.isVisible():
            top_left = target.mapTo(self.window_, target.rect().topLeft())
            self.highlight.target = QRect(top_left, target.size())
        else:
            self.highlight.target = QRect()
        self.highlight.setGeometry(self.window_.rect())
        self.highlight.raise_()
        self.highlight.show()
        self.highlight.update()
