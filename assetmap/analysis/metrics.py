"""Every node-level score for a social graph, computed once and kept together."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from assetmap.analysis import engine
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.wording import say


@dataclass
class NetworkMetrics:
    graph: nx.Graph
    indexed: engine.IndexedGraph
    degree: np.ndarray
    betweenness: np.ndarray
    constraint: np.ndarray
    effective_size: np.ndarray
    cluster: np.ndarray
    modularity: float
    participation: np.ndarray
    component: np.ndarray
    articulation: list[int]
    bridges: list[tuple[int, int]]
    cut_pieces: dict[int, list[int]]
    betweenness_method: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Attribute look-ups through networkx's views are slow in loops; keep them by index.
        self._attrs = [self.graph.nodes[node] for node in self.indexed.ids]
        self._cluster_names: dict[int, str] | None = None

    @property
    def ids(self) -> list:
        return self.indexed.ids

    def node(self, i: int) -> dict:
        return self._attrs[i]

    def name(self, i: int) -> str:
        return self._attrs[i].get("name", str(self.ids[i]))

    def kind(self, i: int) -> str:
        return self._attrs[i].get("kind", "")

    def neighbours(self, i: int) -> list[int]:
        return self.indexed.graph.neighbors(i)


def compute_metrics(graph: nx.Graph, progress: Progress = NO_PROGRESS, seed: int = 1) -> NetworkMetrics:
    progress.step(0.0, say("Preparing the network"))
    g = engine.IndexedGraph.from_networkx(graph)
    progress.step(0.05, say("Finding clusters"))
    cluster, modularity = engine.clusters(g, seed) if g.size else (np.zeros(0, dtype=int), 0.0)
    progress.step(0.1, say("Measuring brokerage"))
    constraint = engine.constraint(g)
    effective = engine.effective_size(g)
    between, method = engine.betweenness(g, progress, start=0.12, span=0.83, seed=seed)
    progress.step(0.96, say("Finding weak points"))
    return NetworkMetrics(
        graph=graph, indexed=g, degree=engine.degree(g), betweenness=between,
        constraint=constraint, effective_size=effective, cluster=cluster, modularity=modularity,
        participation=engine.participation(g, cluster) if g.size else np.zeros(0),
        component=engine.components(g) if g.size else np.zeros(0, dtype=int),
        articulation=engine.articulation_points(g), bridges=engine.bridges(g),
        cut_pieces=engine.cut_piece_sizes(g),
        betweenness_method=method,
    )
