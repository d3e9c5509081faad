"""Walking distance along the streets, and the parts of a ward far from any asset of a kind.

The street layer becomes a graph in the ward's metric grid: lines are split where they cross,
street ends closer than ``MERGE_METRES`` become one node (digitised junctions rarely meet
exactly), one-way rules are
ignored (people walk both ways), and pieces not joined to the rest are counted. Each asset
joins the graph at the nearest point of the nearest street. A category's coverage is one
shortest-path search from all its assets at once (a virtual source tied to each of them);
the stretches of street reached within the distance, partly reached segments included, are
widened by ``FRONTAGE_METRES`` on each side to give the covered area. With no streets, the
fallback is straight-line distance, and the result says so.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import igraph as ig
import numpy as np
import shapely
import shapely.ops
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from assetmap.model.categories import CATEGORY_KEYS
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.project import Project
from assetmap.model.wording import say

MERGE_METRES = 1.0
FRONTAGE_METRES = 50.0
DEFAULT_DISTANCES = (400.0, 800.0)


@dataclass
class WalkingGraph:
    graph: ig.Graph  # edges carry "length" (metres); vertices are street ends
    nodes: np.ndarray  # (n, 2) metric coordinates
    segments: list[LineString]  # per edge, in metric coordinates
    pieces: int  # how many separate pieces the street network falls into
    # Node ids of each segment's first and last point. Not the edge's source and target:
    # igraph stores an undirected edge with its smaller node id first, whichever way it ran.
    ends: np.ndarray = field(default_factory=lambda: np.empty((0, 2), dtype=np.int64))
    tree: shapely.STRtree | None = None  # over the segments, made when first needed

    @property
    def empty(self) -> bool:
        return self.graph.ecount() == 0


def to_metric(crs: str):
    from pyproj import Transformer

    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    back = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def there(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1])))

    def home(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1])))
    return there, home


def build_walking_graph(lines: list[BaseGeometry]) -> WalkingGraph:
    """Streets (metric LineStrings, MultiLineStrings allowed) as a walking graph."""
    lines = [line for line in lines if line is not None and not line.is_empty]
    if not lines:
        return WalkingGraph(ig.Graph(), np.empty((0, 2)), [], 0)
    # Split lines where they cross and merge exact duplicates: many street layers draw a
    # junction as two lines crossing. (A bridge over a road becomes a junction too; for
    # walking in a ward that is the lesser error.)
    noded = shapely.union_all(lines)
    parts = shapely.get_parts(noded)
    parts = parts[(shapely.get_type_id(parts) == 1) & (shapely.length(parts) > 0)]
    # Every consecutive pair of vertices of every part is a two-point segment, made in bulk.
    coords, owner = shapely.get_coordinates(parts, return_index=True)
    same = owner[:-1] == owner[1:]
    a, b = coords[:-1][same], coords[1:][same]
    real = np.hypot(*(b - a).T) > 0
    a, b = a[real], b[real]
    if not len(a):
        return WalkingGraph(ig.Graph(), np.empty((0, 2)), [], 0)
    segments: list[LineString] = list(shapely.linestrings(np.stack([a, b], axis=1)))
    points = np.stack([a, b], axis=1).reshape(-1, 2)  # a0, b0, a1, b1, ...
    # Merge ends closer than MERGE_METRES by snapping them to a grid of that size.
    keys = np.round(points / MERGE_METRES).astype(np.int64)
    _, node_of, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    nodes = points[node_of]
    edge_list = list(zip(inverse[0::2].tolist(), inverse[1::2].tolist()))
    lengths = np.hypot(*(b - a).T).tolist()
    graph = ig.Graph(n=len(nodes), edges=edge_list)
    graph.es["length"] = lengths
    pieces = len([c for c in graph.connected_components() if len(c) > 1])
    return WalkingGraph(graph, nodes, segments, pieces, np.column_stack([inverse[0::2], inverse[1::2]]))


def as_networkx(wg: WalkingGraph):
    """The walking graph as a networkx Graph (nodes with their metric x, y; edges with their
    length in metres): the project's graph model. The searches run on the same graph in
    igraph, which is many times faster; tests check the two give the same distances."""
    import networkx as nx

    graph = nx.Graph()
    for node, (x, y) in enumerate(wg.nodes):
        graph.add_node(node, x=float(x), y=float(y))
    for (first, last), segment in zip(wg.ends.tolist(), wg.segments):
        if graph.has_edge(first, last):  # two streets between the same ends: keep the shorter
            graph[first][last]["length"] = min(graph[first][last]["length"], segment.length)
        else:
            graph.add_edge(first, last, length=segment.length)
    return graph


def attach_points(wg: WalkingGraph, points: list[Point]) -> list[tuple[int, float, int, float]]:
    """For each point: (edge, distance along it from its first end, its first end's node,
    the walk from the point to the street). Uses an STRtree over the segments."""
    if wg.tree is None:
        wg.tree = shapely.STRtree(wg.segments)
    nearest = wg.tree.nearest(points)
    out = []
    for point, edge in zip(points, nearest.tolist()):
        segment = wg.segments[edge]
        along = segment.project(point)
        out.append((edge, along, int(wg.ends[edge, 0]), point.distance(segment)))
    return out


def node_reach(wg: WalkingGraph, starts: list[tuple[int, float, int, float]]) -> np.ndarray:
    """The walk from the nearest start to every street node: one shortest-path search from
    a virtual source tied to each start's two street ends."""
    g = wg.graph
    n = g.vcount()
    work = g.copy()
    source = n
    work.add_vertices(1)
    extra_edges, extra_lengths = [], []
    for edge, along, _, offset in starts:
        first, last = wg.ends[edge]
        extra_edges += [(source, int(first)), (source, int(last))]
        extra_lengths += [offset + along, offset + (wg.segments[edge].length - along)]
    work.add_edges(extra_edges, attributes={"length": extra_lengths})
    return np.array(work.distances(source=source, weights="length")[0][:n], dtype=float)


