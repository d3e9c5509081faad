"""Bringing a paper workshop back: each mark on the poster is typed as its square (C4), its
kind and its name, and lands in the middle of that square on the map, ready to be dragged to
the exact spot. Enter adds one and clears the form for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout,
)

from assetmap.ui.i18n import tr
from assetmap.model.poster import parse_square, square_centre
from assetmap.model.project import Project
from assetmap.ui.add_form import category_combo
from assetmap.ui.plain import plain_label


class PaperMarksDialog(QDialog):
    mark_entered = Signal(str, str, float, float, str)  # name, kind, lon, lat, where it came from

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("paperMarks")
        self.setWindowTitle(tr("Marks from the paper map"))
        self.project = project
        self.square = QLineEdit()
        self.square.setObjectName("markSquare")
        self.square.setAccessibleName(tr("Square on the poster, like C4"))
        self.square.setPlaceholderText(tr("C4"))
        self.square.setMaxLength(3)
        self.number = QLineEdit()
        self.number.setObjectName("markNumber")
        self.number.setAccessibleName(tr("The mark's number on the paper (optional)"))
        self.number.setPlaceholderText("7")
        self.number.setMaxLength(6)
        self.number.returnPressed.connect(lambda: self.name.setFocus())
        self.kind = category_combo()
        self.kind.setObjectName("markKind")
        self.kind.setAccessibleName(tr("Kind of asset"))
        self.name = QLineEdit()
        self.name.setObjectName("markName")
        self.name.setAccessibleName(tr("Name written on the mark"))
        self.name.returnPressed.connect(self.add)
        self.square.returnPressed.connect(self.number.setFocus)
        self.problem = QLabel()
        self.problem.setObjectName("markProblem")
        plain_label(self.problem)
        self.entered = QListWidget()
        self.entered.setObjectName("marksEntered")
        self.entered.setAccessibleName(tr("Marks entered so far"))
        form = QFormLayout()
        form.addRow(tr("&Square:"), self.square)
        form.addRow(tr("N&umber:"), self.number)
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("&Name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Type each mark's square and name, then press Enter. It lands in the "
                                "middle of its square: drag it to the exact spot later.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.entered, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def add(self) -> bool:
        if self.project.boundary is None:
            self.problem.setText(tr("The ward has no boundary, so the poster has no grid."))
            return False
        name = self.name.text().strip()
        try:
            parse_square(self.square.text())
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.square.setFocus()
            return False
        if not name:
            self.problem.setText(tr("Type the name written on the mark."))
            return False
        square = self.square.text().strip().upper()
        number = self.number.text().strip()
        lon, lat = square_centre(self.project.boundary.bounds, square)
        source = tr("Mark {0} in square {1} of the paper map").format(number, square) if number else \
            tr("A mark in square {0} of the paper map").format(square)
        self.mark_entered.emit(name, self.kind.currentData(), lon, lat, source)
        self.entered.addItem(f"{square}  {number + '  ' if number else ''}{name}")
        self.problem.clear()
        self.name.clear()
        self.number.clear()
        self.square.clear()
        self.square.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
