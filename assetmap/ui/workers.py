"""Long work off the GUI thread, with progress and Cancel.

The work is a plain function taking a Progress object (model/progress.py); this runs it on
a Python thread and reports back through signals, which Qt delivers on the GUI thread.

Python threads rather than Qt's thread pool: pyproj 3.7 keeps its PROJ context per thread
through Python's thread state, which threads Qt creates lack, and crashes there
(pyproj issue #1509, fixed in 3.8, which this platform's registry does not offer yet).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.model.progress import Cancelled, Progress


class Task(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent=None) -> None:
        super().__init__(parent)
        self.progress = Progress(lambda fraction, text: self.progressed.emit(fraction, text))
        self._work = work
        self.running = False
        self.error: AssetmapError | None = None  # the problem behind ``failed``, for its type

    def start(self) -> None:
        self.running = True
        threading.Thread(target=self._run, name="assetmap-task", daemon=True).start()

    def cancel(self) -> None:
        self.progress.cancel()

    def _run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except AssetmapError as exc:
            self.error = exc
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so plainly rather than crash the window
            self.failed.emit(tr('Something went wrong ({0}: {1}). Please report it.').format(type(exc).__name__, exc))
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.finished.emit()
