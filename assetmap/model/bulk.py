"""Pausing Python's cycle collector while a hundred thousand records are made at once.

The collector runs every few hundred new objects and, once many are alive, walks all of
them; an import that makes 100,000 assets spends half its time there, finding nothing to
free. Records hold no reference cycles, so nothing is lost by waiting until the end.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Nested and threaded uses are counted: the collector comes back as it was when the
    last one ends."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
