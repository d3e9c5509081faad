"""Subscribe a widget to a model signal for as long as the widget lives.

Model signals are plain Python and hold their slots strongly; without this a deleted widget
would still be called (and fail) the next time the project changed.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from assetmap.model.events import Signal


def bind(signal: Signal, owner: QObject, slot: Callable) -> None:
    signal.connect(slot)
    owner.destroyed.connect(lambda *_: signal.disconnect(slot))
