"""Progress and cancellation for long work, shared by headless commands and the window."""

from __future__ import annotations

from typing import Callable


class Cancelled(Exception):
    """The user cancelled; whatever was being made is thrown away."""


class Progress:
    """Long work calls ``step``; the caller may ``cancel`` from another thread."""

    def __init__(self, callback: Callable[[float, str], None] | None = None) -> None:
        self._callback = callback
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()

    def step(self, fraction: float, message: str = "") -> None:
        self.check()
        if self._callback is not None:
            self._callback(min(max(fraction, 0.0), 1.0), message)


    def scaled(self, start: float, end: float) -> "Progress":
        """Progress for one part of the work, reported as the span start..end of the whole;
        a cancel of the whole stops the part at its next step."""
        return Progress(lambda fraction, message: self.step(start + (end - start) * fraction, message))


NO_PROGRESS = Progress()
