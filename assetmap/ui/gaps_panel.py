"""Where the ward has nothing of a kind within walking distance: chosen here, measured off
the GUI thread, drawn hatched on the map."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from assetmap.model.categories import category
from assetmap.model.project import Project
from assetmap.ui.add_form import category_combo
from assetmap.ui.workers import Task
from assetmap.ui.plain import plain_label


class GapsPanel(QWidget):
    gaps_found = Signal(object, object)  # uncovered area in lon/lat (or None), list of gap shapes
    message = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPanel")
        self.project = project
        self.task: Task | None = None
        self.category = category_combo()
        self.category.setObjectName("gapCategory")
        self.category.setAccessibleName("Kind of asset to walk to")
        self.category.setCurrentIndex(self.category.findData("physical"))
        self.distance = QSpinBox()
        self.distance.setObjectName("gapDistance")
        self.distance.setAccessibleName("Walking distance in metres")
        self.distance.setRange(100, 5000)
        self.distance.setSingleStep(100)
        self.distance.setValue(800)
        self.distance.setSuffix(" m")
        self.distance.findChild(QLineEdit).setAccessibleName("Walking distance in metres")
        self.show_button = QPushButton("Show the gaps")
        self.show_button.setObjectName("showGaps")
        self.show_button.clicked.connect(self.run)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.summary = QLabel("Shows the parts of the ward more than a walk from any asset of a kind, "
                              "along the streets.")
        plain_label(self.summary)
        self.summary.setObjectName("gapSummary")
        self.summary.setWordWrap(True)
        self.largest = QListWidget()
        self.largest.setObjectName("largestGaps")
        self.largest.setAccessibleName("Largest gaps")
        form = QFormLayout()
        form.addRow("Walk to", self.category)
        form.addRow("Within", self.distance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("Largest gaps:"))
        layout.addWidget(self.largest, 1)

    def run(self) -> None:
        if self.task is not None and self.task.running:
            return
        if self.project.boundary is None:
            self.summary.setText("The ward has no boundary yet: draw it (Map menu) or start the ward from a boundary file.")
            return
        from assetmap.analysis.walking import largest_gaps, to_metric, ward_coverage

        category, distance = self.category.currentData(), float(self.distance.value())
        project = self.project

        def work(progress):
            result = ward_coverage(project, (distance,), [category], progress)[0]
            _, home = to_metric(project.info.metric_crs)
            gaps = [(home(g), g.area) for g in largest_gaps(result.uncovered, 8)]
            return result, (home(result.uncovered) if not result.uncovered.is_empty else None), gaps

        self.task = Task(work, self)
        self.task.progressed.connect(lambda f, _: self.progress.setValue(int(f * 1000)))
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.show_button.setEnabled(False)
        self.summary.setText("Measuring walks along the streets…")
        self.task.start()

    def _failed(self, message: str) -> None:
        self.show_button.setEnabled(True)
        self.summary.setText(message)
        self.message.emit(message)

    def _done(self, outcome) -> None:
        result, uncovered, gaps = outcome
        self.show_button.setEnabled(True)
        self.progress.setValue(1000)
        how = "along the streets" if result.method == "network" else "in a straight line (the ward has no streets)"
        homes = "" if result.homes_outside is None else \
            f" {100 * result.homes_outside:.0f}% of homes are beyond reach."
        self.summary.setText(f"{100 * result.covered_share:.0f}% of the ward is within "
                             f"{result.distance:.0f} m of a {category(result.category).label.lower()}, "
                             f"measured {how}.{homes} Gaps are hatched on the map.")
        self.largest.clear()
        for shape, area in gaps:
            item = QListWidgetItem(f"{area / 10_000:,.1f} ha")
            item.setData(256, shape)
            self.largest.addItem(item)
        self.gaps_found.emit(uncovered, [shape for shape, _ in gaps])
