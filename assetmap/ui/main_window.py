"""The main window: the map in the middle; layers, assets, details and history beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QMainWindow, QMessageBox, QTabWidget, QToolBar, QToolButton,
    QUndoView, QMenu,
)
from shapely.geometry import Point, Polygon

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.model.categories import CATEGORIES, category
from assetmap.model.commands import (
    AddRecord, ChangeRecord, SetBasemapLayer, SetNetworkLayout, remove_records,
)
from assetmap.model.entities import Asset, BasemapFeature, new_id, now_iso
from assetmap.model.geo import scene_to_lonlat
from assetmap.model.project import Project
from assetmap.ui.add_form import AddAssetForm
from assetmap.ui.asset_list import AssetListPanel
from assetmap.ui.attribute_panel import AttributePanel
from assetmap.ui.binding import bind
from assetmap.ui.canvas import MapCanvas
from assetmap.ui.document import Document
from assetmap.ui.gaps_panel import GapsPanel
from assetmap.ui.window_help import FirstRunMixin
from assetmap.ui.window_imports import ImportExportMixin
from assetmap.ui.window_recovery import RecoveryMixin
from assetmap.ui.layers_panel import LayersPanel
from assetmap.ui.map_layers import MapLayers
from assetmap.ui.network_panel import NetworkPanel
from assetmap.ui.network_view import NetworkView
from assetmap.ui.plain import plain
from assetmap.ui.people_panel import PeoplePanel
from assetmap.ui.style import symbol_pixmap
from assetmap.ui.status import PointerStatus

MAX_RECENT = 8
PROJECT_FILTER = "Ward projects (*.gpkg)"


class MainWindow(RecoveryMixin, ImportExportMixin, FirstRunMixin, QMainWindow):
    def __init__(self, project: Project, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.settings = QSettings("assetmap", "assetmap")
        self.announced: list[str] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.timeout.connect(self.autosave)
        self.add_category = CATEGORIES[0].key
        self._docks: dict[str, QDockWidget] = {}
        from assetmap.ui.workshop import WorkshopMode

        self.workshop = WorkshopMode(self)
        self._build_actions()
        self.workshop.changed.connect(self.action_workshop.setChecked)
        self._build_docks()
        self._build_help()
        self._build_status_bar()
        self.install(project, path)
        self.set_autosave_minutes(self.autosave_minutes())
        self.resize(1280, 800)
        QTimer.singleShot(0, self.offer_recovery)

    # ================================================================ a project in the window

    def install(self, project: Project, path: Path | None, read_only: bool = False) -> None:
        """Show ``project``: a new map, list and panels over a fresh undo history. Someone
        else editing the same file makes it read-only here."""
        from assetmap.io.locking import ProjectLocked

        old = getattr(self, "document", None)
        if old is not None:
            old.undo_stack.disconnect(self)
            old.close()
            old.deleteLater()
        try:
            self.document = Document(project, path, self, read_only)
        except ProjectLocked as exc:
            self.document = Document(project, path, self, read_only=True)
            self.say(str(exc), 15000)
        self.layers = MapLayers(project)
        self.canvas = MapCanvas(self.layers, self)
        self.network_view = NetworkView(project)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.addTab(self.canvas, tr("Map"))
        self.views.addTab(self.network_view, tr("Network"))
        self.setCentralWidget(self.views)
        self.network_panel = NetworkPanel(project)
        self.people_panel = PeoplePanel(project)
        self.gaps_panel = GapsPanel(project)
        self.add_form = AddAssetForm(self.canvas.viewport())
        self.add_form.accepted.connect(self._add_asset_here)
        self.add_form.cancelled.connect(lambda: self.canvas.setFocus())
        self.layers_panel = LayersPanel(self.layers, self.canvas.refresh)
        self.asset_list = AssetListPanel(project)
        self.attributes = AttributePanel(project)
        self.history = QUndoView(self.document.undo_stack)
        self.history.setObjectName("historyView")
        self.history.setAccessibleName(tr("Undo history"))
        self.history.setEmptyLabel(tr("Opened"))
        for key, widget in (("layers", self.layers_panel), ("assets", self.asset_list),
                            ("details", self.attributes), ("history", self.history),
                            ("network", self.network_panel), ("people", self.people_panel),
                            ("gaps", self.gaps_panel)):
            old = self._docks[key].widget()
            self._docks[key].setWidget(widget)
            if old is not None:
                old.deleteLater()
        self.layers.points.on_change.append(self.canvas.refresh)
        self.canvas.destroyed.connect(self.layers.detach)
        self.canvas.selection_changed.connect(self._selection_from_map)
        self.canvas.add_requested.connect(self._ask_for_new_asset)
        self.canvas.asset_dropped.connect(self._move_asset)
        self.canvas.pointer_moved.connect(self.pointer_status.show_position)
        self.canvas.scale_changed.connect(self.pointer_status.show_scale)
        self.canvas.vertex_added.connect(self._add_outline_vertex)
        self.canvas.drawing_finished.connect(self._finish_outline)
        self.asset_list.selection_changed.connect(self._selection_from_list)
        self.asset_list.zoom_requested.connect(lambda aid: self.canvas.zoom_to_assets([aid]))
        self.attributes.edit_requested.connect(self.document.apply)
        self.network_panel.analysed.connect(self._network_analysed)
        self.network_panel.records_chosen.connect(self._select_records)
        self.network_panel.message.connect(self.say)
        self.people_panel.edit_requested.connect(self.document.apply)
        self.people_panel.records_chosen.connect(self._select_records)
        self.people_panel.message.connect(self.say)
        self.gaps_panel.gaps_found.connect(self._show_gaps)
        self.gaps_panel.preview.connect(self._show_result_preview)
        self.gaps_panel.keep_requested.connect(self._keep_result)
        self.layers_panel.remove_requested.connect(self._remove_result)
        self.gaps_panel.message.connect(self.say)
        self.gaps_panel.largest.itemActivated.connect(self._zoom_to_gap)
        self.network_view.selection_changed.connect(self._select_records)
        if project.network_layout:
            self.network_view.show_network(project.network_layout, None)
        self.attributes.message.connect(self.say)
        bind(project.assets.removed, self.canvas, self._forget_selected)
        bind(project.results_changed, self.canvas, lambda *_: self.canvas.refresh())
        bind(project.assets.added, self.canvas, lambda a: self.announce(tr("Added {0}, {1}").format(a.name, tr(category(a.category).label))))
        bind(project.assets.removed, self.canvas, lambda a: self.announce(tr("Removed {0}").format(a.name)))
        stack = self.document.undo_stack
        stack.canUndoChanged.connect(self.action_undo.setEnabled)
        stack.canRedoChanged.connect(self.action_redo.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        self.action_undo.setEnabled(False)
        self.action_redo.setEnabled(False)
        self.document.modified_changed.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.pointer_status.set_project(project)
        self._outline: list[QPointF] = []
        self._load_raster()
        self._update_title()
        if path is not None:
            self._remember_recent(path)
        if self.isVisible():
            QTimer.singleShot(0, self.canvas.zoom_to_ward)
        self._zoomed_once = self.isVisible()
        self.canvas.setFocus()

    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def path(self) -> Path | None:
        return self.document.path

    # ================================================================ actions and menus

    def _action(self, name: str, text: str, slot, shortcuts=(), tip: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        plain = text.replace("&", "").replace("…", "")
        action.setStatusTip(tip or plain)
        action.setToolTip(tip or plain)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.action_new = self._action("actionNew", tr("&New ward…"), self.new_ward, [K.New],
                                       tr("Start a map of a new ward"))
        self.action_open = self._action("actionOpen", tr("&Open…"), self.open_dialog, [K.Open],
                                        tr("Open a ward you saved before"))
        self.action_save = self._action("actionSave", tr("&Save"), self.save, [K.Save], tr("Save this ward"))
        self.action_save_as = self._action("actionSaveAs", tr("Save &as…"), self.save_as,
                                           ["Ctrl+Shift+S"], tr("Save this ward under another name"))
        self.action_import = self._action("actionImport", tr("&Import…"), self.import_dialog, ["Ctrl+I"],
                                          tr("Bring in assets from a spreadsheet, or a background map"))
        self.action_export = self._action("actionExport", tr("&Export map picture…"), self.export_dialog,
                                          ["Ctrl+E"], tr("Save the map as a picture or PDF"))
        self.action_export_data = self._action(
            "actionExportData", tr("Export &data…"), lambda: self._share("data"), ["Ctrl+Shift+E"],
            tr("Save the assets for QGIS, Google Earth, a spreadsheet or Gephi"))
        self.action_web_map = self._action(
            "actionWebMap", tr("Export &web map…"), lambda: self._share("webmap"), ["Ctrl+Shift+W"],
            tr("Save an interactive map as one web page that works without the internet"))
        self.action_print = self._action("actionPrint", tr("&Print map…"), lambda: self._share("print"), [K.Print],
                                         tr("A page with title, key, scale bar and north arrow, A4 to A0"))
        self.action_report = self._action("actionReport", tr("Write &report…"), lambda: self._share("report"),
                                          ["Ctrl+R"], tr("A ward asset profile as PDF or Word"))
        self.action_autosave = self._action("actionAutosave", tr("Auto&save…"), self._choose_autosave,
                                            tip=tr("How often a recovery copy of unsaved changes is kept"))
        self.action_quit = self._action("actionQuit", tr("&Quit"), self.close, [K.Quit])
        self.action_undo = self._action("actionUndo", tr("&Undo"), lambda: self.document.undo_stack.undo(),
                                        [K.Undo], tr("Undo the last change"))
        self.action_redo = self._action("actionRedo", tr("&Redo"), lambda: self.document.undo_stack.redo(),
                                        ["Ctrl+Y", "Ctrl+Shift+Z"], tr("Redo what you undid"))
        self.action_delete = self._action("actionDelete", tr("&Delete"), self.delete_selected,
                                          [K.Delete], tr("Remove the selected assets"))
        self.action_find = self._action("actionFind", tr("&Find…"), self.focus_search, [K.Find],
                                        tr("Search the assets"))
        self.action_add = self._action("actionAddAsset", tr("&Add an asset"), self.toggle_add_mode,
                                       ["A"], tr("Click the map to add an asset there"), checkable=True)
        self.action_zoom_ward = self._action("actionZoomWard", tr("Show the whole &ward"),
                                             lambda: self.canvas.zoom_to_ward(), ["Ctrl+0"])
        self.action_zoom_selection = self._action(
            "actionZoomSelection", tr("Show the &selection"),
            lambda: self.canvas.zoom_to_assets(self.canvas.selection), ["Z"])
        self.action_zoom_in = self._action("actionZoomIn", tr("Zoom &in"), lambda: self.canvas.zoom_by(1.25),
                                           [K.ZoomIn])
        self.action_zoom_out = self._action("actionZoomOut", tr("Zoom &out"), lambda: self.canvas.zoom_by(0.8),
                                            [K.ZoomOut])
        self.action_online_tiles = self._action(
            "actionOnlineTiles", tr("Online map &tiles (needs the internet)"), self._toggle_online_tiles,
            tip=tr("Show OpenStreetMap's map under yours. Off by default: assetmap makes no network "
                "connection unless you switch this on. Tiles seen are kept for use offline."),
            checkable=True)
        self.action_workshop = self._action(
            "actionWorkshop", tr("&Workshop mode"), lambda: self.workshop.toggle(), ["F11"],
            tr("Full screen, large type, big tiles and a tally, for mapping together in a hall"),
            checkable=True)
        self.action_draw_boundary = self._action("actionDrawBoundary", tr("Draw the ward &boundary"),
                                                 self.start_drawing_boundary,
                                                 tip=tr("Click round the ward's edge; press Enter to finish"))

        menu = self.menuBar().addMenu(tr("&File"))
        for action in (self.action_new, self.action_open):
            menu.addAction(action)
        self.recent_menu = QMenu(tr("Open &recent"), self)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        for action in (self.action_save, self.action_save_as):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_import)
        for action in (self.action_export, self.action_export_data, self.action_web_map, self.action_print,
                       self.action_report):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_autosave)
        menu.addAction(self.action_quit)
        menu = self.menuBar().addMenu(tr("&Edit"))
        for action in (self.action_undo, self.action_redo, self.action_delete, self.action_find):
            menu.addAction(action)
        menu = self.menuBar().addMenu(tr("&Map"))
        menu.addAction(self.action_add)
        kinds = menu.addMenu(tr("Kind of asset to &add"))
        self.category_actions = QActionGroup(self)
        for number, cat in enumerate(CATEGORIES, 1):
            action = self._action(f"actionKind_{cat.key}", tr("&{0} {1}").format(number, tr(cat.plural)),
                                  lambda _=False, k=cat.key: self.choose_add_category(k),
                                  [str(number)], checkable=True)
            action.setIcon(symbol_pixmap(cat.key, 14))
            self.category_actions.addAction(action)
            kinds.addAction(action)
        self.category_actions.actions()[0].setChecked(True)
        menu.addSeparator()
        for action in (self.action_zoom_ward, self.action_zoom_selection, self.action_zoom_in,
                       self.action_zoom_out):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_draw_boundary)
        self.view_menu = self.menuBar().addMenu(tr("&View"))
        self.view_menu.addAction(self.action_online_tiles)
        self.view_menu.addAction(self.action_workshop)
        self.action_contrast = self._action("actionHighContrast", tr("&High contrast"), self._toggle_contrast,
                                            tip=tr("Black on white with thick outlines and a strong focus ring"),
                                            checkable=True)
        self.view_menu.addAction(self.action_contrast)
        self.view_menu.addAction(self._action("actionPaperMarks", tr("Marks from a &paper map…"), self.enter_paper_marks,
                                              tip=tr("Type the marks from a printed poster by their square, like C4")))
        self.view_menu.addAction(self._action("actionVotes", tr("Priority &votes…"), lambda: self.workshop.show_votes(),
                                              tip=tr("The dots each table put on assets, and their export")))
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self._action("actionHelp", tr("What the &words mean"), self.toggle_help, ["F1"],
                                         tr("The six kinds of asset, connectors and gaps, in plain words")))
        help_menu.addAction(self._action("actionTour", tr("Take the &tour"), self.start_tour,
                                         tip=tr("Five short steps round the window")))
        help_menu.addAction(self._action("actionWelcome", tr("&Welcome screen"), self.show_welcome))
        help_menu.addSeparator()
        help_menu.addAction(self._action("actionAbout", tr("&About assetmap"), self._about))

        toolbar = QToolBar(tr("Main tools"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_open, self.action_save, self.action_undo, self.action_redo):
            toolbar.addAction(action)
        toolbar.addSeparator()
        add_button = QToolButton()
        add_button.setObjectName("addAssetButton")
        add_button.setDefaultAction(self.action_add)
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        add_button.setMenu(kinds)
        add_button.setAccessibleName(tr("Add an asset"))
        toolbar.addWidget(add_button)
        toolbar.addAction(self.action_delete)
        toolbar.addSeparator()
        toolbar.addAction(self.action_zoom_ward)
        self.addToolBar(toolbar)

    def _build_docks(self) -> None:
        for key, title, area in (("network", tr("Connectors and gaps"), Qt.DockWidgetArea.RightDockWidgetArea),
                                 ("people", tr("People and groups"), Qt.DockWidgetArea.LeftDockWidgetArea),
                                 ("gaps", tr("Walking gaps"), Qt.DockWidgetArea.RightDockWidgetArea),
                                 ("layers", tr("Layers and key"), Qt.DockWidgetArea.LeftDockWidgetArea),
                                 ("assets", tr("Assets"), Qt.DockWidgetArea.RightDockWidgetArea),
                                 ("details", tr("Details"), Qt.DockWidgetArea.RightDockWidgetArea),
                                 ("history", tr("History"), Qt.DockWidgetArea.LeftDockWidgetArea),
                                 ("help", tr("Help"), Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{key}Dock")
            dock.setAccessibleName(title)
            self.addDockWidget(area, dock)
            self.view_menu.addAction(dock.toggleViewAction())
            self._docks[key] = dock

    def _build_help(self) -> None:
        from assetmap.ui.welcome import HelpPanel

        self._docks["help"].setWidget(HelpPanel())
        self._docks["help"].hide()

    def _build_status_bar(self) -> None:
        self.pointer_status = PointerStatus(self)
        for label in self.pointer_status.labels:
            self.statusBar().addPermanentWidget(label)

    def say(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def announce(self, text: str) -> None:
        """Tell a screen reader what just changed on the map, which it cannot see."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.announced.append(text)
        del self.announced[:-50]
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    # ================================================================ selection

    def _selection_from_map(self, ids: list[str]) -> None:
        self.gaps_panel.select_assets(ids)
        self.asset_list.show_selection(ids)
        self.attributes.show_assets(ids)
        places = set(ids)
        self.network_view.select([g.id for g in self.project.groups if g.meeting_place_id in places])

    def _selection_from_list(self, ids: list[str]) -> None:
        self.gaps_panel.select_assets(ids)
        self.canvas.set_selection(ids, announce=False)
        self.attributes.show_assets(ids)

    def _show_undo_text(self, text: str) -> None:
        self.action_undo.setText(tr('&Undo {0}').format(text) if text else tr("&Undo"))

    def _show_redo_text(self, text: str) -> None:
        self.action_redo.setText(tr('&Redo {0}').format(text) if text else tr("&Redo"))

    def _forget_selected(self, asset) -> None:
        asset_id = asset.id
        if asset_id in self.canvas.selection:
            self.canvas.set_selection(self.canvas.selection - {asset_id})

    def _network_analysed(self, result: dict, positions: dict) -> None:
        if positions != self.project.network_layout:
            self.document.apply(SetNetworkLayout(positions))
        self.network_view.show_network(positions, result)
        self.say(tr('Found {0} connectors and {1} gaps. The Network tab shows the picture.').format(len(result['connectors']), len(result['gaps'])))

    def _show_gaps(self, area, _largest) -> None:
        self.layers.set_gaps(area)
        self.layers.visible["gaps"] = True
        self.layers_panel.toggles["gaps"].setChecked(True)
        self.canvas.refresh()

    def _show_result_preview(self, layer) -> None:
        self.layers.set_preview(layer)
        self.layers.set_gaps(None)
        self.canvas.refresh()

    def _keep_result(self, layer) -> None:
        from assetmap.model.commands import SetResultLayer

        self.document.apply(SetResultLayer(layer.name, layer, tr('Keep “{0}”').format(layer.title)))
        self.layers.set_preview(None)
        self.layers.set_gaps(None)
        self.canvas.refresh()
        self.say(tr('Kept “{0}” as a layer of the ward; it is saved with it.').format(layer.title))

    def _remove_result(self, name: str) -> None:
        from assetmap.model.commands import SetResultLayer

        layer = self.project.results.get(name)
        if layer is not None:
            self.document.apply(SetResultLayer(name, None, tr('Remove “{0}”').format(layer.title)))
            self.canvas.refresh()

    def _zoom_to_gap(self, item) -> None:
        from assetmap.model.geo import lonlat_to_scene

        minx, miny, maxx, maxy = item.data(256).bounds
        (x0, x1), (y0, y1) = lonlat_to_scene([minx, maxx], [maxy, miny])
        self.canvas.zoom_to_rect(QRectF(QPointF(float(x0), float(y0)), QPointF(float(x1), float(y1))))
        self.views.setCurrentWidget(self.canvas)

    def _select_records(self, ids: list) -> None:
        """Show chosen people and groups in the network, and their places on the map."""
        self.network_view.select(ids)
        places = set()
        for record_id in ids:
            if record_id in self.project.assets:
                places.add(record_id)
            group = self.project.groups.get(record_id)
            if group is not None and group.meeting_place_id in self.project.assets:
                places.add(group.meeting_place_id)
        if places:
            self.canvas.set_selection(places)

    def focus_search(self) -> None:
        self._docks["assets"].show()
        self.asset_list.search.setFocus()
        self.asset_list.search.selectAll()

    # ================================================================ editing

    def choose_add_category(self, key: str) -> None:
        self.add_category = key
        for action in self.category_actions.actions():
            action.setChecked(action.objectName() == f"actionKind_{key}")
        if not self.action_add.isChecked():
            self.action_add.setChecked(True)
        self.toggle_add_mode()

    def toggle_add_mode(self) -> None:
        adding = self.action_add.isChecked()
        self.canvas.set_mode(MapCanvas.ADD if adding else MapCanvas.SELECT)
        if adding:
            self.say(tr('Click the map where the {0} is (or move the map with the arrow keys and press Enter to place it in the middle). Press Escape to stop adding.').format(tr(category(self.add_category).label).lower()), 0)
        else:
            self.statusBar().clearMessage()
        self.canvas.setFocus()

    def _ask_for_new_asset(self, scene_point: QPointF) -> None:
        self._pending_point = scene_point
        self.add_form.open_at(self.canvas.mapFromScene(scene_point), self.add_category)

    def _add_asset_here(self, name: str, category_key: str, description: str) -> None:
        point = self._pending_point
        lon, lat = scene_to_lonlat(point.x(), point.y())
        asset = Asset(id=new_id(), name=name, category=category_key, description=description,
                      recorded_at=now_iso(), geometry=Point(float(lon), float(lat)))
        self.document.apply(AddRecord(asset, f"Add “{name}”"))
        self.canvas.set_selection({asset.id})
        self.canvas.setFocus()
        self.say(tr('Added “{0}”. Click again to add another, or press Escape.').format(name))

    def _move_asset(self, asset_id: str, lon: float, lat: float) -> None:
        asset = self.project.assets.get(asset_id)
        if asset is None:
            return
        if asset.geometry is not None and asset.geometry.geom_type != "Point":
            from shapely import affinity

            old_lon, old_lat = asset.location
            geometry = affinity.translate(asset.geometry, lon - old_lon, lat - old_lat)
        else:
            geometry = Point(lon, lat)
        self.document.apply(ChangeRecord(asset, asset.with_changes(geometry=geometry), tr('Move “{0}”').format(asset.name)))

    def delete_selected(self) -> None:
        if self.add_form.isVisible() or self.asset_list.search.hasFocus():
            return
        records = [self.project.assets[i] for i in sorted(self.canvas.selection) if i in self.project.assets]
        if not records:
            self.say(tr("Select an asset first: click it on the map or in the list."))
            return
        command = remove_records(records)
        if len(records) > 1:
            command.label = tr('Delete {0} assets').format(len(records))
        self.document.apply(command)
        self.say(tr('Deleted {0} asset(s). Ctrl+Z brings them back.').format(len(records)))

    # ---------------------------------------------------------------- drawing the boundary

    def start_drawing_boundary(self) -> None:
        self._outline = []
        self.layers.draft = []
        self.canvas.set_mode(MapCanvas.DRAW)
        self.say(tr("Click round the ward's edge. Press Enter or double-click to finish, Escape to stop."), 0)
        self.canvas.setFocus()

    def _add_outline_vertex(self, point: QPointF) -> None:
        self._outline.append(point)
        self.layers.draft = list(self._outline)
        self.canvas.refresh()

    def _finish_outline(self) -> None:
        points = self._outline
        self._outline, self.layers.draft = [], []
        self.canvas.set_mode(MapCanvas.SELECT)
        self.canvas.refresh()
        if len(points) < 3:
            self.say(tr("A boundary needs at least three points; nothing was changed."))
            return
        lon, lat = scene_to_lonlat([p.x() for p in points], [p.y() for p in points])
        shape = Polygon(list(zip(lon.tolist(), lat.tolist()))).buffer(0)
        feature = BasemapFeature(shape, self.project.info.name, "ward")
        self.document.apply(SetBasemapLayer("boundary", [feature], tr("Draw the ward boundary")))
        self.say(tr("Boundary drawn. Ctrl+Z takes it back."))

    # ================================================================ files

    def _update_title(self, *_) -> None:
        name = self.project.info.name
        where = f" ({self.path.name})" if self.path else ""
        star = "*" if self.document.modified else ""
        locked = tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(tr('{0}{1}{2}{3} — assetmap').format(star, name, where, locked))

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else f"{self.project.info.name}.gpkg"
        target, _ = QFileDialog.getSaveFileName(self, tr("Save the ward as"), start, PROJECT_FILTER)
        if not target:
            return False
        if not target.lower().endswith(".gpkg"):
            target += ".gpkg"
        return self._save_to(Path(target))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (OSError, AssetmapError) as exc:
            QMessageBox.warning(self, tr("Could not save"), plain(tr('The ward was not saved to {0}:\n{1}\n\nThe last saved copy is unchanged.').format(path, exc)))
            return False
        self._remember_recent(path)
        self.say(tr('Saved to {0}').format(path))
        return True

    def confirm_discard(self) -> bool:
        """True when it is fine to drop the open ward: saved, or the user says so."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, tr("Save changes?"),
            plain(tr('“{0}” has changes that are not saved. Save them first?').format(self.project.info.name)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if self.confirm_discard():
            self.document.close()
            event.accept()
        else:
            event.ignore()

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a ward"), start, PROJECT_FILTER)
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        from assetmap.io.gpkg_store import open_project

        from assetmap.io.locking import current_holder

        if ask and not self.confirm_discard():
            return False
        holder = current_holder(path) if Path(path).resolve() != (self.path.resolve() if self.path else None) else None
        read_only = False
        if holder is not None:
            answer = QMessageBox.question(
                self, tr("Someone is editing this ward"),
                plain(tr('{0} is open for editing by {1}.\n\nOpen it read-only? You can look and export, and keep changes only with Save as.').format(Path(path).name, holder.describe())),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Open)
            if answer != QMessageBox.StandardButton.Open:
                return False
            read_only = True
        try:
            project = open_project(path)
        except AssetmapError as exc:
            QMessageBox.warning(self, tr("Could not open"), plain(str(exc)))
            self._forget_recent(path)
            return False
        self.install(project, path, read_only)
        QTimer.singleShot(0, self.canvas.zoom_to_ward)
        self.say(tr('Opened {0}').format(path) + (tr(" read-only") if self.document.read_only else ""))
        if not self.document.read_only:
            QTimer.singleShot(0, self.offer_recovery)
        return True

    def new_ward(self) -> None:
        from assetmap.ui.new_ward_dialog import NewWardDialog

        if not self.confirm_discard():
            return
        dialog = NewWardDialog(self)
        if dialog.exec() != NewWardDialog.DialogCode.Accepted:
            return
        try:
            project, path = dialog.create()
        except AssetmapError as exc:
            QMessageBox.warning(self, tr("Could not start the ward"), plain(str(exc)))
            return
        self.install(project, path)
        QTimer.singleShot(0, self.canvas.zoom_to_ward)
        if dialog.draw_boundary:
            QTimer.singleShot(50, self.start_drawing_boundary)

    # ---------------------------------------------------------------- recent files

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])

    def _forget_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        self.settings.setValue("recentFiles", [f for f in self.recent_files() if f != entry])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction(tr("No recent wards")).setEnabled(False)
        for number, file in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number} {Path(file).name}")
            action.setToolTip(file)
            action.triggered.connect(lambda _=False, f=file: self.open_path(Path(f)))

    # ---------------------------------------------------------------- raster background

    def _load_raster(self) -> None:
        """The online tiles if switched on, else the ward's MBTiles file if it has one."""
        from assetmap.ui.tile_layer import MBTilesLayer, OnlineTileLayer

        if self.layers.raster is not None:
            self.layers.raster.deleteLater()
        self.layers.raster = None
        if self.action_online_tiles.isChecked():
            layer = OnlineTileLayer()
            layer.tile_arrived.connect(self.canvas.refresh)
            self.layers.raster = layer
        elif self.project.info.raster_basemap:
            try:
                self.layers.raster = MBTilesLayer(Path(self.project.info.raster_basemap))
            except AssetmapError as exc:
                self.say(tr('The background tiles could not be shown: {0}').format(exc))
        self.canvas.refresh()

    def _toggle_online_tiles(self) -> None:
        self._load_raster()
        if self.action_online_tiles.isChecked():
            self.say(tr("Online map tiles are on: assetmap now fetches map pictures from the internet."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._zoomed_once:
            self._zoomed_once = True
            self.canvas.zoom_to_ward()

