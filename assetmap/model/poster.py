"""The lettered grid of a paper poster (columns A-H, rows 1-8 over the ward), shared by the
printed poster and by entering marks from it, so a square on paper is the same place on the
map."""

from __future__ import annotations

import re
from assetmap.model.wording import say

COLUMNS = "ABCDEFGH"
ROWS = 8
SQUARE = re.compile(r"^\s*([A-Ha-h])\s*([1-8])\s*$")


def parse_square(text: str) -> tuple[int, int]:
    """'C4' -> (column 2, row 3), both from 0. Raises ValueError for anything else."""
    match = SQUARE.match(text)
    if not match:
        raise ValueError(say("{text!r} is not a square of the poster: a letter A-H and a number 1-8, like C4",
                             text=text))
    return COLUMNS.index(match.group(1).upper()), int(match.group(2)) - 1


def square_centre(bounds: tuple[float, float, float, float], text: str) -> tuple[float, float]:
    """The (lon, lat) of the middle of a square of a grid over ``bounds`` (the ward's bounding
    box: west, south, east, north); rows count down from the top (north)."""
    column, row = parse_square(text)
    west, south, east, north = bounds
    lon = west + (column + 0.5) * (east - west) / len(COLUMNS)
    lat = north - (row + 0.5) * (north - south) / ROWS
    return lon, lat


def asset_numbers(project) -> dict[str, int]:
    """The number each asset carries on the poster: its place in the ward's list, from 1."""
    return {asset.id: n for n, asset in enumerate(project.assets, 1)}
