"""Where bundled files live, in the source tree or inside a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def sample_ward_path() -> Path:
    return root() / "sample_data" / "millbrook.gpkg"