def covered_streets(wg: WalkingGraph, starts: list[tuple[int, float, int, float]], distance: float) -> BaseGeometry:
    """The parts of the streets within ``distance`` walking of any start."""
    reach = node_reach(wg, starts)
    pieces = []
    for k, segment in enumerate(wg.segments):
        length = segment.length
        from_a = distance - reach[wg.ends[k, 0]]
        from_b = distance - reach[wg.ends[k, 1]]
        if from_a >= length or from_b >= length or from_a + from_b >= length:
            pieces.append(segment)
            continue
        if from_a > 0:
            pieces.append(shapely.ops.substring(segment, 0, from_a))
        if from_b > 0:
            pieces.append(shapely.ops.substring(segment, length - from_b, length))
    # A start on a segment also reaches along that same segment directly.
    for edge, along, _, offset in starts:
        left = distance - offset
        if left > 0:
            segment = wg.segments[edge]
            pieces.append(shapely.ops.substring(segment, max(0.0, along - left), min(segment.length, along + left)))
    return shapely.union_all([p for p in pieces if not p.is_empty]) if pieces else shapely.GeometryCollection()


class Coverage:
    """The part of a ward within a walk of a kind of asset, and the part beyond (metric).

    Measured on a grid (see coverage_grid.py) the shapes are made only when first asked for:
    the shares and areas come from counting cells."""

    def __init__(self, category: str, distance: float, method: str, covered: BaseGeometry | None,
                 uncovered: BaseGeometry | None, ward_area: float, homes_outside: float | None = None,
                 grid=None, mask: np.ndarray | None = None) -> None:
        self.category, self.distance, self.method = category, distance, method
        self.ward_area = ward_area
        self.homes_outside = homes_outside
        self.grid, self.mask = grid, mask  # mask: which grid cells are covered
        self._covered, self._uncovered = covered, uncovered

    @property
    def uncovered(self) -> BaseGeometry:
        if self._uncovered is None:
            self._uncovered = self.grid.shape_of(~self.mask)
        return self._uncovered

    @property
    def covered(self) -> BaseGeometry:
        if self._covered is None:
            self._covered = self.grid.shape_of(self.mask)
        return self._covered

    @property
    def uncovered_area(self) -> float:
        if self.mask is not None:
            return 0.0 if not self.grid.count else self.ward_area * float((~self.mask).mean())
        return self.uncovered.area

    @property
    def covered_share(self) -> float:
        return 0.0 if self.ward_area == 0 else 1 - self.uncovered_area / self.ward_area


