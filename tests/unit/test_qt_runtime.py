"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every Qt call returning void
and aborts Python after a few thousand calls (Fatal Python error: none_dealloc)."""

import subprocess
import sys
from importlib.metadata import version


def test_many_void_qt_calls_do_not_abort_python():
    code = ("from PySide6.QtCore import QRectF\n"
            "r = QRectF()\n"
            "[r.setX(3) for _ in range(20000)]\n"
            "print('survived')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr


def test_the_broken_combination_is_not_installed():
    if sys.version_info[:2] == (3, 11):
        assert not version("PySide6-Essentials").startswith("6.12.0")


def test_background_tasks_may_use_pyproj(qtbot):
    """pyproj 3.7 crashed the process when a Qt-made thread built a CRS (pyproj #1509)."""
    from pyproj import CRS, Transformer

    from assetmap.ui.workers import Task

    def work(progress):
        for _ in range(20):
            CRS.from_user_input("EPSG:27700")
            Transformer.from_crs("EPSG:4326", "EPSG:2157", always_xy=True).transform(-6.2, 54.7)
        return "done"

    for _ in range(3):
        task = Task(work)
        with qtbot.waitSignal(task.succeeded, timeout=20000) as blocker:
            task.start()
        assert blocker.args == ["done"]
