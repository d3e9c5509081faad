"""Which coordinate system a spreadsheet's position columns are in, judged from the values.

Latitude/longitude, British National Grid, Irish Grid and Irish Transverse Mercator numbers
overlap: an Irish Grid easting is also a plausible British one. So each candidate is tried and
scored by how many points it puts in the ward (when the project has one) or on the islands the
grid was made for; the wizard shows the choice and the command takes --crs to override it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from shapely.geometry.base import BaseGeometry
from assetmap.model.wording import say, say_noop

WGS84 = "EPSG:4326"
GRIDS = {
    "EPSG:27700": say_noop("British National Grid"),
    "EPSG:29902": say_noop("Irish Grid"),
    "EPSG:2157": say_noop("Irish Transverse Mercator"),
}
CRS_LABELS = {WGS84: say_noop("latitude and longitude"), **GRIDS}
# (west, south, east, north) in degrees of the land each grid serves.
HOME_EXTENTS = {
    "EPSG:27700": (-8.7, 49.8, 1.9, 60.9),
    "EPSG:29902": (-10.7, 51.3, -5.3, 55.5),
    "EPSG:2157": (-10.7, 51.3, -5.3, 55.5),
}
BRITISH_ISLES = (-10.7, 49.8, 1.9, 60.9)
WARD_MARGIN_DEGREES = 0.3
MEANINGFUL_WARD_SHARE = 0.1


@dataclass
class CoordinateGuess:
    crs: str
    swapped: bool
    reason: str


def parse_numbers(cells: list[str]) -> np.ndarray:
    """Cells as floats (a decimal comma allowed); blanks, text, NaN and infinities become NaN."""
    values = _clean_numbers(cells)
    if values is None:
        import pandas as pd

        text = pd.Series(cells, dtype=object).astype(str).str.strip().str.replace(",", ".", regex=False)
        values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, copy=True)
    values[~np.isfinite(values)] = np.nan
    return values


def _clean_numbers(cells: list[str]) -> np.ndarray | None:
    """The common case, a column of plain numbers, converted in one step (twenty times
    quicker than cleaning each cell); None when any cell needs cleaning. Python's float()
    also reads "1_000", which a spreadsheet never means, so underscores go the slow way."""
    joined = "".join(cells)
    if "," in joined or "_" in joined:
        return None
    try:
        return np.array(cells, dtype=float)
    except (ValueError, TypeError):
        return None


def _share_inside(lon: np.ndarray, lat: np.ndarray, box: tuple[float, float, float, float]) -> float:
    west, south, east, north = box
    inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    return float(inside.mean()) if len(lon) else 0.0


def to_wgs84(xs: np.ndarray, ys: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    if crs == WGS84:
        return xs, ys
    from pyproj import Transformer

    transformer = Transformer.from_crs(crs, WGS84, always_xy=True)
    lon, lat = transformer.transform(xs, ys)
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def guess_coordinates(xs: np.ndarray, ys: np.ndarray, ward: BaseGeometry | None) -> CoordinateGuess:
    """``xs`` are the values of the column taken as longitude/easting, ``ys`` latitude/northing."""
    usable = np.isfinite(xs) & np.isfinite(ys) & ~((xs == 0) & (ys == 0))
    x, y = xs[usable], ys[usable]
    if len(x) == 0:
        return CoordinateGuess(WGS84, False, say("no row has two numbers for its position"))
    area = _ward_box(ward)
    geographic = np.mean((np.abs(x) <= 180) & (np.abs(y) <= 90))
    if geographic >= 0.5:
        box = area or BRITISH_ISLES
        straight, swapped = _share_inside(x, y, box), _share_inside(y, x, box)
        if swapped > straight:
            if area:
                reason = say("latitude and longitude look swapped: the column named for latitude holds "
                             "longitudes ({share:.0%} of rows land in the ward when swapped)", share=swapped)
            else:
                reason = say("latitude and longitude look swapped: the column named for latitude holds "
                             "longitudes ({share:.0%} of rows land in Britain or Ireland when swapped)",
                             share=swapped)
            return CoordinateGuess(WGS84, True, reason)
        return CoordinateGuess(WGS84, False, say("the values are latitudes and longitudes"))
    scores = {}
    for crs in GRIDS:
        lon, lat = to_wgs84(x, y, crs)
        scores[crs] = (_share_inside(lon, lat, area) if area else 0.0,
                       _share_inside(lon, lat, HOME_EXTENTS[crs]))
    in_ward = max(s[0] for s in scores.values())
    # A handful of points in the ward by chance must not outvote a whole file on home ground.
    use_ward = in_ward >= MEANINGFUL_WARD_SHARE
    best = max(GRIDS, key=lambda c: scores[c] if use_ward else scores[c][::-1])
    share = scores[best][0] if use_ward else scores[best][1]
    if use_ward:
        reason = say("eastings and northings in the {grid} ({crs}): {share:.0%} of rows land in the ward",
                     grid=say(GRIDS[best]), crs=best, share=share)
    else:
        reason = say("eastings and northings in the {grid} ({crs}): {share:.0%} of rows land in the "
                     "land that grid covers", grid=say(GRIDS[best]), crs=best, share=share)
    rivals = [GRIDS[c] for c in GRIDS if c != best and scores[c] == scores[best]]
    if rivals:
        reason += say("; they could also be {grids}: check", grids=say(" or ").join(say(r) for r in rivals))
    return CoordinateGuess(best, False, reason)


def _ward_box(ward: BaseGeometry | None) -> tuple[float, float, float, float] | None:
    if ward is None or ward.is_empty:
        return None
    west, south, east, north = ward.bounds
    m = WARD_MARGIN_DEGREES
    return (west - m, south - m, east + m, north + m)
