"""How many assets of each kind lie in each part of the ward, counted on a grid of hexagons
(equal areas, and every neighbour the same distance away, unlike squares)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from assetmap.model.categories import CATEGORY_KEYS
from assetmap.model.project import Project
from assetmap.model.wording import say

DEFAULT_HEX_METRES = 250.0  # centre to corner


@dataclass
class HexCell:
    shape: BaseGeometry  # lon/lat, clipped to the ward
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def hexagon(cx: float, cy: float, size: float) -> Polygon:
    """A pointy-topped hexagon centred on (cx, cy) with corners ``size`` from the centre."""
    return Polygon([(cx + size * math.cos(math.radians(30 + 60 * k)),
                     cy + size * math.sin(math.radians(30 + 60 * k))) for k in range(6)])


def hex_density(project: Project, size: float = DEFAULT_HEX_METRES,
                categories: tuple[str, ...] = CATEGORY_KEYS) -> list[HexCell]:
    from assetmap.analysis.walking import to_metric

    if project.boundary is None:
        raise ValueError(say("the ward has no boundary to lay a grid over"))
    there, home = to_metric(project.info.metric_crs)
    ward = shapely.make_valid(there(project.boundary))
    west, south, east, north = ward.bounds
    width, height = math.sqrt(3) * size, 1.5 * size
    cells = []
    for row in range(int((north - south) / height) + 2):
        y = south + row * height
        offset = width / 2 if row % 2 else 0.0
        for col in range(int((east - west) / width) + 2):
            cells.append(hexagon(west + col * width + offset, y, size))
    grid = np.array(cells, dtype=object)
    grid = grid[shapely.intersects(grid, ward)]
    tree = shapely.STRtree(grid)
    counts = np.zeros((len(grid), len(categories)), dtype=int)
    index = {key: k for k, key in enumerate(categories)}
    assets = [a for a in project.assets if a.location and a.category in index]
    if assets:
        points = [there(Point(a.location)) for a in assets]
        which_point, which_cell = tree.query(points, predicate="intersects")
        seen: set[int] = set()
        for p, c in zip(which_point.tolist(), which_cell.tolist()):
            if p not in seen:  # a point on a shared edge counts once
                seen.add(p)
                counts[c, index[assets[p].category]] += 1
    clipped = shapely.intersection(grid, ward)
    return [HexCell(home(shape), dict(zip(categories, map(int, row))))
            for shape, row in zip(clipped, counts) if not shape.is_empty]
