"""Dot-voting for priorities: the results, table by table, and their export as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from assetmap.ui.i18n import tr
from assetmap.io.atomic import atomic_output
from assetmap.io.safe_cells import spreadsheet_safe
from assetmap.model.entities import VOTE_TABLES
from assetmap.model.project import Project

TABLE_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#999999")


def write_votes_csv(project: Project, path: Path) -> Path:
    with atomic_output(Path(path)) as temp:
        with open(temp, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(["asset", "kind", "total"] + list(VOTE_TABLES))
            for asset_id, total, per_table in project.vote_totals():
                asset = project.assets[asset_id]
                writer.writerow([spreadsheet_safe(asset.name), asset.category, total]
                                + [per_table.get(t, 0) for t in VOTE_TABLES])
    return Path(path)


class VoteResults(QDialog):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("voteResults")
        self.setWindowTitle(tr("Priorities: the votes"))
        self.project = project
        rows = project.vote_totals()
        total = sum(r[1] for r in rows)
        summary = QLabel(tr('{0} dots on {1} assets.').format(total, len(rows)) if rows else tr("No votes yet."))
        summary.setObjectName("voteSummary")
        self.table = QTableWidget(len(rows), 2 + len(VOTE_TABLES))
        self.table.setObjectName("voteTable")
        self.table.setAccessibleName(tr("Votes per asset and per table"))
        self.table.setHorizontalHeaderLabels([tr("Asset"), tr("Total")]
                                            + [tr("Table {0}").format(name.split()[-1]) for name in VOTE_TABLES])
        for r, (asset_id, count, per_table) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(project.assets[asset_id].name))
            self.table.setItem(r, 1, QTableWidgetItem(str(count)))
            for c, name in enumerate(VOTE_TABLES):
                self.table.setItem(r, 2 + c, QTableWidgetItem(str(per_table.get(name, 0))))
        self.table.resizeColumnsToContents()
        export = QPushButton(tr("Export as CSV…"))
        export.setObjectName("exportVotes")
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(export)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def export(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the votes"), "votes.csv", tr("CSV spreadsheet (*.csv)"))
        if not path:
            return None
        return write_votes_csv(self.project, Path(path))
