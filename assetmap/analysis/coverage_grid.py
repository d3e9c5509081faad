"""Walking coverage measured on a grid of cells instead of by joining polygons.

A cell is covered when some reached stretch of street lies within the frontage distance of its
centre. Every street piece is a straight two-point segment, so that test is exact arithmetic:
for a cell at perpendicular distance h from a segment's line, whose foot falls at position t
along it, the nearest point of a reached stretch [p, q] is sqrt(h² + gap²) away, with gap the
distance from t to [p, q]. The cell-street pairs within the frontage are found once per ward;
each kind of asset and distance is then one shortest-path search and a few numpy operations.
Shapes (the uncovered area to draw or export) are made only when asked for, from the cells.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

MAX_CELLS = 250_000  # about 8 m cells on a 4 km ward; coarser only on bigger wards
MIN_CELL_METRES = 5.0


class CoverageGrid:
    def __init__(self, ward: BaseGeometry, segments: list, ends: np.ndarray, frontage: float,
                 cell: float | None = None) -> None:
        self.ward = ward
        self.frontage = frontage
        self.cell = cell or max(MIN_CELL_METRES, math.sqrt(ward.area / MAX_CELLS))
        west, south, east, north = ward.bounds
        self.origin = (west, south)
        self.nx = max(int(math.ceil((east - west) / self.cell)), 1)
        self.ny = max(int(math.ceil((north - south) / self.cell)), 1)
        xs = west + (np.arange(self.nx) + 0.5) * self.cell
        ys = south + (np.arange(self.ny) + 0.5) * self.cell
        gx, gy = np.meshgrid(xs, ys)
        shapely.prepare(ward)
        inside = shapely.contains_xy(ward, gx.ravel(), gy.ravel())
        self.flat_index = np.flatnonzero(inside)  # position of each cell in the full nx*ny grid
        self.xy = np.column_stack([gx.ravel()[inside], gy.ravel()[inside]])
        self.count = len(self.xy)
        self._pairs(segments, ends)

    def _pairs(self, segments: list, ends: np.ndarray) -> None:
        """Every (cell, segment) closer than the frontage. Candidates come from each
        segment's box widened by the frontage, enumerated with numpy rather than a spatial
        index query per cell (three times faster), then kept by exact distance."""
        self.pair_cell = np.empty(0, dtype=np.int64)
        if not segments or not self.count:
            return
        coords = shapely.get_coordinates(np.asarray(segments, dtype=object)).reshape(-1, 2, 2)
        a, b = coords[:, 0], coords[:, 1]
        west, south = self.origin
        f, size = self.frontage, self.cell
        c0 = np.floor((np.minimum(a[:, 0], b[:, 0]) - f - west) / size).astype(np.int64).clip(0, self.nx - 1)
        c1 = np.floor((np.maximum(a[:, 0], b[:, 0]) + f - west) / size).astype(np.int64).clip(0, self.nx - 1)
        r0 = np.floor((np.minimum(a[:, 1], b[:, 1]) - f - south) / size).astype(np.int64).clip(0, self.ny - 1)
        r1 = np.floor((np.maximum(a[:, 1], b[:, 1]) + f - south) / size).astype(np.int64).clip(0, self.ny - 1)
        width = c1 - c0 + 1
        counts = width * (r1 - r0 + 1)
        numbers = np.full(self.nx * self.ny, -1, dtype=np.int64)
        numbers[self.flat_index] = np.arange(self.count)
        along = b - a
        length = np.hypot(along[:, 0], along[:, 1])
        unit = along / length[:, None]
        cells, segs, ts, h2s = [], [], [], []
        # In blocks of segments, so the candidate arrays stay a few million long at most.
        block_starts = np.searchsorted(np.cumsum(counts), np.arange(0, counts.sum(), 4_000_000), side="right")
        bounds = list(block_starts) + [len(segments)]
        xy = self.xy.astype(np.float32)
        a32, ux, uy, length32 = a.astype(np.float32), unit[:, 0].astype(np.float32), \
            unit[:, 1].astype(np.float32), length.astype(np.float32)
        width32, c032, r032 = width.astype(np.int32), c0.astype(np.int32), r0.astype(np.int32)
        for lo, hi in zip(bounds[:-1], bounds[1:]):
            if hi <= lo:
                continue
            seg = np.repeat(np.arange(lo, hi, dtype=np.int32), counts[lo:hi])
            first = np.repeat((np.cumsum(counts[lo:hi]) - counts[lo:hi]).astype(np.int32), counts[lo:hi])
            k = np.arange(len(seg), dtype=np.int32) - first
            w = width32[seg]
            row, col = np.divmod(k, w)
            cell = numbers[(r032[seg] + row).astype(np.int64) * self.nx + c032[seg] + col]
            keep = cell >= 0
            seg, cell = seg[keep], cell[keep]
            rel = xy[cell] - a32[seg]
            t = rel[:, 0] * ux[seg] + rel[:, 1] * uy[seg]
            h2 = (rel[:, 0] * uy[seg] - rel[:, 1] * ux[seg]) ** 2
            beyond = np.maximum(np.maximum(-t, t - length32[seg]), 0.0)
            near = h2 + beyond * beyond <= f * f
            cells.append(cell[near])
            segs.append(seg[near])
            ts.append(t[near])
            h2s.append(h2[near])
        # Kept in segment order (they were made segment by segment), so the pairs of one
        # segment are one slice.
        self.pair_cell, self.pair_seg = np.concatenate(cells), np.concatenate(segs).astype(np.int64)
        # Single precision halves the memory each query sweeps; centimetres are plenty.
        self.t = np.concatenate(ts).astype(np.float32)
        self.room = (f * f - np.concatenate(h2s)).astype(np.float32)
        self.length = length[self.pair_seg].astype(np.float32)
        self.first, self.last = ends[self.pair_seg, 0], ends[self.pair_seg, 1]
        self._slice_start = np.searchsorted(self.pair_seg, np.arange(len(segments) + 1))

    def covered_cells(self, reach: np.ndarray, distance: float, starts) -> np.ndarray:
        """Which cells are covered, given each street node's walking distance ``reach`` and
        the assets' own streets ``starts`` as (segment, position along it, walk to it)."""
        hit = np.zeros(self.count, dtype=bool)
        if not len(self.pair_cell):
            return hit
        room = self.room
        from_first = (distance - reach[self.first]).astype(np.float32)  # reached along from the first end
        from_last = (distance - reach[self.last]).astype(np.float32)
        ok = (from_first > 0) & (np.maximum(self.t - from_first, 0.0) ** 2 <= room)
        ok |= (from_last > 0) & (np.maximum(self.length - from_last - self.t, 0.0) ** 2 <= room)
        for segment, position, offset in starts:
            left = distance - offset
            if left <= 0:
                continue
            rows = np.arange(self._slice_start[segment], self._slice_start[segment + 1])
            gap = np.maximum.reduce([position - left - self.t[rows], np.zeros(len(rows)),
                                     self.t[rows] - position - left])
            ok[rows] |= gap ** 2 <= room[rows]
        hit[self.pair_cell[ok]] = True
        return hit

    def cells_of(self, points: np.ndarray) -> np.ndarray:
        """The cell number of each (x, y), or -1 outside the ward's cells."""
        col = np.floor((points[:, 0] - self.origin[0]) / self.cell).astype(np.int64)
        row = np.floor((points[:, 1] - self.origin[1]) / self.cell).astype(np.int64)
        valid = (col >= 0) & (col < self.nx) & (row >= 0) & (row < self.ny)
        flat = np.where(valid, row * self.nx + col, -1)
        position = np.searchsorted(self.flat_index, flat)
        position = np.clip(position, 0, max(self.count - 1, 0))
        found = valid & (self.count > 0) & (self.flat_index[position] == flat)
        return np.where(found, position, -1)

    def shape_of(self, mask: np.ndarray) -> BaseGeometry:
        """The cells in ``mask`` as one (multi)polygon, its outer edge cut to the ward."""
        if not mask.any():
            return shapely.GeometryCollection()
        if mask.all():
            return self.ward
        full = np.zeros(self.nx * self.ny, dtype=bool)
        full[self.flat_index[mask]] = True
        grid = full.reshape(self.ny, self.nx)
        boxes = []
        west, south = self.origin
        # Cell edges computed once, so neighbouring boxes share exactly the same coordinates
        # (south + (row + 1) * cell and south + row * cell + cell can differ in the last bit).
        x_edges = west + np.arange(self.nx + 1) * self.cell
        y_edges = south + np.arange(self.ny + 1) * self.cell
        for row in np.flatnonzero(grid.any(axis=1)):
            line = np.concatenate([[False], grid[row], [False]])
            changes = np.flatnonzero(line[1:] != line[:-1])
            starts, stops = changes[0::2], changes[1::2]
            boxes.append(shapely.box(x_edges[starts], y_edges[row], x_edges[stops], y_edges[row + 1]))
        joined = shapely.make_valid(shapely.union_all(np.concatenate(boxes)))
        # Cells along the boundary reach past it by up to half a cell: trim them to the ward.
        return shapely.intersection(joined, self.ward)
