"""Walking gaps: all six kinds of asset at 400 m and 800 m, on a ward with 20,000 street
segments and 1,000 assets, against a plain networkx computation in the same run.

Run: .venv/bin/python benchmarks/bench_gaps.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_map  # noqa: E402


def plain_networkx(project, distances) -> float:
    """The obvious way: a networkx graph of street ends, multi-source Dijkstra per kind and
    distance, whole segments kept when both ends are reached, buffered and joined."""
    import networkx as nx
    import shapely
    from shapely.geometry import Point

    from assetmap.analysis.walking import FRONTAGE_METRES, to_metric
    from assetmap.model.categories import CATEGORY_KEYS

    start = time.perf_counter()
    there, _ = to_metric(project.info.metric_crs)
    graph = nx.Graph()
    segments = []
    for feature in project.basemap["streets"]:
        line = there(feature.geometry)
        coords = [tuple(round(v, 0) for v in c) for c in line.coords]
        for a, b in zip(coords[:-1], coords[1:]):
            graph.add_edge(a, b, length=Point(a).distance(Point(b)))
            segments.append((a, b))
    nodes = list(graph.nodes)
    tree = shapely.STRtree([Point(n) for n in nodes])
    ward = there(project.boundary)
    for key in CATEGORY_KEYS:
        starts = {nodes[tree.nearest(there(Point(a.location)))] for a in project.assets if a.category == key}
        for distance in distances:
            reach = nx.multi_source_dijkstra_path_length(graph, starts, cutoff=distance, weight="length")
            kept = [shapely.LineString([a, b]).buffer(FRONTAGE_METRES) for a, b in segments if a in reach and b in reach]
            ward.difference(shapely.union_all(kept))
    return time.perf_counter() - start


def main() -> None:
    from assetmap.analysis.walking import ward_coverage

    project = synthetic_map(1_000, 20_000)
    project.info.metric_crs = "EPSG:27700"
    distances = (400.0, 800.0)
    runs, shaped = [], []
    for _ in range(3):
        start = time.perf_counter()
        results = ward_coverage(project, distances)
        shares = [r.covered_share for r in results]  # the numbers: shares, areas, homes
        runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        for r in results:
            r.uncovered  # the shapes, made only when drawn or exported
        shaped.append(time.perf_counter() - start)
    ours = sorted(runs)[1]
    base = plain_networkx(project, distances)
    print(f"\n6 kinds x 2 distances, {len(project.basemap['streets'])} street segments, "
          f"{len(project.assets)} assets (median of 3); covered shares {min(shares):.3f}-{max(shares):.3f}")
    print(f"  ours:           {ours:6.2f} s   (target: under 2 s)")
    print(f"  plain networkx: {base:6.2f} s   -> {base / ours:.1f}x faster")
    print(f"  then the 12 uncovered shapes, when asked for: {sorted(shaped)[1]:.2f} s")


if __name__ == "__main__":
    main()
