"""What the command's modules share: the registry of commands and checking a project path."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from assetmap.errors import AssetmapError

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(func: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = func
        return func
    return register


def project_path(text: str, must_exist: bool = True) -> Path:
    path = Path(text)
    if must_exist and not path.exists():
        raise AssetmapError(f"{path}: no such file")
    return path
