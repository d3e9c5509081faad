"""Where the ward has nothing of a kind within walking distance: chosen here, measured off
the GUI thread, drawn hatched on the map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.categories import category
from assetmap.model.project import Project
from assetmap.ui.add_form import category_combo
from assetmap.ui.workers import Task
from assetmap.ui.plain import plain_label


class GapsPanel(QWidget):
    gaps_found = Signal(object, object)  # uncovered area in lon/lat (or None), list of gap shapes
    preview = Signal(object)  # a catchment or density ResultLayer to draw, or None
    keep_requested = Signal(object)  # a ResultLayer to keep in the ward
    message = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPanel")
        self.project = project
        self.task: Task | None = None
        self.category = category_combo()
        self.category.setObjectName("gapCategory")
        self.category.setAccessibleName(tr("Kind of asset to walk to"))
        self.category.setCurrentIndex(self.category.findData("physical"))
        self.distance = QSpinBox()
        self.distance.setObjectName("gapDistance")
        self.distance.setAccessibleName(tr("Walking distance in metres"))
        self.distance.setRange(100, 5000)
        self.distance.setSingleStep(100)
        self.distance.setValue(800)
        self.distance.setSuffix(tr(" m"))
        self.distance.findChild(QLineEdit).setAccessibleName(tr("Walking distance in metres"))
        self.show_button = QPushButton(tr("Show the gaps"))
        self.show_button.setObjectName("showGaps")
        self.show_button.clicked.connect(self.run)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.summary = QLabel(tr("Shows the parts of the ward more than a walk from any asset of a kind, "
                              "along the streets."))
        plain_label(self.summary)
        self.summary.setObjectName("gapSummary")
        self.summary.setWordWrap(True)
        self.result = None  # the last result measured, as a ResultLayer
        self.selected_ids: list[str] = []
        self.catchment_button = QPushButton(tr("What does the selected asset alone reach?"))
        self.catchment_button.setObjectName("showCatchment")
        self.catchment_button.setToolTip(tr("Its walking catchment, and the part of the ward no other asset "
                                         "of its kind reaches: what would be lost if it closed"))
        self.catchment_button.clicked.connect(self.run_catchment)
        self.catchment_button.setEnabled(False)
        self.density_button = QPushButton(tr("Count assets per hexagon"))
        self.density_button.setObjectName("showDensity")
        self.density_button.setToolTip(tr("Shades the ward by how many assets lie in each 250 m hexagon"))
        self.density_button.clicked.connect(self.run_density)
        self.keep_button = QPushButton(tr("Keep as a layer"))
        self.keep_button.setObjectName("keepResult")
        self.keep_button.setToolTip(tr("Save this result in the ward, to show, print and export later"))
        self.keep_button.clicked.connect(lambda: self.result and self.keep_requested.emit(self.result))
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setObjectName("exportResult")
        self.export_button.setToolTip(tr("Write this result as a GeoPackage or GeoJSON file"))
        self.export_button.clicked.connect(self.export_result)
        for button in (self.keep_button, self.export_button):
            button.setEnabled(False)
        self.largest = QListWidget()
        self.largest.setObjectName("largestGaps")
        self.largest.setAccessibleName(tr("Largest gaps"))
        form = QFormLayout()
        form.addRow(tr("Walk to"), self.category)
        form.addRow(tr("Within"), self.distance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.catchment_button)
        layout.addWidget(self.density_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Largest gaps:")))
        layout.addWidget(self.largest, 1)

    def run(self) -> None:
        if self.task is not None and self.task.running:
            return
        if self.project.boundary is None:
            self.summary.setText(tr("The ward has no boundary yet: draw it (Map menu) or start the ward from a boundary file."))
            return
        from assetmap.analysis.walking import largest_gaps, to_metric, ward_coverage

        category, distance = self.category.currentData(), float(self.distance.value())
        project = self.project

        from assetmap.io.results import gap_layer

        def work(progress):
            result = ward_coverage(project, (distance,), [category], progress)[0]
            _, home = to_metric(project.info.metric_crs)
            gaps = [(home(g), g.area) for g in largest_gaps(result.uncovered, 8)]
            self.result = gap_layer([result], home)
            return result, (home(result.uncovered) if not result.uncovered.is_empty else None), gaps

        self._start(work, self._done, tr("Measuring walks along the streets…"))

    def _start(self, work, done, text: str) -> None:
        self.task = Task(work, self)
        self.task.progressed.connect(lambda f, _: self.progress.setValue(int(f * 1000)))
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._failed)
        for button in (self.show_button, self.catchment_button, self.density_button, self.keep_button,
                       self.export_button):
            button.setEnabled(False)
        self.summary.setText(text)
        self.task.start()

    def _finished(self) -> None:
        self.show_button.setEnabled(True)
        self.density_button.setEnabled(True)
        self.catchment_button.setEnabled(bool(self.selected_ids))
        self.keep_button.setEnabled(self.result is not None)
        self.export_button.setEnabled(self.result is not None)
        self.progress.setValue(1000)

    @property
    def selected_asset(self) -> str | None:
        return self.selected_ids[0] if len(self.selected_ids) == 1 else None

    def select_assets(self, ids: list[str]) -> None:
        """One asset: its catchment. Several: the gaps beyond walking distance of that set."""
        self.selected_ids = list(ids)
        running = self.task is not None and self.task.running
        self.catchment_button.setText(tr("What does the selected asset alone reach?") if len(ids) <= 1 else
                                      tr('Show the gaps for the {0} selected assets').format(len(ids)))
        self.catchment_button.setEnabled(bool(ids) and not running)

    def run_catchment(self) -> None:
        if len(self.selected_ids) > 1:
            self.run_selected_set()
            return
        if self.selected_asset is None or self.project.boundary is None or (self.task and self.task.running):
            return
        from assetmap.analysis.walking import asset_catchment, to_metric
        from assetmap.io.results import catchment_layer

        project, asset_id, distance = self.project, self.selected_asset, float(self.distance.value())

        def work(progress):
            progress.step(0.1, tr("Measuring walks from the asset"))
            found = asset_catchment(project, asset_id, distance)
            _, home = to_metric(project.info.metric_crs)
            self.result = catchment_layer(found, home)
            return found

        self._start(work, self._catchment_done, tr("Measuring walks from the asset…"))

    def _catchment_done(self, found) -> None:
        self._finished()
        homes = "" if found.homes is None else tr(' ({0:,} homes)').format(found.homes)
        alone_homes = "" if found.homes_alone is None else tr(' ({0:,} homes)').format(found.homes_alone)
        self.summary.setText(tr('{0:,.1f} ha of the ward{1} is within {2:,.0f} m of {3}; {4:,.1f} ha{5} is reached by no other asset of its kind: that is what would be lost if it closed (dark blue).').format(found.area.area / 10_000, homes, found.distance, found.name, found.alone.area / 10_000, alone_homes))
        self.preview.emit(self.result)

    def run_selected_set(self) -> None:
        if self.project.boundary is None or (self.task and self.task.running):
            return
        from assetmap.analysis.walking import WardWalks, largest_gaps
        from assetmap.io.results import gap_layer

        project, ids, distance = self.project, list(self.selected_ids), float(self.distance.value())
        label = tr('the {0} selected assets').format(len(ids))

        def work(progress):
            walks = WardWalks(project)
            chosen = [project.assets.get(i) for i in ids if project.assets.get(i) is not None]
            result = walks.cover(walks.points(chosen), distance, chosen[0].category if chosen else "physical")
            layer = gap_layer([result], walks.home)
            self.result = type(layer)(f"gap_selection_{distance:.0f}",
                                      tr("More than {0:,.0f} m walk from {1}").format(distance, label),
                                      "gap", layer.features)
            gaps = [(walks.home(g), g.area) for g in largest_gaps(result.uncovered, 8)]
            return result, (walks.home(result.uncovered) if not result.uncovered.is_empty else None), gaps

        self._start(work, lambda outcome: self._done(outcome, label), tr('Measuring walks from {0}…').format(label))

    def run_density(self) -> None:
        if self.project.boundary is None:
            self.summary.setText(tr("The ward has no boundary yet: draw it (Map menu) or start the ward from a boundary file."))
            return
        from assetmap.analysis.density import DEFAULT_HEX_METRES, hex_density
        from assetmap.io.results import density_layer

        project = self.project

        def work(progress):
            cells = hex_density(project, DEFAULT_HEX_METRES)
            self.result = density_layer(cells, DEFAULT_HEX_METRES)
            return cells

        self._start(work, self._density_done, tr("Counting assets…"))

    def _density_done(self, cells) -> None:
        self._finished()
        empty = sum(1 for c in cells if c.total == 0)
        busiest = max((c.total for c in cells), default=0)
        self.summary.setText(tr('{0} hexagons of 250 m: {1} hold no asset, the busiest holds {2}. Darker is more (see the key in Layers).').format(len(cells), empty, busiest))
        self.preview.emit(self.result)

    def export_result(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from assetmap.errors import AssetmapError
        from assetmap.io.results import export_results

        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the result"), f"{self.result.name}.gpkg",
                                              tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)"))
        if not path:
            return
        try:
            export_results([self.result], Path(path))
        except AssetmapError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(tr('Saved {0} to {1}').format(self.result.title, path))

    def _failed(self, message: str) -> None:
        self._finished()
        self.summary.setText(message)
        self.message.emit(message)

    def _done(self, outcome, label: str | None = None) -> None:
        result, uncovered, gaps = outcome
        self._finished()
        how = tr("along the streets") if result.method == "network" else \
            tr("in a straight line (the ward has no streets)")
        homes = "" if result.homes_outside is None else \
            tr(" {0:.0f}% of homes are beyond reach.").format(100 * result.homes_outside)
        target = label or tr("a {0}").format(tr(category(result.category).label).lower())
        self.summary.setText(tr("{0:.0f}% of the ward is within {1:.0f} m of {2}, measured {3}.{4} Gaps are "
                                "hatched on the map.").format(100 * result.covered_share, result.distance, target,
                                                              how, homes))
        self.largest.clear()
        for shape, area in gaps:
            item = QListWidgetItem(tr('{0:,.1f} ha').format(area / 10_000))
            item.setData(256, shape)
            self.largest.addItem(item)
        self.gaps_found.emit(uncovered, [shape for shape, _ in gaps])
