"""What the map shows: a switch for each kind of asset and each background layer, with its
symbol, so the panel is the map's key as well."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from assetmap.ui.i18n import tr
from assetmap.model.categories import CATEGORIES
from assetmap.ui import style
from assetmap.ui.binding import bind
from assetmap.ui.map_layers import MapLayers

BASEMAP_LABELS = {"boundary": QT_TR_NOOP("Ward boundary"), "streets": QT_TR_NOOP("Streets"), "water": QT_TR_NOOP("Rivers and water"),
                  "green_space": QT_TR_NOOP("Parks and green space"), "buildings": QT_TR_NOOP("Buildings")}


def basemap_swatch(layer: str, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if layer in style.AREA_STYLES:
        fill, outline = style.AREA_STYLES[layer]
        painter.setPen(QPen(outline, 1))
        painter.setBrush(fill)
        painter.drawRect(2, 3, size - 4, size - 6)
    elif layer == "gaps":
        painter.setPen(QPen(style.GAP_COLOUR, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(style.GAP_COLOUR, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(2, 3, size - 4, size - 6)
    elif layer == "streets":
        casing, fill, _ = style.STREET_STYLES["tertiary"]
        painter.setPen(QPen(casing, 6))
        painter.drawLine(1, size // 2, size - 1, size // 2)
        painter.setPen(QPen(fill, 4))
        painter.drawLine(1, size // 2, size - 1, size // 2)
    else:
        painter.setPen(QPen(style.BOUNDARY, 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRect(2, 2, size - 4, size - 4)
    painter.end()
    return pixmap


class LayersPanel(QScrollArea):
    remove_requested = Signal(str)  # the name of a kept result

    def __init__(self, layers: MapLayers, on_change) -> None:
        super().__init__()
        self.setObjectName("layersPanel")
        self.setWidgetResizable(True)
        self.layers = layers
        self.on_change = on_change
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(tr("<b>Community assets</b>")))
        self.toggles: dict[str, QCheckBox] = {}
        for cat in CATEGORIES:
            box = QCheckBox(tr(cat.plural))
            box.setIcon(QIcon(style.category_icon(cat.key, 20)))
            box.setToolTip(tr('{0}: for example {1}').format(tr(cat.plural), tr(cat.examples)))
            self._add(layout, cat.key, box)
        layout.addSpacing(8)
        layout.addWidget(QLabel(tr("<b>Background map</b>")))
        for key, label in BASEMAP_LABELS.items():
            box = QCheckBox(tr(label))
            box.setIcon(QIcon(basemap_swatch(key)))
            self._add(layout, key, box)
        layout.addSpacing(8)
        layout.addWidget(QLabel(tr("<b>Network</b>")))
        links = QCheckBox(tr("Links between people and groups"))
        links.setToolTip(tr("Draws each link on the map: groups at their meeting place, people at "
                         "their approximate home area (never an address)"))
        self._add(layout, "network", links)
        gaps = QCheckBox(tr("Gaps beyond walking distance"))
        gaps.setIcon(QIcon(basemap_swatch("gaps")))
        gaps.setToolTip(tr("Hatched: parts of the ward too far to walk from any asset of the kind "
                        "chosen in the Walking gaps panel"))
        self._add(layout, "gaps", gaps)
        layout.addSpacing(8)
        self.results_holder = QWidget()
        self.results_holder.setObjectName("resultLayers")
        self.results_layout = QVBoxLayout(self.results_holder)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results_holder)
        self.refresh_results()
        bind(layers.project.results_changed, self, lambda *_: self.refresh_results())
        credits = layers.project.info.credits
        if credits:
            note = QLabel(credits)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setObjectName("mapCredits")
            layout.addSpacing(8)
            layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh_results(self) -> None:
        """A switch (and a remove button) for each kept result, and the density key."""
        from assetmap.ui.result_paint import DENSITY_COLOURS, class_label

        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        results = self.layers.project.results
        if not results:
            return
        self.results_layout.addWidget(QLabel(tr("<b>Kept results</b>")))
        for name, layer in results.items():
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox(layer.title)
            box.setObjectName(f"toggle_result:{name}")
            box.setAccessibleName(tr('Show {0}').format(layer.title))
            box.setChecked(self.layers.visible.get(f"result:{name}", True))
            box.toggled.connect(lambda on, k=f"result:{name}": self._set(k, on))
            remove = QToolButton()
            remove.setText("✕")
            remove.setObjectName(f"remove_result:{name}")
            remove.setAccessibleName(tr('Remove {0}').format(layer.title))
            remove.setToolTip(tr('Remove “{0}” from the ward (undo brings it back)').format(layer.title))
            remove.clicked.connect(lambda _=False, n=name: self.remove_requested.emit(n))
            line.addWidget(box, 1)
            line.addWidget(remove)
            self.results_layout.addWidget(row)
            if layer.kind == "density":
                for index, colour in enumerate(DENSITY_COLOURS):
                    key = QLabel()
                    key.setText(tr("<span style='background:{0}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{1}").format(colour, class_label(index)))
                    key.setAccessibleName(class_label(index))
                    self.results_layout.addWidget(key)

    def _add(self, layout: QVBoxLayout, key: str, box: QCheckBox) -> None:
        box.setObjectName(f"toggle_{key}")
        box.setAccessibleName(tr('Show {0}').format(box.text()))
        box.setChecked(self.layers.visible.get(key, True))
        box.toggled.connect(lambda on, k=key: self._set(k, on))
        layout.addWidget(box)
        self.toggles[key] = box

    def _set(self, key: str, on: bool) -> None:
        self.layers.visible[key] = on
        self.on_change()
