"""The six kinds of community asset in Asset-Based Community Development (ABCD).

Colours come from the Okabe-Ito palette, which stays distinct for the common forms of
colour blindness; each category also has its own marker shape so meaning never rests on
colour alone.
"""

from __future__ import annotations

import math
from functools import lru_cache

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    plural: str
    colour: str
    shape: str
    examples: str


CATEGORIES: tuple[Category, ...] = (
    Category("individual", "Person's gift", "People's gifts and skills", "#E69F00", "circle",
             "a retired joiner who fixes things, a gardener, a bilingual neighbour"),
    Category("association", "Group", "Groups and clubs", "#56B4E9", "triangle",
             "a youth club, a choir, a tenants' association, a walking group"),
    Category("institution", "Institution", "Institutions and services", "#009E73", "square",
             "a school, the library, a GP surgery, the council housing office"),
    Category("physical", "Place or space", "Places and spaces", "#0072B2", "diamond",
             "a community hall, a park, allotments, a footpath"),
    Category("economic", "Local economy", "Local economy", "#D55E00", "pentagon",
             "a corner shop, a café, a social enterprise, a market"),
    Category("cultural", "Culture and heritage", "Culture and heritage", "#CC79A7", "star",
             "a mural, a festival, a local history, a place of worship"),
)

CATEGORY_KEYS: tuple[str, ...] = tuple(c.key for c in CATEGORIES)
_BY_KEY = {c.key: c for c in CATEGORIES}


def category(key: str) -> Category:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValueError(
            f"unknown asset category {key!r}; expected one of {', '.join(CATEGORY_KEYS)}"
        ) from None


@lru_cache(maxsize=1024)
@lru_cache(maxsize=1024)
def normalise_category(text: str) -> str | None:
    """Map user text ('Institutions', 'physical space', ' Economic ') to a category key."""
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    for c in CATEGORIES:
        if cleaned in (c.key, c.label.lower(), c.plural.lower()):
            return c.key
    for c in CATEGORIES:
        if cleaned.startswith(c.key[:5]):
            return c.key
    return None


def outline_points(shape: str, size: float) -> list[tuple[float, float]]:
    """Corners of a category's polygon shape centred on (0, 0), y downwards; shared by the
    window's markers and the web map's, so both draw the same symbol."""
    r = size / 2
    if shape == "square":
        s = r * 0.88
        return [(-s, -s), (s, -s), (s, s), (-s, s)]
    corners = {"triangle": 3, "diamond": 4, "pentagon": 5, "star": 10}[shape]
    points = []
    for k in range(corners):
        angle = -math.pi / 2 + 2 * math.pi * k / corners
        radius = r * (0.45 if shape == "star" and k % 2 else 1.0)
        if shape == "triangle":
            radius *= 1.12
        points.append((radius * math.cos(angle),
                       radius * math.sin(angle) + (r * 0.15 if shape == "triangle" else 0)))
    return points
