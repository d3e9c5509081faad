"""First run and help for the main window: the welcome screen, the tour, the help panel,
high contrast, and marks typed back from a paper poster."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton
from shapely.geometry import Point

from assetmap.ui.i18n import tr
from assetmap.model.commands import AddRecord
from assetmap.model.entities import Asset, new_id, now_iso


class FirstRunMixin:
    """Methods of MainWindow, kept in their own module to keep each small."""

    def enter_paper_marks(self):
        from assetmap.ui.paper_marks import PaperMarksDialog

        dialog = PaperMarksDialog(self.project, self)

        def land(name: str, kind: str, lon: float, lat: float, source: str) -> None:
            asset = Asset(id=new_id(), name=name, category=kind, recorded_at=now_iso(), recorded_by=tr("paper map"),
                          description=source, geometry=Point(lon, lat))
            self.document.apply(AddRecord(asset, tr('Add “{0}” from the paper map').format(name)))

        dialog.mark_entered.connect(land)
        self.paper_marks = dialog
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- first run and help

    def _toggle_contrast(self) -> None:
        from PySide6.QtWidgets import QApplication

        from assetmap.ui.workshop import HIGH_CONTRAST

        app = QApplication.instance()
        on = self.action_contrast.isChecked()
        base = app.styleSheet().replace(HIGH_CONTRAST, "")
        app.setStyleSheet(base + HIGH_CONTRAST if on else base)
        self.settings.setValue("highContrast", on)

    def toggle_help(self) -> None:
        dock = self._docks["help"]
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()

    def wards_folder(self) -> Path:
        from assetmap.ui.welcome import user_wards_folder

        return user_wards_folder()

    def show_welcome(self):
        from assetmap.ui.welcome import WelcomeDialog, sample_copy

        dialog = WelcomeDialog(self.recent_files(), self.settings.value("welcomeAtStart", True, bool), self)
        dialog.open_sample.connect(lambda: self.open_path(sample_copy(self.wards_folder())))
        dialog.new_ward.connect(self.new_ward)
        dialog.open_recent.connect(lambda path: self.open_path(Path(path)))
        dialog.tour.connect(self.start_tour)
        dialog.finished.connect(lambda *_: self.settings.setValue("welcomeAtStart", dialog.at_start.isChecked()))
        self.welcome = dialog
        dialog.open()
        return dialog

    def start_tour(self):
        from assetmap.ui.welcome import Tour

        toolbar = self.findChild(QToolBar, "mainToolbar")
        add = self.findChild(QToolButton, "addAssetButton")
        targets = {"canvas": self.canvas, "add": add or toolbar, "layers": self._docks["layers"],
                   "network": self._docks["network"], "gaps": self._docks["gaps"]}
        self.tour = Tour(self, targets)
        self.tour.show()
        return self.tour

    def _about(self) -> None:
        QMessageBox.about(self, tr("About assetmap"),
                          tr("assetmap maps what a community has: its people's gifts, groups, "
                          "institutions, places, local economy and culture. It works offline."))
