"""Grid references as people in Britain and Ireland write them."""

from __future__ import annotations

# 500 km squares (first letter) and 100 km squares (second letter) of the OS National Grid;
# both use the 25 letters A-Z without I, in rows of five from the north-west.
_LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"


def os_grid_reference(easting: float, northing: float, digits: int = 10) -> str | None:
    """'SD 91234 12345' for an OSGB36 British National Grid (EPSG:27700) position."""
    if not (0 <= easting < 700_000 and 0 <= northing < 1_300_000):
        return None
    e100, n100 = int(easting // 100_000), int(northing // 100_000)
    # The false origin is square SV: shift by 10 squares east and 5 north (in 100 km units)
    # on the 500 km grid whose top-left letter is S at offset (-1000 km, -500 km).
    e500, n500 = (e100 + 10) // 5, (n100 + 5) // 5
    first = _LETTERS[(4 - n500) * 5 + e500]
    second = _LETTERS[(4 - (n100 + 5) % 5) * 5 + (e100 + 10) % 5]
    half = digits // 2
    scale = 10 ** (5 - half)
    e = int(easting % 100_000) // scale
    n = int(northing % 100_000) // scale
    return f"{first}{second} {e:0{half}d} {n:0{half}d}"


def format_grid_position(crs: str, x: float, y: float) -> str:
    if crs == "EPSG:27700":
        reference = os_grid_reference(x, y)
        if reference:
            return reference
    if crs == "EPSG:2157":
        return f"ITM {x:.0f} E, {y:.0f} N"
    return f"{crs.replace('EPSG:', 'EPSG ')} {x:.0f} E, {y:.0f} N"
