"""Sharing the ward from the window: data files, the web map, a printed map and the report.

Each goes through one dialog that says what personal data the file would hold (the privacy
check) and asks for a deliberate tick before names leave the app; the writing runs off the
GUI thread with progress and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.io.public_view import personal_data_counts
from assetmap.model.progress import Progress
from assetmap.model.project import Project
from assetmap.ui.plain import plain, plain_label


@dataclass(frozen=True)
class ShareKind:
    key: str
    title: str
    formats: tuple[tuple[str, str], ...]  # (extension, description)
    personal: bool = True  # whether the file can carry people's data


SHARE_KINDS = {
    "data": ShareKind("data", QT_TR_NOOP("Export data"), (
        (".gpkg", QT_TR_NOOP("GeoPackage (QGIS, ArcGIS)")), (".geojson", QT_TR_NOOP("GeoJSON")), (".csv", QT_TR_NOOP("CSV spreadsheet")),
        (".kml", QT_TR_NOOP("KML (Google Earth, My Maps)")), (".zip", QT_TR_NOOP("Shapefile, zipped")),
        (".graphml", QT_TR_NOOP("Network for Gephi (GraphML)")), (".gexf", QT_TR_NOOP("Network for Gephi (GEXF)")))),
    "webmap": ShareKind("webmap", QT_TR_NOOP("Export web map"), ((".html", QT_TR_NOOP("Web page that works offline")),)),
    "print": ShareKind("print", QT_TR_NOOP("Print map"), ((".pdf", QT_TR_NOOP("PDF")), (".png", QT_TR_NOOP("PNG picture, 300 dpi")),
                                              (".svg", QT_TR_NOOP("SVG drawing"))), personal=False),
    "report": ShareKind("report", QT_TR_NOOP("Write report"), ((".pdf", QT_TR_NOOP("PDF")), (".docx", QT_TR_NOOP("Word document")))),
}


class ShareDialog(QDialog):
    def __init__(self, project: Project, kind: ShareKind, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"share_{kind.key}")
        self.setWindowTitle(tr(kind.title))
        self.project, self.kind = project, kind
        form = QFormLayout()
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(tr("File format"))
        for extension, text in kind.formats:
            self.format_box.addItem(f"{tr(text)} ({extension})", extension)
        self.path_edit = QLineEdit(str(start_folder / f"{_safe_name(project.info.name)}{kind.formats[0][0]}"))
        self.path_edit.setAccessibleName(tr("Save to"))
        browse = QPushButton(tr("&Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form.addRow(tr("&Format:"), self.format_box)
        where_label = QLabel(tr("Save &to:"))
        where_label.setBuddy(self.path_edit)
        form.addRow(where_label, where)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        if kind.key == "print":
            self.title_edit = QLineEdit(project.info.name)
            self.title_edit.setAccessibleName(tr("Title on the page"))
            self.paper_box = QComboBox()
            self.paper_box.setAccessibleName(tr("Paper size"))
            self.paper_box.addItems(["A4", "A3", "A2", "A1", "A0"])
            self.landscape = QCheckBox(tr("&Landscape"))
            self.landscape.setChecked(True)
            form.addRow(tr("&Title:"), self.title_edit)
            form.addRow(tr("&Paper:"), self.paper_box)
            form.addRow("", self.landscape)
        if kind.key == "webmap":
            self.with_gaps = QCheckBox(tr("Include walking &gaps (800 m) as layers"))
            self.with_gaps.setChecked(project.boundary is not None)
            form.addRow("", self.with_gaps)
        self.names = QCheckBox(tr("Include people's &names and exact places"))
        self.names.setAccessibleDescription(tr("Off by default: people appear as 'Person N' and homes only as areas"))
        self.consent = QCheckBox(tr("I have these people's consent to share their names in this file"))
        self.privacy = QLabel()
        plain_label(self.privacy)
        self.privacy.setObjectName("privacyCheck")
        self.privacy.setWordWrap(True)
        box = QGroupBox(tr("Privacy check: personal data in this file"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.privacy)
        inner.addWidget(self.names)
        inner.addWidget(self.consent)
        box.setVisible(kind.personal)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.buttons)
        self.names.toggled.connect(self._privacy_changed)
        self.consent.toggled.connect(self._privacy_changed)
        self._privacy_changed()
        self.resize(560, self.sizeHint().height())

    @property
    def include_names(self) -> bool:
        return self.kind.personal and self.names.isChecked()

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _privacy_changed(self) -> None:
        self.privacy.setText("\n".join(f"• {line}" for line in privacy_lines(self.project, self.include_names)))
        self.consent.setVisible(self.names.isChecked())
        ok = not self.names.isChecked() or self.consent.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _format_changed(self) -> None:
        self.path_edit.setText(str(self.path.with_suffix(self.format_box.currentData())))

    def _browse(self) -> None:
        extension = self.format_box.currentData()
        chosen, _ = QFileDialog.getSaveFileName(self, self.kind.title, str(self.path),
                                                f"{self.format_box.currentText()} (*{extension})")
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(extension) else chosen + extension)

    def work(self) -> Callable[[Progress], Path]:
        """The writing, as a function to run off the GUI thread."""
        project, path, names = self.project, self.path, self.include_names
        if self.kind.key == "data":
            from assetmap.io.data_export import export_data

            return lambda progress: export_data(project, path, names)
        if self.kind.key == "webmap":
            from assetmap.io.webmap import write_webmap

            distance = 800.0 if self.with_gaps.isChecked() else None
            return lambda progress: write_webmap(project, path, names, distance, progress)
        if self.kind.key == "report":
            from assetmap.ui.report import write_report

            return lambda progress: write_report(project, path, names, progress)
        from assetmap.ui.print_layout import PrintOptions, print_to_file

        options = PrintOptions(paper=self.paper_box.currentText(), landscape=self.landscape.isChecked(),
                               title=self.title_edit.text().strip())
        return lambda progress: print_to_file(project, path, options)


def privacy_lines(project: Project, include_names: bool) -> list[str]:
    """What personal data a file would hold, in the window's language."""
    counts = personal_data_counts(project)
    if not include_names:
        return [tr("no names: {0} people shown as 'Person N' with their role, {1} individuals' gifts without "
                   "names and placed only to a 250 m square").format(counts["people"], counts["gifts"])]
    lines = [tr("names of {0} people and of {1} people offering their gifts").format(counts["people"], counts["gifts"])]
    if counts["with_contact"]:
        lines.append(tr("contact details of {0} people").format(counts["with_contact"]))
    if counts["without_consent"]:
        lines.append(tr("{0} of these people have no consent recorded").format(counts["without_consent"]))
    return lines


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_()" else "_" for ch in text).strip() or "ward"


