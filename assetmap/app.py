"""Composition root for the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path



def ensure_platform() -> None:
    """Without a display, choose the offscreen platform rather than let Qt abort."""
    if sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def gui_application():
    """A QGuiApplication for drawing without a window (the render command)."""
    ensure_platform()
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def application():
    ensure_platform()
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setApplicationName("assetmap")
    app.setOrganizationName("assetmap")
    if existing is None:
        from assetmap.ui.i18n import install_translations

        install_translations(app)
    return app


def build_window(path: str | os.PathLike[str] | None = None):
    """The main window with ``path`` open, shown no dialog. With no path, the user's own copy
    of the sample ward (made on first use), never the file that ships with assetmap."""
    application()
    from assetmap.io.gpkg_store import open_project
    from assetmap.ui.main_window import MainWindow
    from assetmap.ui.welcome import sample_copy, user_wards_folder

    project_path = Path(path) if path is not None else sample_copy(user_wards_folder())
    return MainWindow(open_project(project_path), project_path)


def run_app(path: str | os.PathLike[str] | None = None) -> int:
    app = application()
    window = build_window(path)
    window.show()
    if path is None and window.settings.value("welcomeAtStart", True, bool):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.show_welcome)
    return app.exec()
