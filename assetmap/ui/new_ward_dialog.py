"""Start a new ward: its name, its boundary (from a file, drawn on the map, or none) and its
background map (an OpenStreetMap extract, an MBTiles file, or none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
    QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.model.project import Project


class FileField(QWidget):
    def __init__(self, caption: str, filters: str, save: bool = False) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        browse = QPushButton(tr("Choose…"))
        browse.setAccessibleName(tr('Choose {0}').format(caption.lower()))
        browse.clicked.connect(lambda: self._browse(caption, filters, save))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self, caption: str, filters: str, save: bool) -> None:
        chooser = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = chooser(self, caption, self.edit.text(), filters)
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text().strip()


class NewWardDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start a new ward"))
        self.setObjectName("newWardDialog")
        self.name = QLineEdit()
        self.name.setObjectName("newWardName")
        self.name.setAccessibleName(tr("Ward name"))
        self.name.setPlaceholderText(tr("e.g. Castle Ward"))
        self.file = FileField(tr("Save the ward as"), tr("Ward projects (*.gpkg)"), save=True)
        self.file.setObjectName("newWardFile")
        self.boundary_none = QRadioButton(tr("No boundary for now"))
        self.boundary_file = QRadioButton(tr("From a file (GeoJSON, Shapefile, GeoPackage, KML…)"))
        self.boundary_draw = QRadioButton(tr("Draw it on the map"))
        self.boundary_none.setChecked(True)
        self.boundary_path = FileField(tr("Boundary file"), tr("Map files (*.geojson *.json *.shp *.gpkg *.kml *.zip);;All files (*)"))
        self.basemap_path = FileField(tr("Background map"),
                                      tr("OpenStreetMap extracts or MBTiles (*.osm *.pbf *.mbtiles);;All files (*)"))
        group = QButtonGroup(self)
        boundary = QVBoxLayout()
        for button in (self.boundary_none, self.boundary_file, self.boundary_draw):
            group.addButton(button)
            boundary.addWidget(button)
        boundary.addWidget(self.boundary_path)
        holder = QWidget()
        holder.setLayout(boundary)
        form = QFormLayout()
        form.addRow(tr("Ward name"), self.name)
        form.addRow(tr("Save as"), self.file)
        form.addRow(tr("Boundary"), holder)
        form.addRow(tr("Background map"), self.basemap_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start the ward"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def draw_boundary(self) -> bool:
        return self.boundary_draw.isChecked()

    def create(self) -> tuple[Project, Path]:
        """Make and save the new ward; raise AssetmapError with a plain message if we cannot."""
        from assetmap.io.gpkg_store import GeoPackageStore
        from assetmap.io.projects import create_project
        from assetmap.ui.importing import import_file_command

        if not self.file.text():
            raise AssetmapError(tr("choose where to save the new ward"))
        path = Path(self.file.text())
        if path.suffix.lower() != ".gpkg":
            path = path.with_suffix(".gpkg")
        boundary = self.boundary_path.text() if self.boundary_file.isChecked() else None
        if self.boundary_file.isChecked() and not boundary:
            raise AssetmapError(tr("choose the boundary file, or pick another boundary option"))
        project = create_project(path, self.name.text(), boundary)
        if self.basemap_path.text():
            command, _ = import_file_command(project, Path(self.basemap_path.text()))
            command.do(project)
            GeoPackageStore(path).save(project)
        return project, path
