"""Writing an output file so that it appears whole or not at all."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.wording import say


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a hidden name beside ``path`` to write to; on success it replaces ``path``, on
    any failure it is removed and ``path`` is left as it was. The extension is kept, as GDAL
    and Qt choose the format by it."""
    path = Path(path)
    temp = path.with_name(f".{path.stem}.part{path.suffix}")
    try:
        yield temp
        temp.replace(path)
    except OSError as exc:
        raise AssetmapError(say("{path}: could not be written ({problem})", path=path,
                                problem=exc.strerror or exc)) from None
    finally:
        if temp.exists():
            temp.unlink()
