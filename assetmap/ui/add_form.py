"""The small form that appears where the user clicked to add an asset: name, kind,
description. Enter adds it, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.categories import CATEGORIES
from assetmap.ui.style import category_icon


def category_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for cat in CATEGORIES:
        combo.addItem(category_icon(cat.key, 18), tr(cat.plural), cat.key)
    return combo


class AddAssetForm(QFrame):
    accepted = Signal(str, str, str)  # name, category key, description
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addAssetForm")
        self.setAccessibleName(tr("New asset"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.name = QLineEdit()
        self.name.setObjectName("newAssetName")
        self.name.setAccessibleName(tr("Name of the new asset"))
        self.name.setPlaceholderText(tr("What is it called?"))
        self.category = category_combo()
        self.category.setObjectName("newAssetCategory")
        self.category.setAccessibleName(tr("Kind of asset"))
        self.description = QLineEdit()
        self.description.setObjectName("newAssetDescription")
        self.description.setAccessibleName(tr("Description"))
        self.description.setPlaceholderText(tr("A few words (optional)"))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Kind"), self.category)
        form.addRow(tr("About it"), self.description)
        add = QPushButton(tr("Add"))
        add.setObjectName("newAssetAdd")
        add.setDefault(True)
        add.clicked.connect(self.accept)
        cancel = QPushButton(tr("Cancel"))
        cancel.setObjectName("newAssetCancel")
        cancel.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for field in (self.name, self.description):
            field.returnPressed.connect(self.accept)
        self.hide()

    def open_at(self, pos: QPoint, category: str) -> None:
        self.name.clear()
        self.description.clear()
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self.adjustSize()
        parent = self.parentWidget().rect()
        x = min(max(pos.x() + 12, 0), parent.width() - self.width())
        y = min(max(pos.y() + 12, 0), parent.height() - self.height())
        self.move(x, y)
        self.show()
        self.raise_()
        self.name.setFocus()

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setPlaceholderText(tr("Please give it a name"))
            self.name.setFocus()
            return
        self.hide()
        self.accepted.emit(name, self.category.currentData(), self.description.text().strip())

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event) -> None:
        # Keep Return and Escape here: QLineEdit passes Return on to its parents, and the map
        # below would take it as "place another asset".
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
        else:
            super().keyPressEvent(event)
