"""The main window: the map in the middle, layers and assets beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QVBoxLayout, QWidget,
)

from assetmap.model.categories import CATEGORIES
from assetmap.model.project import Project
from assetmap.ui.canvas import MapCanvas
from assetmap.ui.map_layers import MapLayers
from assetmap.ui.style import symbol_pixmap

BASEMAP_LABELS = {"boundary": "Ward boundary", "streets": "Streets", "water": "Rivers and water",
                  "green_space": "Parks and green space", "buildings": "Buildings"}


class MainWindow(QMainWindow):
    def __init__(self, project: Project, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.project = project
        self.path = path
        self.layers = MapLayers(project)
        self.canvas = MapCanvas(self.layers, self)
        self.setCentralWidget(self.canvas)
        self._build_layers_panel()
        self._build_asset_list()
        self._build_actions()
        self._build_status_bar()
        self._update_title()
        self.resize(1280, 800)

    # ---------------------------------------------------------------- panels

    def _build_layers_panel(self) -> None:
        panel = QWidget()
        panel.setObjectName("layersPanel")
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel("<b>What the map shows</b>"))
        self.layer_toggles: dict[str, QCheckBox] = {}
        for cat in CATEGORIES:
            box = QCheckBox(cat.plural)
            box.setIcon(symbol_pixmap(cat.key, 14))
            self._add_toggle(layout, cat.key, box)
        layout.addSpacing(8)
        layout.addWidget(QLabel("<b>Background map</b>"))
        for key, label in BASEMAP_LABELS.items():
            self._add_toggle(layout, key, QCheckBox(label))
        layout.addStretch(1)
        dock = QDockWidget("Layers", self)
        dock.setObjectName("layersDock")
        dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

    def _add_toggle(self, layout: QVBoxLayout, key: str, box: QCheckBox) -> None:
        box.setObjectName(f"toggle_{key}")
        box.setAccessibleName(f"Show {box.text()}")
        box.setChecked(True)
        box.toggled.connect(lambda on, k=key: self._set_layer_visible(k, on))
        layout.addWidget(box)
        self.layer_toggles[key] = box

    def _set_layer_visible(self, key: str, on: bool) -> None:
        self.layers.visible[key] = on
        self.canvas.refresh()

    def _build_asset_list(self) -> None:
        self.asset_list = QListWidget()
        self.asset_list.setObjectName("assetList")
        self.asset_list.setAccessibleName("Assets")
        for asset in sorted(self.project.assets, key=lambda a: a.name.lower()):
            item = QListWidgetItem(symbol_pixmap(asset.category, 12), asset.name)
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            self.asset_list.addItem(item)
        dock = QDockWidget("Assets", self)
        dock.setObjectName("assetsDock")
        dock.setWidget(self.asset_list)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    # ---------------------------------------------------------------- actions

    def _action(self, name: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.action_quit = self._action("actionQuit", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.action_quit)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self._action("actionZoomWard", "Zoom to the &ward", self.canvas.zoom_to_ward,
                                         QKeySequence("Ctrl+0")))
        view_menu.addAction(self._action("actionZoomIn", "Zoom &in", lambda: self.canvas.zoom_by(1.25),
                                         QKeySequence.StandardKey.ZoomIn))
        view_menu.addAction(self._action("actionZoomOut", "Zoom &out", lambda: self.canvas.zoom_by(0.8),
                                         QKeySequence.StandardKey.ZoomOut))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("actionAbout", "&About assetmap", self._about))

    def _build_status_bar(self) -> None:
        self.position_label = QLabel("")
        self.position_label.setObjectName("pointerPosition")
        self.statusBar().addPermanentWidget(self.position_label)
        self.canvas.pointer_moved.connect(
            lambda lon, lat: self.position_label.setText(f"{lat:.5f}° N, {lon:.5f}° E"
                                                         if lon >= 0 else f"{lat:.5f}° N, {-lon:.5f}° W"))

    def _update_title(self) -> None:
        name = self.project.info.name
        self.setWindowTitle(f"{name} — assetmap" if self.path is None else f"{name} ({self.path.name}) — assetmap")

    def _about(self) -> None:
        QMessageBox.about(self, "About assetmap",
                          "assetmap maps what a community has: its people's gifts, groups, "
                          "institutions, places, local economy and culture.")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_zoomed_once", False):
            self._zoomed_once = True
            self.canvas.zoom_to_ward()
