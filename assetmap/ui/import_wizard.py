"""The import window: see the rows, say which column is what, see what will be skipped and
why, then bring the assets in as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.io.asset_import import ColumnMapping, ImportPlan, guess_mapping, plan_import
from assetmap.io.asset_sources import SourceTable
from assetmap.io.coordinates import CRS_LABELS
from assetmap.model.categories import CATEGORIES
from assetmap.model.project import Project
from assetmap.ui.plain import plain_label

PREVIEW_ROWS = 200
NOT_USED = QT_TR_NOOP("(not used)")
ONE_KIND = QT_TR_NOOP("(the same kind for every row)")


class ImportAssetsDialog(QDialog):
    """Made from a table already read off the GUI thread; planning again on each change is
    quick because the file is not read again."""

    def __init__(self, project: Project, table: SourceTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importAssetsDialog")
        self.setWindowTitle(tr('Import assets from {0}').format(table.path.rsplit('/', 1)[-1]))
        self.project = project
        self.table = table
        self.plan: ImportPlan | None = None
        mapping, notes = guess_mapping(table, project.boundary)
        spatial = table.geometries is not None

        self.notes = QLabel("\n".join(table.notes + notes) or "")
        plain_label(self.notes)
        self.notes.setWordWrap(True)
        form = QFormLayout()
        self.name_box = self._column_box(tr("Name"), mapping.name, allow_none=False)
        self.kind_box = self._column_box(tr("Kind of asset"), mapping.category, none_text=ONE_KIND)
        self.default_kind = QComboBox()
        self.default_kind.setAccessibleName(tr("Kind for rows that do not say"))
        for category in CATEGORIES:
            self.default_kind.addItem(tr(category.label), category.key)
        form.addRow(tr("&Name:"), self.name_box)
        form.addRow(tr("&Kind:"), self.kind_box)
        form.addRow(tr("Kind when a row does &not say:"), self.default_kind)
        self.y_box = self._column_box(tr("Latitude or northing"), mapping.y)
        self.x_box = self._column_box(tr("Longitude or easting"), mapping.x)
        self.crs_box = QComboBox()
        self.crs_box.setAccessibleName(tr("How positions are written"))
        for crs, label in CRS_LABELS.items():
            self.crs_box.addItem(f"{tr(label)} ({crs})" if crs != "EPSG:4326" else
                                 tr("Latitude and longitude"), crs)
        self.crs_box.setCurrentIndex(max(self.crs_box.findData(mapping.crs), 0))
        self.swap = QCheckBox(tr("The two position columns are &swapped"))
        self.swap.setChecked(mapping.swap)
        if not spatial:
            form.addRow(tr("&Latitude / northing:"), self.y_box)
            form.addRow(tr("L&ongitude / easting:"), self.x_box)
            form.addRow(tr("&Positions are in:"), self.crs_box)
            form.addRow("", self.swap)
        self.merge = QCheckBox(tr("&Merge repeats (same name within 25 m) into the asset already there"))
        self.merge.setChecked(True)
        self.near_ward = QCheckBox(tr("Skip assets more than 1 km &outside the ward"))
        self.near_ward.setChecked(project.boundary is not None)
        self.near_ward.setEnabled(project.boundary is not None)
        form.addRow("", self.merge)
        form.addRow("", self.near_ward)
        self._text_fields = dict(mapping.fields)
        self._tags = mapping.tags

        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(tr("Rows of the file and what will happen to each"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        plain_label(self.summary)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        top = QHBoxLayout()
        top.addLayout(form)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for box in (self.name_box, self.kind_box, self.default_kind, self.y_box, self.x_box, self.crs_box):
            box.currentIndexChanged.connect(self.replan)
        for check in (self.swap, self.near_ward):
            check.toggled.connect(self.replan)
        self.merge.toggled.connect(self._show_summary)
        self.resize(900, 640)
        self.replan()

    def _column_box(self, label: str, chosen: str | None, allow_none: bool = True,
                    none_text: str = NOT_USED) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(tr('{0} column').format(label))
        if allow_none:
            box.addItem(tr(none_text), None)
        for column in self.table.columns:
            box.addItem(column, column)
        index = box.findData(chosen)
        box.setCurrentIndex(index if index >= 0 else 0)
        return box

    def mapping(self) -> ColumnMapping:
        chosen = {self.name_box.currentData(), self.kind_box.currentData(),
                  self.x_box.currentData(), self.y_box.currentData()}
        return ColumnMapping(
            name=self.name_box.currentData(), category=self.kind_box.currentData(),
            x=self.x_box.currentData(), y=self.y_box.currentData(),
            tags=self._tags if self._tags not in chosen else None,
            fields={f: c for f, c in self._text_fields.items() if c not in chosen},
            default_category=self.default_kind.currentData(),
            crs=self.crs_box.currentData(), swap=self.swap.isChecked())

    @property
    def merge_duplicates(self) -> bool:
        return self.merge.isChecked()

    def replan(self) -> None:
        try:
            self.plan = plan_import(self.table, self.mapping(), list(self.project.assets),
                                    self.project.boundary, 1000.0 if self.near_ward.isChecked() else None,
                                    self.project.info.metric_crs or None)
        except AssetmapError as exc:
            self.plan = None
            self.summary.setText(str(exc))
            self.import_button.setEnabled(False)
            self._fill_preview({})
            return
        self._show_summary()
        self._fill_preview(self._row_states())

    def _row_states(self) -> dict[int, tuple[str, bool]]:
        states = {row: (tr("Will be added"), True) for row in self.plan.rows}
        for duplicate in self.plan.duplicates:
            states[duplicate.row] = (tr('Repeats “{0}”: merged').format(duplicate.existing.name), True)
        for row, reason in self.plan.skipped:
            states[row] = (tr('Skipped: {0}').format(reason), False)
        return states

    def _show_summary(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        repeats = (tr('{0} repeat(s) will be merged into assets already there').format(len(plan.duplicates))
                   if self.merge_duplicates else tr('{0} repeat(s) will be left out').format(len(plan.duplicates)))
        self.summary.setText(tr('{0:,} asset(s) will be added; {1}; {2:,} row(s) skipped (see the first column).').format(len(plan.assets), repeats, len(plan.skipped)))
        self.import_button.setEnabled(bool(plan.assets or (plan.duplicates and self.merge_duplicates)))

    def _fill_preview(self, states: dict[int, tuple[str, bool]]) -> None:
        rows = min(len(self.table.rows), PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(self.table.columns) + 1)
        self.preview.setHorizontalHeaderLabels([tr("What happens")] + self.table.columns)
        self.preview.setRowCount(rows)
        self.preview.setVerticalHeaderLabels([str(n) for n in self.table.row_numbers[:rows]])
        for r in range(rows):
            text, ok = states.get(self.table.row_numbers[r], ("", True))
            status = QTableWidgetItem(text)
            if not ok:
                status.setForeground(QColor("#a0001c"))
            self.preview.setItem(r, 0, status)
            for c, cell in enumerate(self.table.rows[r][:len(self.table.columns)]):
                self.preview.setItem(r, c + 1, QTableWidgetItem(cell))
        self.preview.resizeColumnToContents(0)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
