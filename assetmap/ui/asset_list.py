"""The list of assets beside the map, with search and filters by kind and tag."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QListView, QVBoxLayout, QWidget,
)

from assetmap.ui.i18n import tr
from assetmap.model.categories import CATEGORIES
from assetmap.model.project import Project
from assetmap.ui.binding import bind
from assetmap.ui.style import category_icon, symbol_pixmap

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3


class AssetListModel(QAbstractListModel):
    """Every asset, in name order, following the project's changes."""

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self._rows = []
        self._reload()
        bind(project.assets.added, self, self._reload)
        bind(project.assets.removed, self, self._reload)
        bind(project.assets.changed, self, self._changed)

    def _reload(self, *_) -> None:
        self.beginResetModel()
        self._rows = sorted(self.project.assets, key=lambda a: (a.name.lower(), a.id))
        self._row_of = {a.id: k for k, a in enumerate(self._rows)}
        self.endResetModel()

    def _changed(self, old, new) -> None:
        row = self._row_of.get(new.id)
        if row is None or old.name != new.name:
            self._reload()
            return
        self._rows[row] = new
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        asset = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return asset.name
        if role == Qt.ItemDataRole.DecorationRole:
            return category_icon(asset.category, 16)
        if role == Qt.ItemDataRole.ToolTipRole:
            return asset.description or asset.name
        if role == ID_ROLE:
            return asset.id
        if role == SEARCH_ROLE:
            return " ".join((asset.name, asset.description, asset.address, " ".join(asset.tags))).lower()
        if role == CATEGORY_ROLE:
            return asset.category
        if role == TAGS_ROLE:
            return asset.tags
        return None

    def row_of(self, asset_id: str) -> int | None:
        return self._row_of.get(asset_id)

    def all_tags(self) -> list[str]:
        return sorted({t for a in self._rows for t in a.tags}, key=str.lower)


class AssetFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.category = ""
        self.tag = ""

    def set_filters(self, text: str, category: str, tag: str) -> None:
        self.beginFilterChange()
        self.text, self.category, self.tag = text.strip().lower(), category, tag
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.category and index.data(CATEGORY_ROLE) != self.category:
            return False
        if self.tag and self.tag not in index.data(TAGS_ROLE):
            return False
        return all(word in index.data(SEARCH_ROLE) for word in self.text.split())


class AssetListPanel(QWidget):
    selection_changed = Signal(list)  # asset ids chosen in the list
    zoom_requested = Signal(str)  # asset id to show on the map

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("assetListPanel")
        self.model = AssetListModel(project, self)
        self.proxy = AssetFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("assetSearch")
        self.search.setAccessibleName(tr("Search assets"))
        self.search.setPlaceholderText(tr("Search by name, tag or address (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("assetCategoryFilter")
        self.category.setAccessibleName(tr("Show only one kind of asset"))
        self.category.addItem(tr("All kinds"), "")
        for cat in CATEGORIES:
            self.category.addItem(symbol_pixmap(cat.key, 12), tr(cat.plural), cat.key)
        self.tag = QComboBox()
        self.tag.setObjectName("assetTagFilter")
        self.tag.setAccessibleName(tr("Show only assets with a tag"))
        self._fill_tags()
        self.view = QListView()
        self.view.setObjectName("assetList")
        self.view.setAccessibleName(tr("Assets"))
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.tag, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._zoom_to_first)
        self.category.currentIndexChanged.connect(self._refilter)
        self.tag.currentIndexChanged.connect(self._refilter)
        self.view.selectionModel().selectionChanged.connect(self._selection_from_view)
        self.view.activated.connect(lambda index: self.zoom_requested.emit(index.data(ID_ROLE)))
        self.model.modelReset.connect(self._fill_tags)
        self._syncing = False

    def _fill_tags(self) -> None:
        current = self.tag.currentData() if self.tag.count() else ""
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("Any tag"), "")
        for tag in self.model.all_tags():
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)

    def _refilter(self) -> None:
        self.proxy.set_filters(self.search.text(), self.category.currentData() or "",
                               self.tag.currentData() or "")

    def _zoom_to_first(self) -> None:
        if self.proxy.rowCount():
            first = self.proxy.index(0, 0)
            self.view.setCurrentIndex(first)
            self.zoom_requested.emit(first.data(ID_ROLE))

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _selection_from_view(self) -> None:
        if not self._syncing:
            ids = [i.data(ID_ROLE) for i in self.view.selectionModel().selectedIndexes()]
            self.selection_changed.emit(ids)

    def show_selection(self, ids: list[str]) -> None:
        """Mirror a selection made on the map, without echoing it back."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        self._syncing = True
        try:
            selection = QItemSelection()
            for asset_id in ids:
                row = self.model.row_of(asset_id)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row))
                if index.isValid():
                    selection.select(index, index)
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if ids and not selection.isEmpty():
                self.view.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False