def share(window, kind_key: str) -> ShareDialog:
    """Open the dialog for one kind of sharing; on Save, write the file with progress."""
    from assetmap.ui.workers import Task

    folder = window.path.parent if window.path else Path.home()
    dialog = ShareDialog(window.project, SHARE_KINDS[kind_key], folder, window)
    window.share_dialog = dialog

    def start() -> None:
        progress = QProgressDialog(f"{dialog.kind.title}…", tr("Cancel"), 0, 100, window)
        progress.setObjectName("shareProgress")
        progress.setMinimumDuration(300)
        # Reports and print maps draw with Qt's painters, which belong to the GUI thread.
        if kind_key in ("report", "print"):
            _run_here(window, dialog, progress)
            return
        task = Task(dialog.work(), window)
        task.progressed.connect(lambda fraction, text: (progress.setValue(int(fraction * 100)),
                                                        progress.setLabelText(text or dialog.kind.title)))
        progress.canceled.connect(task.cancel)
        task.succeeded.connect(lambda out: window.say(tr('Saved {0}').format(out)))
        task.failed.connect(lambda message: QMessageBox.warning(window, tr("Nothing was saved"), plain(message)))
        task.cancelled.connect(lambda: window.say(tr("Cancelled; nothing was saved.")))
        task.finished.connect(progress.close)
        window.share_task = task
        task.start()

    dialog.accepted.connect(start)
    dialog.open()
    return dialog


def _run_here(window, dialog: ShareDialog, progress: QProgressDialog) -> None:
    from PySide6.QtWidgets import QApplication

    from assetmap.errors import AssetmapError
    from assetmap.model.progress import Cancelled

    def step(fraction: float, text: str) -> None:
        progress.setValue(int(fraction * 100))
        if text:
            progress.setLabelText(text)
        QApplication.processEvents()

    tracker = Progress(step)
    progress.canceled.connect(tracker.cancel)
    try:
        out = dialog.work()(tracker)
    except Cancelled:
        window.say(tr("Cancelled; nothing was saved."))
    except AssetmapError as exc:
        QMessageBox.warning(window, tr("Nothing was saved"), plain(str(exc)))
    else:
        window.say(tr('Saved {0}').format(out))
    finally:
        progress.close()
