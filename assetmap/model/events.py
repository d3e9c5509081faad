"""A minimal signal so the model can announce changes without knowing who listens."""

from __future__ import annotations

from typing import Any, Callable


class Signal:
    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        if slot in self._slots:
            self._slots.remove(slot)

    @property
    def connected(self) -> bool:
        return bool(self._slots)

    def emit(self, *args: Any) -> None:
        # Iterate over a copy: a slot may disconnect itself while being called.
        for slot in list(self._slots):
            slot(*args)
