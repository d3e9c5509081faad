"""Fast computation of network metrics with igraph, behind the networkx model.

Every function here takes an :class:`IndexedGraph` (an igraph copy of a networkx graph with
the node order kept) and returns numpy arrays in that order. The test suite checks each
against networkx's own function on reference networks.

Exact betweenness runs Brandes' algorithm from every node. igraph holds Python's GIL, so the
sources are cut into chunks and, on large graphs, the chunks run in worker processes; between
chunks the work reports progress and can be cancelled.
"""

from __future__ import annotations

import os
import random
import sys
import threading
from dataclasses import dataclass

import igraph as ig
import networkx as nx
import numpy as np

from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.wording import say

# Above this many nodes betweenness is estimated from sampled sources (see docs/analysis.md).
EXACT_BETWEENNESS_MAX_NODES = 10_000
SAMPLED_PIVOTS = 2_000
# Below this much work (sources x edges), worker processes cost more than they save.
PARALLEL_MIN_WORK = 20_000_000
CHUNKS_PER_WORKER = 16


@dataclass
class IndexedGraph:
    graph: ig.Graph
    ids: list
    index: dict

    @classmethod
    def from_networkx(cls, nx_graph: nx.Graph) -> "IndexedGraph":
        ids = list(nx_graph.nodes())
        index = {node: i for i, node in enumerate(ids)}
        edges = [(index[u], index[v]) for u, v in nx_graph.edges() if u != v]
        return cls(ig.Graph(n=len(ids), edges=edges), ids, index)

    @property
    def size(self) -> int:
        return self.graph.vcount()


def degree(g: IndexedGraph) -> np.ndarray:
    return np.array(g.graph.degree(), dtype=float)


def _normalise_betweenness(raw: np.ndarray, n: int) -> np.ndarray:
    """networkx's normalisation for undirected graphs: divide pair counts by (n-1)(n-2)/2."""
    if n <= 2:
        return np.zeros(n)
    return raw * 2.0 / ((n - 1) * (n - 2))


def _helper(conn) -> None:
    """A helper process: wait for a graph, then answer chunks of sources until told to stop."""
    graph = None
    while True:
        message = conn.recv()
        if message is None:
            return
        if message[0] == "graph":
            graph = ig.Graph(n=message[1], edges=message[2])
        else:
            _, sources, weight = message
            conn.send(weight * np.array(graph.betweenness(sources=sources, targets=None), dtype=float))


def _process_context(fork: bool = False):
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if fork and "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        # A command with no other thread can simply fork, at once; a forkserver takes a
        # quarter of a second to start, which the command would wait for.
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        # forkserver forks from a clean single-threaded server: safe inside the Qt app.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["igraph", "numpy"])
        return context
    return multiprocessing.get_context("spawn")  # Windows and macOS


class HelperPool:
    """Helper processes for betweenness, one per spare core.

    igraph holds the GIL, so work is handed over through pipes by the calling thread alone
    (a feeder thread, as in concurrent.futures, would leave helpers idle while this process
    computes). Starting the pool early, before a project is read, hides its start-up time.
    """

    def __init__(self, count: int | None = None, fork: bool = False) -> None:
        if count is None:
            count = min((os.cpu_count() or 1) - 1, 7)
        context = _process_context(fork)
        self.workers = []
        for _ in range(max(count, 0)):
            mine, theirs = context.Pipe()
            process = context.Process(target=_helper, args=(theirs,), daemon=True)
            process.start()
            theirs.close()
            self.workers.append((process, mine))

    def __len__(self) -> int:
        return len(self.workers)

    def subset_betweenness(self, g: IndexedGraph, queue: list[tuple[list[int], float]],
                           total: np.ndarray, on_chunk) -> None:
        """Work through ``queue`` (chunks of sources, each with the weight its sum counts
        for) here and in the helpers, adding results into ``total``."""
        edges = g.graph.get_edgelist()
        busy = {}
        for _, conn in self.workers:
            conn.send(("graph", g.size, edges))
            if queue:
                conn.send(("sources", *queue.pop()))
                busy[conn] = True
        while queue or any(busy.values()):
            if queue:
                total += _chunk_betweenness(g, *queue.pop(0))
                on_chunk()
            for conn, waiting in busy.items():
                if waiting and conn.poll(0 if queue else 0.1):
                    total += conn.recv()
                    on_chunk()
                    busy[conn] = bool(queue)
                    if queue:
                        conn.send(("sources", *queue.pop()))

    def close(self) -> None:
        for process, conn in self.workers:
            try:
                conn.send(None)
            except OSError:
                pass
        for process, conn in self.workers:
            process.join(timeout=1)
            if process.is_alive():
                process.terminate()  # cancelled mid-chunk: stop at once
                process.join()
            conn.close()
        self.workers = []

    def __enter__(self) -> "HelperPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_warm_pool: HelperPool | None = None


