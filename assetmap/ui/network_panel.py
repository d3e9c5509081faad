"""Who holds the ward together and where it is thin: the analysis, run off the GUI thread
with progress and Cancel, shown as lists with a plain-English reason on every line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.project import Project
from assetmap.ui.plain import plain, plain_label
from assetmap.ui.workers import Task


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(tr(name.replace("List", "").capitalize()))
    tree.setHeaderLabels(headers)
    tree.header().setAccessibleName(tr('{0} columns').format(tree.accessibleName()))
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    return tree


class NetworkPanel(QWidget):
    analysed = Signal(dict, dict)  # result, layout positions
    records_chosen = Signal(list)  # ids to select elsewhere
    message = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPanel")
        self.project = project
        self.task: Task | None = None
        self.result: dict | None = None
        self.metrics = None
        self.run_button = QPushButton(tr("Find connectors and gaps"))
        self.run_button.setObjectName("runAnalysis")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("analysisProgress")
        self.progress.setAccessibleName(tr("Analysis progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.status = QLabel(tr("Finds the people who link groups together, and the gaps."))
        plain_label(self.status)
        self.status.setWordWrap(True)
        self.connectors = _tree("connectorsList", [tr("Connector"), tr("Score"), tr("Why")])
        self.gaps = _tree("gapsList", [tr("Gap")])
        self.suggestions = _tree("suggestionsList", [tr("Introduce"), tr("Why")])
        self.step_back_button = QPushButton(tr("What if they step back?"))
        self.step_back_button.setObjectName("stepBack")
        self.step_back_button.setEnabled(False)
        self.step_back_button.clicked.connect(self.show_step_back)
        self.step_back_text = QLabel("")
        plain_label(self.step_back_text)
        self.step_back_text.setObjectName("stepBackText")
        self.step_back_text.setWordWrap(True)
        tabs = QTabWidget()
        tabs.addTab(self._with(self.connectors, self.step_back_button, self.step_back_text), tr("Connectors"))
        tabs.addTab(self.gaps, tr("Gaps"))
        tabs.addTab(self.suggestions, tr("Introductions"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(tabs, 1)
        self.connectors.itemSelectionChanged.connect(self._connector_chosen)
        self.gaps.itemActivated.connect(lambda item, _: self.records_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.suggestions.itemActivated.connect(lambda item, _: self.records_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))

    @staticmethod
    def _with(*widgets) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QTreeWidget) else 0)
        return holder

    # ---------------------------------------------------------------- running

    def run(self) -> None:
        if self.task is not None and self.task.running:
            return
        # networkx and igraph load here, not at start-up: opening a ward stays quick.
        from assetmap.analysis.layout import network_layout
        from assetmap.analysis.network_report import analyse_snapshot, snapshot

        data = snapshot(self.project)  # taken now, on the GUI thread; the work uses the copy
        saved = dict(self.project.network_layout)

        def work(progress):
            result, metrics = analyse_snapshot(data, progress)
            progress.step(0.98, tr("Arranging the network picture"))
            return result, metrics, network_layout(metrics, saved)

        self.task = Task(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Working…"))
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(tr("Stopping…"))

    def _progressed(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if text:
            self.status.setText(text + "…")

    def _finish(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(text)

    def _cancelled(self) -> None:
        self.progress.setValue(0)
        self._finish(tr("Stopped. Nothing was changed."))

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self._finish(message)
        self.message.emit(message)

    def _done(self, outcome) -> None:
        result, metrics, positions = outcome
        self.result, self.metrics = result, metrics
        self.progress.setValue(1000)
        summary = result["summary"]
        self._finish(tr('{0} connectors, {1} gaps, {2} clusters.').format(len(result['connectors']), len(result['gaps']), len(summary['clusters'])))
        self._fill()
        self.analysed.emit(result, positions)

    def _fill(self) -> None:
        role = Qt.ItemDataRole.UserRole
        self.connectors.clear()
        for c in self.result["connectors"]:
            item = QTreeWidgetItem([c["name"], f"{c['score']:.0f}", c["reason"]])
            item.setData(0, role, [c["id"]])
            item.setToolTip(2, plain(c["reason"]))
            self.connectors.addTopLevelItem(item)
        self.gaps.clear()
        for gap in self.result["gaps"]:
            item = QTreeWidgetItem([gap["reason"]])
            item.setData(0, role, gap["ids"])
            item.setToolTip(0, plain(gap["reason"]))
            self.gaps.addTopLevelItem(item)
        self.suggestions.clear()
        for s in self.result["suggestions"]:
            item = QTreeWidgetItem([" and ".join(s["names"]), s["reason"]])
            item.setData(0, role, s["ids"])
            item.setToolTip(1, plain(s["reason"]))
            self.suggestions.addTopLevelItem(item)
        for tree in (self.connectors, self.suggestions):
            tree.resizeColumnToContents(0)

    # ---------------------------------------------------------------- step back

    def _connector_chosen(self) -> None:
        items = self.connectors.selectedItems()
        self.step_back_button.setEnabled(bool(items))
        self.step_back_text.clear()
        if items:
            self.records_chosen.emit(items[0].data(0, Qt.ItemDataRole.UserRole))

    def show_step_back(self) -> None:
        items = self.connectors.selectedItems()
        if not items or self.metrics is None:
            return
        from assetmap.analysis.connectors import step_back

        record_id = items[0].data(0, Qt.ItemDataRole.UserRole)[0]
        effect = step_back(self.metrics, record_id)
        lines = [tr("If {0} stepped back:").format(effect["name"])]
        if effect["newly_isolated"]:
            lines.append(tr("• left with no links: {0}").format(", ".join(p["name"] for p in effect["newly_isolated"])))
        for piece in effect["cut_off"]:
            lines.append(tr("• {0} people and groups, around {1}, would lose touch with the rest").format(
                piece["size"], piece["example"]))
        for cluster in effect["clusters_split"]:
            lines.append(tr("• {0} would split into {1} parts").format(cluster["name"], cluster["parts"]))
        if len(lines) == 1:
            lines.append(tr("• everyone would still be linked: others carry the same ties"))
        self.step_back_text.setText("\n".join(lines))
