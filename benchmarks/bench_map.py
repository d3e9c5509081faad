"""Map canvas speed: 50,000 assets and 20,000 street segments, offscreen at 1920x1080.

Measures a full-extent redraw and one pan step (50 pixels) in the real MapCanvas, against a
naive baseline in the same run: one QGraphicsItem per feature, no culling (NoIndex).

Run: .venv/bin/python benchmarks/bench_map.py [--assets N] [--streets N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_map  # noqa: E402

WIDTH, HEIGHT = 1920, 1080


def median_ms(func, repeat: int = 15) -> float:
    func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def naive_view(project, scene_rect):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from assetmap.model.categories import category
    from assetmap.model.geo import lonlat_to_scene

    scene = QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    pen = QPen(QColor("#C9C1B6"), 1)
    pen.setCosmetic(True)
    for feature in project.basemap["streets"]:
        xs, ys = lonlat_to_scene(*zip(*feature.geometry.coords))
        path = QPainterPath()
        path.moveTo(xs[0], ys[0])
        for x, y in zip(xs[1:], ys[1:]):
            path.lineTo(x, y)
        scene.addPath(path, pen)
    for asset in project.assets:
        x, y = lonlat_to_scene(*asset.location)
        item = scene.addEllipse(-5, -5, 10, 10, QPen(Qt.PenStyle.NoPen), QBrush(QColor(category(asset.category).colour)))
        item.setPos(float(x), float(y))
        item.setFlag(item.GraphicsItemFlag.ItemIgnoresTransformations)
    scene.setSceneRect(scene_rect)  # the same room to pan as the real canvas has
    view = QGraphicsView(scene)
    view.keep_scene_alive = scene  # a view does not own its scene
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def measure(view, app, fit_rect) -> tuple[float, float]:
    from PySide6.QtCore import Qt

    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.fitInView(fit_rect, Qt.AspectRatioMode.KeepAspectRatio)  # as the app does: no stretching
    app.processEvents()
    redraw = median_ms(lambda: view.viewport().repaint())
    step = [50]

    def pan():
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() + step[0])
        step[0] = -step[0]
        app.processEvents()  # the view scrolls its pixels and paints only the strip uncovered
    return redraw, median_ms(pan)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=50_000)
    parser.add_argument("--streets", type=int, default=20_000)
    args = parser.parse_args()
    from assetmap.app import application
    from assetmap.ui.canvas import MapCanvas
    from assetmap.ui.map_layers import MapLayers

    app = application()
    project = synthetic_map(args.assets, args.streets)
    start = time.perf_counter()
    layers = MapLayers(project)
    build = time.perf_counter() - start
    canvas = MapCanvas(layers)
    ours = measure(canvas, app, layers.bounds)

    def fresh():
        canvas.refresh()  # as after an edit or a zoom: nothing can be reused
        canvas.viewport().repaint()
    fresh_full = median_ms(fresh)
    street_rect = layers.bounds
    canvas.zoom_by(8)
    app.processEvents()
    street_level = median_ms(lambda: canvas.viewport().repaint())
    fresh_street = median_ms(fresh)
    start = time.perf_counter()
    naive = naive_view(project, layers.tiles_extent)
    naive_build = time.perf_counter() - start
    base = measure(naive, app, street_rect)
    print(f"\n{args.assets} assets, {args.streets} street segments, {WIDTH}x{HEIGHT} offscreen (median ms)")
    print(f"{'':28}{'ours':>10}{'naive':>10}{'speed-up':>10}")
    print(f"{'full-extent redraw':28}{ours[0]:>10.1f}{base[0]:>10.1f}{base[0] / ours[0]:>9.1f}x")
    print(f"{'pan step (50 px)':28}{ours[1]:>10.1f}{base[1]:>10.1f}{base[1] / ours[1]:>9.1f}x")
    print(f"{'full-extent fresh draw':28}{fresh_full:>10.1f}{base[0]:>10.1f}{base[0] / fresh_full:>9.1f}x")
    print(f"{'street-level redraw':28}{street_level:>10.1f}")
    print(f"{'street-level fresh draw':28}{fresh_street:>10.1f}")
    print(f"{'building the layers (s)':28}{build:>10.2f}{naive_build:>10.2f}")


if __name__ == "__main__":
    main()
