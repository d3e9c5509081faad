"""`assetmap analyse` on large synthetic wards, against plain networkx computing the same
metrics in the same run.

Run: .venv/bin/python benchmarks/bench_analyse.py [--large] [--skip-networkx]
  default: 5,000 people and 15,000 links, the whole command as a fresh process;
  --large: also 50,000 nodes (sampled betweenness) and the sampling error at 20,000 nodes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_network  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def command_seconds(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assetmap", "analyse", str(project), "--json"],
                   check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def networkx_seconds(graph) -> dict[str, float]:
    import networkx as nx

    timings = {}
    for name, func in (("betweenness", nx.betweenness_centrality), ("constraint", nx.constraint),
                       ("effective size", nx.effective_size),
                       ("louvain", lambda g: nx.community.louvain_communities(g, seed=1)),
                       ("articulation points", lambda g: list(nx.articulation_points(g)))):
        start = time.perf_counter()
        func(graph)
        timings[name] = time.perf_counter() - start
        print(f"    networkx {name}: {timings[name]:.1f} s", flush=True)
    return timings


def run(people: int, links: int, with_networkx: bool) -> None:
    from assetmap.analysis.social_graph import social_graph
    from assetmap.io.gpkg_store import save_project

    project = synthetic_network(people, links)
    graph = social_graph(project)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.gpkg"
        save_project(project, path)
        runs = sorted(command_seconds(path) for _ in range(3))
    ours = runs[1]
    print(f"\n{people} people, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} ties")
    print(f"  assetmap analyse --json, whole command (median of 3): {ours:.2f} s")
    if with_networkx:
        plain = networkx_seconds(graph)
        total = sum(plain.values())
        print(f"  plain networkx, same metrics in process: {total:.1f} s  ->  {total / ours:.1f}x faster")


def sampling_error(nodes: int) -> None:
    """Exact against sampled betweenness on one graph: how far the estimate strays."""
    import numpy as np

    from assetmap.analysis import engine
    from assetmap.analysis.social_graph import social_graph

    graph = social_graph(synthetic_network(nodes, nodes * 3))
    g = engine.IndexedGraph.from_networkx(graph)
    limit = engine.EXACT_BETWEENNESS_MAX_NODES
    engine.EXACT_BETWEENNESS_MAX_NODES = 10**9  # exact, whatever the size
    start = time.perf_counter()
    exact, method = engine.betweenness(g)
    assert method["method"] == "exact"
    exact_time = time.perf_counter() - start
    engine.EXACT_BETWEENNESS_MAX_NODES = 0
    start = time.perf_counter()
    sampled, method = engine.betweenness(g)
    sampled_time = time.perf_counter() - start
    engine.EXACT_BETWEENNESS_MAX_NODES = limit
    top = np.argsort(-exact)[:20]
    rel = np.abs(sampled[top] - exact[top]) / exact[top]
    overlap = len(set(top.tolist()) & set(np.argsort(-sampled)[:20].tolist()))
    print(f"\nsampling error at {g.size} nodes ({method['pivots']} pivots): exact {exact_time:.1f} s, "
          f"sampled {sampled_time:.1f} s; top-20 relative error median {np.median(rel):.3f}, "
          f"max {rel.max():.3f}; {overlap}/20 of the exact top 20 in the sampled top 20; "
          f"max absolute error over all nodes {np.abs(sampled - exact).max():.2e}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument("--sampling-only", action="store_true", help="only the sampling error")
    args = parser.parse_args()
    if args.sampling_only:
        sampling_error(20_000)
        return
    run(5_000, 15_000, not args.skip_networkx)
    if args.large:
        run(45_500, 150_000, False)
        sampling_error(20_000)


if __name__ == "__main__":
    main()