def coverage(ward: BaseGeometry, wg: WalkingGraph, asset_points: list[Point], distance: float,
             category: str, grid=None) -> Coverage:
    """The part of ``ward`` (metric) within ``distance`` of the assets, along the streets."""
    if wg.empty or not asset_points:
        return _coverage_by_shapes(ward, wg, asset_points, distance, category)
    if grid is None:
        from assetmap.analysis.coverage_grid import CoverageGrid

        grid = CoverageGrid(ward, wg.segments, wg.ends, FRONTAGE_METRES)
    starts = attach_points(wg, asset_points)
    mask = grid.covered_cells(node_reach(wg, starts), distance,
                              [(edge, along, offset) for edge, along, _, offset in starts])
    return Coverage(category, distance, "network", None, None, ward.area, grid=grid, mask=mask)


def _coverage_by_shapes(ward: BaseGeometry, wg: WalkingGraph, asset_points: list[Point], distance: float,
                        category: str) -> Coverage:
    """No assets (nothing covered), or no streets (circles: the straight-line fallback)."""
    if not asset_points:
        covered = shapely.GeometryCollection()
        method = "network" if not wg.empty else "straight-line"
    else:
        covered = shapely.union_all([p.buffer(distance) for p in asset_points])
        method = "straight-line"
    covered = covered.intersection(ward) if not covered.is_empty else covered
    uncovered = ward.difference(covered) if not covered.is_empty else ward
    return Coverage(category, distance, method, covered, uncovered, ward.area)


class WardWalks:
    """A ward ready for walking questions: its outline and streets in metres, the walking
    graph, the coverage grid and the homes, built once and asked many times."""

    def __init__(self, project: Project) -> None:
        if project.boundary is None:
            raise ValueError(say("the ward has no boundary to measure gaps in"))
        self.project = project
        self.there, self.home = to_metric(project.info.metric_crs)
        self.ward = shapely.make_valid(self.there(project.boundary))
        # Whole layers through PROJ at once: one call, not one per street.
        streets = np.array([f.geometry for f in project.basemap["streets"]], dtype=object)
        self.graph = build_walking_graph(list(self.there(streets)) if len(streets) else [])
        buildings = np.array([f.geometry for f in project.basemap["buildings"]], dtype=object)
        self.homes = shapely.point_on_surface(self.there(buildings)) if len(buildings) else np.empty(0, dtype=object)
        self._grid = None
        self._home_cells: np.ndarray | None = None

    @property
    def grid(self):
        from assetmap.analysis.coverage_grid import CoverageGrid

        if self._grid is None:
            self._grid = CoverageGrid(self.ward, self.graph.segments, self.graph.ends, FRONTAGE_METRES)
        return self._grid

    def points(self, assets) -> list[Point]:
        places = [a.location for a in assets if a.location]
        return list(self.there(shapely.points(np.array(places)))) if places else []

    def cover(self, points: list[Point], distance: float, label: str) -> Coverage:
        return self.cover_distances(points, (distance,), label)[0]

    def cover_distances(self, points: list[Point], distances, label: str) -> list[Coverage]:
        """Coverage at each distance: one walk from the assets serves them all."""
        if self.graph.empty or not points:
            results = [coverage(self.ward, self.graph, points, d, label) for d in distances]
        else:
            starts = attach_points(self.graph, points)
            reach = node_reach(self.graph, starts)
            direct = [(edge, along, offset) for edge, along, _, offset in starts]
            results = [Coverage(label, d, "network", None, None, self.ward.area, grid=self.grid,
                                mask=self.grid.covered_cells(reach, d, direct)) for d in distances]
        for result in results:
            if len(self.homes):
                result.homes_outside = 1 - self.homes_reached(result) / max(self._homes_counted(result), 1)
        return results

    def _home_cell_numbers(self) -> np.ndarray:
        if self._home_cells is None:
            self._home_cells = self.grid.cells_of(shapely.get_coordinates(self.homes))
        return self._home_cells

    def _homes_counted(self, result: Coverage) -> int:
        if result.mask is None:
            return len(self.homes)
        return int((self._home_cell_numbers() >= 0).sum())

    def homes_reached(self, result: Coverage, mask: np.ndarray | None = None) -> int:
        """Homes in the covered part (or in the cells of ``mask``)."""
        if not len(self.homes):
            return 0
        mask = result.mask if mask is None else mask
        if mask is not None:
            cells = self._home_cell_numbers()
            return int(mask[cells[cells >= 0]].sum())
        if result.covered.is_empty:
            return 0
        return int(shapely.intersects(result.covered, self.homes).sum())


