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