def warm_up_helpers(fork: bool = False) -> None:
    """Start helper processes now, for a betweenness computation coming soon in this process.
    ``fork`` is for commands, never the window: Qt's own threads make forking unsafe there."""
    global _warm_pool
    if _warm_pool is None and (os.cpu_count() or 1) > 1:
        _warm_pool = HelperPool(fork=fork)


def _take_pool() -> HelperPool:
    global _warm_pool
    pool, _warm_pool = _warm_pool, None
    return pool or HelperPool()


def _chunk_betweenness(g: IndexedGraph, sources: list[int], weight: float) -> np.ndarray:
    return weight * np.array(g.graph.betweenness(sources=sources, targets=None), dtype=float)


def _weighted_chunks(sources: list[int], weights: np.ndarray, count: int) -> list[tuple[list[int], float]]:
    """About ``count`` chunks of sources, each chunk's sources sharing one weight."""
    chunks = []
    by_weight = sorted(set(weights[sources].tolist()))
    for weight in by_weight:
        same = [s for s in sources if weights[s] == weight]
        pieces = max(1, round(count * len(same) / len(sources)))
        chunks += [(c.tolist(), float(weight)) for c in np.array_split(np.array(same), pieces) if len(c)]
    return chunks


def _fold_leaves(g: IndexedGraph) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Sources for exact betweenness with every leaf (a node with one contact, itself with
    more) folded into its contact.

    A shortest path from a leaf is its one link followed by a shortest path from its
    contact, so the leaf as a source adds to every other node what its contact adds, and
    to the contact itself one unit for each other node it reaches. So each contact runs
    once, weighted 1 + its leaves, and the leaves never run: Baglioni, Geraci, Pellegrini
    and Lastres (2012). Returns the sources, their weights, and the leaves' share to add.
    """
    n = g.size
    degree = np.array(g.graph.degree())
    membership = g.graph.connected_components().membership
    component_size = np.bincount(membership)[membership]
    weights = np.ones(n)
    extra = np.zeros(n)
    folded = np.zeros(n, dtype=bool)
    for leaf in np.flatnonzero(degree == 1):
        contact = g.graph.neighbors(int(leaf))[0]
        if degree[contact] > 1:
            folded[leaf] = True
            weights[contact] += 1
            # igraph's undirected sums count each pair once, so a path adds a half per end.
            extra[contact] += (component_size[leaf] - 2) / 2
    sources = [int(v) for v in np.flatnonzero(~folded & (degree > 0))]
    return sources, weights, extra


def _sum_subset_betweenness(g: IndexedGraph, sources: list[int], progress: Progress,
                            start: float, span: float, weights: np.ndarray | None = None) -> np.ndarray:
    """Sum over ``sources`` of their pair dependencies (igraph's subset betweenness), each
    times its weight, in chunks, so that progress is reported and the work can be cancelled
    between chunks."""
    n = g.size
    total = np.zeros(n)
    if not sources:
        return total
    weights = np.ones(n) if weights is None else weights
    spare = (os.cpu_count() or 1) - 1
    parallel = spare >= 1 and len(sources) * max(g.graph.ecount(), 1) >= PARALLEL_MIN_WORK
    count = (spare + 1) * CHUNKS_PER_WORKER if parallel else min(len(sources), 8)
    queue = _weighted_chunks(sources, weights, count)
    chunks = len(queue)
    done = [0]

    def on_chunk() -> None:
        done[0] += 1
        progress.step(start + span * done[0] / chunks, say("Finding who lies between others"))

    if not parallel:
        for chunk in queue:
            total += _chunk_betweenness(g, *chunk)
            on_chunk()
        return total
    with _take_pool() as pool:
        pool.subset_betweenness(g, queue, total, on_chunk)
    return total


def betweenness(g: IndexedGraph, progress: Progress = NO_PROGRESS, start: float = 0.0,
                span: float = 1.0, seed: int = 1) -> tuple[np.ndarray, dict]:
    """Normalised betweenness as networkx defines it, exact up to EXACT_BETWEENNESS_MAX_NODES.

    Above that, Brandes and Pich's (2007) estimate from SAMPLED_PIVOTS random sources,
    scaled by n / pivots. Returns the values and a note of the method used.
    """
    n = g.size
    if n <= EXACT_BETWEENNESS_MAX_NODES:
        sources, weights, extra = _fold_leaves(g)
        raw = _sum_subset_betweenness(g, sources, progress, start, span, weights) + extra
        return _normalise_betweenness(raw, n), {"method": "exact"}
    pivots = sorted(random.Random(seed).sample(range(n), SAMPLED_PIVOTS))
    raw = _sum_subset_betweenness(g, pivots, progress, start, span) * (n / SAMPLED_PIVOTS)
    return _normalise_betweenness(raw, n), {"method": "sampled", "pivots": SAMPLED_PIVOTS, "seed": seed}


def constraint(g: IndexedGraph) -> np.ndarray:
    """Burt's constraint; NaN for a node with no contacts, as in networkx."""
    values = np.array(g.graph.constraint(), dtype=float)
    values[np.array(g.graph.degree()) == 0] = np.nan
    return values


def effective_size(g: IndexedGraph) -> np.ndarray:
    """Burt's effective size, in Borgatti's form for undirected unweighted graphs:
    n - 2t/n with t the ties among the n contacts, i.e. n - C(n - 1) with C the local
    clustering coefficient. NaN for a node with no contacts, as in networkx."""
    k = np.array(g.graph.degree(), dtype=float)
    clustering = np.array(g.graph.transitivity_local_undirected(mode="zero"), dtype=float)
    values = k - clustering * (k - 1)
    values[k == 0] = np.nan
    return values


def clusters(g: IndexedGraph, seed: int = 1) -> tuple[np.ndarray, float]:
    """Leiden clusters maximising modularity, repeatable for a given seed; and the modularity."""
    rng_state = random.Random(seed)
    ig.set_random_number_generator(rng_state)
    try:
        partition = g.graph.community_leiden(objective_function="modularity", n_iterations=-1)
    finally:
        ig.set_random_number_generator(random)
    membership = np.array(partition.membership, dtype=int)
    return _renumber_by_size(membership), float(g.graph.modularity(membership))


def _renumber_by_size(membership: np.ndarray) -> np.ndarray:
    """Cluster 0 is the largest, 1 the next, and so on, so numbers mean something."""
    labels, counts = np.unique(membership, return_counts=True)
    order = labels[np.lexsort((labels, -counts))]
    mapping = np.empty(labels.max() + 1, dtype=int)
    mapping[order] = np.arange(len(order))
    return mapping[membership]


def participation(g: IndexedGraph, membership: np.ndarray) -> np.ndarray:
    """Guimerà and Amaral's participation coefficient: 1 - sum over clusters of (k_is / k_i)^2."""
    n = g.size
    edges = np.array(g.graph.get_edgelist(), dtype=int).reshape(-1, 2)
    if not len(edges):
        return np.zeros(n)
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    k = np.bincount(src, minlength=n).astype(float)
    n_clusters = int(membership.max()) + 1
    pair, counts = np.unique(src * n_clusters + membership[dst], return_counts=True)
    share_sq = np.zeros(n)
    np.add.at(share_sq, pair // n_clusters, (counts / k[pair // n_clusters]) ** 2)
    result = 1.0 - share_sq
    result[k == 0] = 0.0
    return result


def articulation_points(g: IndexedGraph) -> list[int]:
    return sorted(g.graph.articulation_points())


def bridges(g: IndexedGraph) -> list[tuple[int, int]]:
    return [g.graph.es[e].tuple for e in g.graph.bridges()]


def components(g: IndexedGraph) -> np.ndarray:
    return np.array(g.graph.connected_components().membership, dtype=int)


def cut_piece_sizes(g: IndexedGraph) -> dict[int, list[int]]:
    """For every cut vertex, the sizes of the pieces its removal leaves, largest first.

    Uses the block-cut tree (biconnected blocks joined at cut vertices): removing a cut
    vertex splits its tree into subtrees whose weights are the piece sizes. O(n + m).
    """
    blocks = [list(b) for b in g.graph.biconnected_components()]
    cut_vertices = set(articulation_points(g))
    if not cut_vertices:
        return {}
    # Tree nodes: ("b", k) for block k, ("v", v) for cut vertex v.
    adjacency: dict[tuple, list[tuple]] = {}
    weight: dict[tuple, int] = {}
    for k, block in enumerate(blocks):
        node = ("b", k)
        weight[node] = sum(1 for v in block if v not in cut_vertices)
        for v in block:
            if v in cut_vertices:
                adjacency.setdefault(node, []).append(("v", v))
                adjacency.setdefault(("v", v), []).append(node)
                weight[("v", v)] = 1
    result: dict[int, list[int]] = {}
    seen: set[tuple] = set()
    for root in adjacency:
        if root in seen:
            continue
        # Iterative DFS: order of visit, parents, then subtree weights bottom-up.
        order, parent, stack = [], {root: None}, [root]
        seen.add(root)
        while stack:
            node = stack.pop()
            order.append(node)
            for nxt in adjacency.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    parent[nxt] = node
                    stack.append(nxt)
        subtree = {node: weight[node] for node in order}
        for node in reversed(order):
            if parent[node] is not None:
                subtree[parent[node]] += subtree[node]
        total = subtree[root]
        for node in order:
            if node[0] != "v":
                continue
            pieces = [subtree[child] for child in adjacency[node] if parent.get(child) == node]
            if parent[node] is not None:
                pieces.append(total - subtree[node])
            result[node[1]] = sorted(pieces, reverse=True)
    return result
