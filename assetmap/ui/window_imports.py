"""Bringing files into the open ward (read off the GUI thread, previewed in the import
window) and sharing it out (data, web map, print map, report), for the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.model.geo import scene_to_lonlat
from assetmap.ui.plain import plain


class ImportExportMixin:
    """Methods of MainWindow, kept in their own module to keep each small."""

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import"), "", tr("Spreadsheets and maps (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.kml *.kmz *.gpx *.shp *.zip "
            "*.gpkg *.osm *.pbf *.mbtiles);;All files (*)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, crs: str | None = None) -> bool:
        """Bring a file into the open ward as one undoable step. Asset files are read off the
        GUI thread and shown in the import window first; the rest go straight in."""
        from assetmap.ui.importing import ASSET_FILE_SUFFIXES, import_file_command

        if path.suffix.lower() in ASSET_FILE_SUFFIXES:
            self._read_for_import(path, crs)
            return True

        try:
            command, note = import_file_command(self.project, path)
        except AssetmapError as exc:
            QMessageBox.warning(self, tr("Nothing was imported"), plain(str(exc)))
            return False
        self.document.apply(command)
        self.layers.rebuild_basemap()
        self._load_raster()
        self.say(note)
        return True

    def _read_for_import(self, path: Path, crs: str | None) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from assetmap.io.asset_sources import read_source
        from assetmap.ui.workers import Task

        progress = QProgressDialog(tr('Reading {0}…').format(path.name), tr("Cancel"), 0, 100, self)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        task = Task(lambda p: read_source(path, crs, progress=p), self)
        task.progressed.connect(lambda fraction, text: progress.setValue(int(fraction * 100)))
        progress.canceled.connect(task.cancel)
        task.succeeded.connect(lambda table: self._show_import_window(path, table))
        task.failed.connect(lambda message: self._import_failed(path, message, crs, task.error))
        task.cancelled.connect(lambda: self.say(tr('Import of {0} cancelled; nothing changed.').format(path.name)))
        task.finished.connect(progress.close)
        self.import_task = task
        task.start()

    def _import_failed(self, path: Path, message: str, crs: str | None, error: Exception | None = None) -> None:
        from PySide6.QtWidgets import QInputDialog

        from assetmap.errors import UnknownCoordinateSystem
        from assetmap.io.coordinates import CRS_LABELS

        if isinstance(error, UnknownCoordinateSystem) and crs is None:
            choices = [f"{code} {tr(label)}" for code, label in CRS_LABELS.items()]
            text, ok = QInputDialog.getItem(
                self, tr("Which coordinate system?"),
                tr('{0} does not say how its positions are written.\nChoose one, or type a code such as EPSG:32630:').format(path.name), choices, 0, True)
            if ok and text.strip():
                self.import_path(path, text.split()[0])
            return
        QMessageBox.warning(self, tr("Nothing was imported"), plain(message))

    def _show_import_window(self, path: Path, table) -> None:
        from assetmap.io.asset_import import plan_commands
        from assetmap.ui.import_wizard import ImportAssetsDialog
        from assetmap.ui.importing import plan_summary

        dialog = ImportAssetsDialog(self.project, table, self)
        self.import_window = dialog

        def apply() -> None:
            plan = dialog.plan
            if plan is None:
                return
            if not dialog.merge_duplicates:
                plan.duplicates = []
            self.document.apply(plan_commands(plan, label=tr('Import {0} assets from {1}').format(len(plan.assets), path.name)))
            self.say(plan_summary(plan, path.name))

        dialog.accepted.connect(apply)
        dialog.open()

    def _share(self, kind: str) -> None:
        from assetmap.ui.sharing import share

        share(self, kind)

    def export_dialog(self) -> None:
        from assetmap.ui.render import render_to_file

        start = f"{self.project.info.name}.png"
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the map"), start,
                                              tr("PNG picture (*.png);;PDF (*.pdf);;SVG drawing (*.svg)"))
        if not path:
            return
        try:
            render_to_file(self.project, Path(path), bbox=self.visible_bbox())
        except (OSError, AssetmapError) as exc:
            QMessageBox.warning(self, tr("Could not export"), plain(str(exc)))
            return
        self.say(tr('Map saved to {0}').format(path))

    def visible_bbox(self) -> tuple[float, float, float, float]:
        rect = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        (lon0, lon1), (lat0, lat1) = scene_to_lonlat([rect.left(), rect.right()], [rect.bottom(), rect.top()])
        return (float(lon0), float(lat0), float(lon1), float(lat1))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            self.drop_path(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def drop_path(self, path: Path) -> None:
        """A ward file opens; anything else is imported into the open ward."""
        from assetmap.io.gpkg_store import is_project_file

        if path.suffix.lower() == ".gpkg" and is_project_file(path):
            self.open_path(path)
            return
        self.import_path(path)
