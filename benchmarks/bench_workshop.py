"""Workshop mode's three-step add must answer each step within 100 ms: the time from a click
on the map to the tiles on screen, from a tile to the name box, and from Enter to the new
asset painted on the map. Measured on the sample ward, offscreen, against a plain baseline in
the same run: a bare QDialog with one line edit opened and closed.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_workshop.py
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> None:
    from assetmap.app import application, build_window

    import shutil
    import tempfile
    from pathlib import Path

    from assetmap.paths import sample_ward_path

    app = application()
    ward = Path(tempfile.mkdtemp()) / "millbrook.gpkg"
    shutil.copy(sample_ward_path(), ward)
    window = build_window(ward)
    window.resize(1600, 1000)
    window.show()
    settle(app)
    window.action_workshop.trigger()
    settle(app)
    card, viewport = window.workshop.card, window.canvas.viewport()
    steps = {"click to tiles": [], "tile to name box": [], "Enter to asset on the map": []}
    base = []
    for n in range(25):
        point = QPoint(200 + (n * 37) % 600, 150 + (n * 53) % 500)
        start = time.perf_counter()
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        settle(app)
        steps["click to tiles"].append(time.perf_counter() - start)
        start = time.perf_counter()
        QTest.keyClick(card, getattr(Qt.Key, f"Key_{n % 6 + 1}"))
        settle(app)
        steps["tile to name box"].append(time.perf_counter() - start)
        QTest.keyClicks(card.name, f"Asset {n}")
        start = time.perf_counter()
        QTest.keyClick(card.name, Qt.Key.Key_Return)
        viewport.repaint()
        settle(app)
        steps["Enter to asset on the map"].append(time.perf_counter() - start)
        start = time.perf_counter()
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLineEdit())
        dialog.show()
        settle(app)
        dialog.close()
        base.append(time.perf_counter() - start)
    print("\nworkshop mode, three-step add on the sample ward (median and slowest of 25, ms)")
    for what, times in steps.items():
        print(f"  {what:<28} {statistics.median(times) * 1000:6.1f}  {max(times) * 1000:6.1f}   (target: under 100)")
    print(f"  baseline: a bare dialog shown {statistics.median(base) * 1000:6.1f}  {max(base) * 1000:6.1f}")
    window.document.undo_stack.setClean()
    window.workshop.leave()
    QApplication.instance().quit()


if __name__ == "__main__":
    main()