def ward_coverage(project: Project, distances=DEFAULT_DISTANCES, categories=CATEGORY_KEYS,
                  progress: Progress = NO_PROGRESS, tag: str | None = None) -> list[Coverage]:
    """Coverage of the ward for each category (only assets with ``tag``, if given) and distance."""
    walks = WardWalks(project)
    results = []
    steps = max(len(categories) * len(distances), 1)
    walks.grid  # built once, before the kinds share it
    chosen = {key: walks.points(a for a in project.assets
                                if a.category == key and (tag is None or tag in a.tags)) for key in categories}

    def one_kind(key: str) -> list[Coverage]:
        progress.step(len(results) / steps, say("Measuring walks to {key} assets", key=key))
        return walks.cover_distances(chosen[key], distances, key)

    # numpy and igraph let go of the GIL while they work, so two threads use both cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for found in pool.map(one_kind, categories):
            results += found
    return results


@dataclass
class Catchment:
    """What one asset reaches within a walk, and what only it reaches among its kind: the
    part of the ward that would lose its nearest such asset if this one closed."""

    asset_id: str
    name: str
    distance: float
    method: str
    area: BaseGeometry  # metric
    alone: BaseGeometry  # metric
    homes: int | None
    homes_alone: int | None


def asset_catchment(project: Project, asset_id: str, distance: float,
                    walks: WardWalks | None = None) -> Catchment:
    walks = walks or WardWalks(project)
    asset = project.assets.get(asset_id)
    if asset is None or asset.location is None:
        raise ValueError(say("no asset {asset_id!r} with a position", asset_id=asset_id))
    own = walks.cover(walks.points([asset]), distance, asset.category)
    others = walks.cover(walks.points(a for a in project.assets
                                      if a.category == asset.category and a.id != asset_id), distance,
                         asset.category)
    has_homes = len(walks.homes) > 0
    if own.mask is not None and others.mask is not None:
        alone_mask = own.mask & ~others.mask
        alone = walks.grid.shape_of(alone_mask)
        homes_alone = walks.homes_reached(own, alone_mask) if has_homes else None
    else:
        alone = own.covered.difference(others.covered) if not others.covered.is_empty else own.covered
        homes_alone = int(shapely.intersects(alone, walks.homes).sum()) if has_homes and not alone.is_empty \
            else (0 if has_homes else None)
    return Catchment(asset.id, asset.name, distance, own.method, own.covered, alone,
                     walks.homes_reached(own) if has_homes else None, homes_alone)


def street_pieces(project: Project) -> int:
    there, _ = to_metric(project.info.metric_crs)
    return build_walking_graph([there(f.geometry) for f in project.basemap["streets"]]).pieces


def largest_gaps(uncovered: BaseGeometry, limit: int = 5) -> list[BaseGeometry]:
    """The biggest separate uncovered areas ("asset deserts"), largest first."""
    parts = [p for p in shapely.get_parts(uncovered) if p.area > 0]
    return sorted(parts, key=lambda p: p.area, reverse=True)[:limit]
