"""Edit every field of the selected asset. Each change is one undoable step; typing more
into the same field straight after folds into that step."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout,
    QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.commands import ChangeRecord, Command
from assetmap.model.entities import Asset, Photo
from assetmap.model.project import Project
from assetmap.ui.add_form import category_combo
from assetmap.ui.binding import bind

MAX_PHOTO_BYTES = 20 * 1024 * 1024


class PlainTextField(QPlainTextEdit):
    """A multi-line field that reports when the user leaves it, like QLineEdit does."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


TEXT_FIELDS = (  # field, label, multi-line
    ("name", QT_TR_NOOP("Name"), False), ("description", QT_TR_NOOP("About it"), True), ("tags", QT_TR_NOOP("Tags"), False),
    ("address", QT_TR_NOOP("Address"), False), ("contact", QT_TR_NOOP("Contact"), False),
    ("accessibility", QT_TR_NOOP("Access"), False), ("opening_times", QT_TR_NOOP("Opening times"), False),
    ("story", QT_TR_NOOP("Story"), True), ("recorded_by", QT_TR_NOOP("Recorded by"), False),
)


class AttributePanel(QWidget):
    edit_requested = Signal(object)  # a model Command
    message = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attributePanel")
        self.project = project
        self.asset_id: str | None = None
        self.stack = QStackedWidget()
        self.hint = QLabel(tr("Click an asset on the map or in the list to see and edit its details."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        bind(project.assets.changed, self, self._on_changed)
        bind(project.assets.removed, self, self._on_removed)

    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.fields: dict[str, QLineEdit | PlainTextField] = {}
        self.category = category_combo()
        self.category.setObjectName("field_category")
        self.category.setAccessibleName(tr("Kind of asset"))
        self.category.activated.connect(lambda _: self._commit("category", self.category.currentData()))
        for name, label, multiline in TEXT_FIELDS:
            field = PlainTextField() if multiline else QLineEdit()
            if multiline:
                field.setFixedHeight(70)
            field.setObjectName(f"field_{name}")
            field.setAccessibleName(tr(label))
            field.editingFinished.connect(lambda n=name: self._commit_text(n))
            self.fields[name] = field
            form.addRow(tr(label), field)
            if name == "name":
                form.addRow(tr("Kind"), self.category)
        self.fields["tags"].setPlaceholderText(tr("comma-separated, e.g. food, youth"))
        self.recorded_at = QLabel()
        form.addRow(tr("Recorded on"), self.recorded_at)
        self.photos = QListWidget()
        self.photos.setObjectName("field_photos")
        self.photos.setAccessibleName(tr("Photos"))
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(72, 72))
        self.photos.setFixedHeight(100)
        add_photo = QPushButton(tr("Add photo…"))
        add_photo.setObjectName("addPhoto")
        add_photo.clicked.connect(self._choose_photo)
        remove_photo = QPushButton(tr("Remove photo"))
        remove_photo.setObjectName("removePhoto")
        remove_photo.clicked.connect(self._remove_photo)
        buttons = QHBoxLayout()
        buttons.addWidget(add_photo)
        buttons.addWidget(remove_photo)
        form.addRow(tr("Photos"), self.photos)
        form.addRow("", self._wrap(buttons))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        return scroll

    @staticmethod
    def _wrap(layout) -> QWidget:
        holder = QWidget()
        holder.setLayout(layout)
        return holder

    # ---------------------------------------------------------------- showing

    def show_assets(self, ids: list[str]) -> None:
        self.asset_id = ids[0] if len(ids) == 1 else None
        if len(ids) > 1:
            self.hint.setText(tr('{0} assets selected. Press Delete to remove them, or choose one to edit.').format(len(ids)))
        else:
            self.hint.setText(tr("Click an asset on the map or in the list to see and edit its details."))
        self._refresh()

    def _on_changed(self, old, new) -> None:
        self._refresh_if(new.id)

    def _on_removed(self, asset) -> None:
        self._refresh_if(asset.id)

    def _refresh_if(self, asset_id: str) -> None:
        if asset_id == self.asset_id:
            self._refresh()

    def _refresh(self) -> None:
        asset = self.project.assets.get(self.asset_id) if self.asset_id else None
        if asset is None:
            self.asset_id = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        for name, field in self.fields.items():
            value = ", ".join(asset.tags) if name == "tags" else getattr(asset, name)
            if isinstance(field, QLineEdit):
                if field.text() != value:
                    field.setText(value)
            elif field.toPlainText() != value:
                field.setPlainText(value)
        self.category.setCurrentIndex(self.category.findData(asset.category))
        self.recorded_at.setText(asset.recorded_at[:16].replace(tr("T"), " ") or tr("not recorded"))
        self.photos.clear()
        for photo in asset.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.data)
            item = QListWidgetItem(QIcon(pixmap), photo.name)
            self.photos.addItem(item)

    # ---------------------------------------------------------------- editing

    def current(self) -> Asset | None:
        return self.project.assets.get(self.asset_id) if self.asset_id else None

    def _commit_text(self, name: str) -> None:
        field = self.fields[name]
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        if name == "tags":
            value = tuple(t.strip() for t in text.split(",") if t.strip())
        else:
            value = text.strip() if name == "name" else text
        if name == "name" and not value:
            asset = self.current()
            if asset is not None:
                field.setText(asset.name)
                self.message.emit(tr("An asset needs a name; the old one was kept."))
            return
        self._commit(name, value)

    def _commit(self, name: str, value) -> None:
        asset = self.current()
        if asset is None or getattr(asset, name) == value:
            return
        label = tr('Change {0} of “{1}”').format(name.replace('_', ' '), asset.name)
        command: Command = ChangeRecord(asset, asset.with_changes(**{name: value}), label,
                                        merge_key=("field", asset.id, name))
        self.edit_requested.emit(command)

    def add_photo_file(self, path: str) -> None:
        asset = self.current()
        if asset is None:
            return
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as exc:
            self.message.emit(tr('{0}: cannot be read ({1})').format(file.name, exc.strerror))
            return
        if len(data) > MAX_PHOTO_BYTES:
            self.message.emit(tr('{0}: too large for a photo (over 20 MB)').format(file.name))
            return
        if QPixmap().loadFromData(data) is False:
            self.message.emit(tr('{0}: not a picture assetmap can show').format(file.name))
            return
        mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        photos = asset.photos + (Photo(file.name, mime, data),)
        self.edit_requested.emit(ChangeRecord(asset, asset.with_changes(photos=photos),
                                              tr('Add a photo to “{0}”').format(asset.name)))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Add a photo"), "", tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path:
            self.add_photo_file(path)

    def _remove_photo(self) -> None:
        asset = self.current()
        row = self.photos.currentRow()
        if asset is None or row < 0:
            return
        photos = asset.photos[:row] + asset.photos[row + 1:]
        self.edit_requested.emit(ChangeRecord(asset, asset.with_changes(photos=photos),
                                              tr('Remove a photo from “{0}”').format(asset.name)))
