# Replaces PyInstaller's hook for PySide6.QtGui: the same collection, without the Qt plugins
# assetmap never loads. The GTK3 theme alone drags in about 20 MiB of GTK; VNC pulls in
# QtNetwork. Filtering here, before analysis, also keeps their libraries out.
import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

UNUSED_PLUGINS = ("libqgtk3", "libqvnc", "libqwayland", "libqeglfs", "libqlinuxfb", "libqminimalegl",
                  "libqvkkhrdisplay", "libqxdgdesktopportal", "libqtuiotouchplugin", "libqevdev",
                  "libqlibinput", "libqtslib")
UNUSED_FOLDERS = ("wayland", "egldeviceintegrations", "generic", "platforminputcontexts")


def _wanted(source: str, target: str) -> bool:
    name = os.path.basename(source)
    if any(name.startswith(prefix) for prefix in UNUSED_PLUGINS):
        return False
    return not any(part in target.replace("\\", "/").split("/") or part in target for part in UNUSED_FOLDERS)


binaries = [(source, target) for source, target in binaries if _wanted(source, target)]
