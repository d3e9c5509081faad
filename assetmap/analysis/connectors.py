"""Connectors ("mavens"): the people who hold the network together, and why.

The connector score (0-100) adds up, for people with two or more ties:
- 50 x betweenness / the highest betweenness (how much lies between others through them),
- 30 x participation coefficient (how evenly their ties spread across clusters),
- 20 x (1 - constraint), clipped to 0..1 (how little their contacts are tied to each other),
- plus 20 if removing them would cut two or more others off (capped at 100).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from assetmap.analysis.metrics import NetworkMetrics
from assetmap.model.wording import say

MAX_CONNECTORS = 20
CUT_BONUS = 20.0


@dataclass
class Connector:
    index: int
    id: str
    name: str
    score: float
    reason: str


def connector_scores(m: NetworkMetrics) -> np.ndarray:
    n = len(m.ids)
    if n == 0:
        return np.zeros(0)
    top = float(m.betweenness.max()) or 1.0
    brokerage = np.clip(1.0 - np.nan_to_num(m.constraint, nan=1.0), 0.0, 1.0)
    score = 50 * m.betweenness / top + 30 * m.participation + 20 * brokerage
    for i in m.articulation:
        if cuts_off_others(m, i):
            score[i] += CUT_BONUS
    people = np.array([m.kind(i) == "person" for i in range(n)])
    score[(m.degree < 2) | ~people] = 0.0
    return np.minimum(score, 100.0)


def cuts_off_others(m: NetworkMetrics, i: int) -> bool:
    """Would two or more others lose touch with the rest if node i left?"""
    return any(size >= 2 for size in m.cut_pieces.get(i, [])[1:])


def cut_off_by(m: NetworkMetrics, i: int) -> list[set[int]]:
    """The pieces (two or more nodes each) that lose touch with the rest if node i leaves,
    largest remaining piece excluded."""
    g = m.indexed.graph
    own = m.component[i]
    members = [v for v in np.flatnonzero(m.component == own).tolist() if v != i]
    if len(members) < 3:
        return []
    sub = g.induced_subgraph(members)
    pieces = [set(members[v] for v in piece) for piece in sub.connected_components()]
    if len(pieces) < 2:
        return []
    pieces.sort(key=len, reverse=True)
    return [p for p in pieces[1:] if len(p) >= 2]


def cluster_names(m: NetworkMetrics) -> dict[int, str]:
    """A plain name for each cluster: the area most of its people live in, or its best-known group."""
    if m._cluster_names is None:
        m._cluster_names = _name_clusters(m)
    return m._cluster_names


def _name_clusters(m: NetworkMetrics) -> dict[int, str]:
    names: dict[int, str] = {}
    for c in np.unique(m.cluster).tolist():
        members = np.flatnonzero(m.cluster == c).tolist()
        areas = Counter(m.node(i).get("area") for i in members
                        if m.kind(i) == "person" and m.node(i).get("area"))
        people = sum(1 for i in members if m.kind(i) == "person")
        if areas:
            area, count = areas.most_common(1)[0]
            if count >= 0.5 * people:
                names[c] = say("the {area} cluster", area=area)
                continue
        groups = [i for i in members if m.kind(i) == "group"] or members
        best = max(groups, key=lambda i: (m.degree[i], m.name(i)))
        names[c] = say("the cluster around {name}", name=m.name(best))
    return names


def _best_named(m: NetworkMetrics, candidates: list[int]) -> int:
    """Groups before people, then the most linked."""
    return max(candidates, key=lambda i: (m.kind(i) == "group", m.degree[i], m.name(i)))


def _and(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return say("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def explain(m: NetworkMetrics, i: int, names: dict[int, str]) -> str:
    pieces = cut_off_by(m, i) if cuts_off_others(m, i) else []
    neighbours = m.neighbours(i)
    if pieces:
        cut = pieces[0]
        inside = [v for v in neighbours if v in cut]
        outside = [v for v in neighbours if v not in cut and m.component[v] == m.component[i]]
        others = sum(len(p) for p in pieces)
        return say("the only link between {inside} and {outside}: {others} people and groups depend on them",
                   inside=m.name(_best_named(m, inside)), outside=m.name(_best_named(m, outside)), others=others)
    reached = sorted({int(m.cluster[v]) for v in neighbours})
    if len(reached) >= 2:
        by_cluster = {}
        for v in neighbours:
            if m.kind(v) == "group":
                by_cluster.setdefault(int(m.cluster[v]), []).append(v)
        groups = [m.name(_best_named(m, vs)) for vs in by_cluster.values()][:3]
        clusters = _and([names[c] for c in reached[:3]])
        if groups:
            return say("links {clusters} (belongs to {groups})", clusters=clusters, groups=_and(groups))
        return say("links {clusters}", clusters=clusters)
    return say("lies on many of the shortest paths between others (betweenness "
               "{betweenness:.3f})", betweenness=m.betweenness[i])


def rank_connectors(m: NetworkMetrics, scores: np.ndarray, limit: int = MAX_CONNECTORS) -> list[Connector]:
    names = cluster_names(m)
    order = np.argsort(-scores, kind="stable")
    chosen = []
    for i in order.tolist():
        if scores[i] <= 0 or len(chosen) >= limit:
            break
        bridging = m.participation[i] > 0 or cuts_off_others(m, i)
        if not bridging:
            continue
        chosen.append(Connector(i, m.ids[i], m.name(i), round(float(scores[i]), 1), explain(m, i, names)))
    return chosen


def step_back(m: NetworkMetrics, record_id: str) -> dict:
    """What happens if this person stops taking part: who is left with no links, which parts
    of the network lose touch with the rest, and which clusters fall apart."""
    i = m.indexed.index[record_id]
    g = m.indexed.graph
    neighbours = m.neighbours(i)
    isolated = [v for v in neighbours if g.degree(v) == 1]
    pieces = cut_off_by(m, i)
    names = cluster_names(m)
    split_clusters = []
    for c in sorted({int(m.cluster[v]) for v in neighbours}):
        members = [v for v in np.flatnonzero(m.cluster == c).tolist() if v != i]
        if len(members) < 2:
            continue
        before = len(g.induced_subgraph(members + ([i] if m.cluster[i] == c else [])).connected_components())
        after = len(g.induced_subgraph(members).connected_components())
        if after > before:
            split_clusters.append({"cluster": c, "name": names[c], "parts": after})
    return {
        "id": record_id,
        "name": m.name(i),
        "newly_isolated": [{"id": m.ids[v], "name": m.name(v)} for v in isolated],
        "cut_off": [{"size": len(p), "ids": [m.ids[v] for v in sorted(p)],
                     "example": m.name(_best_named(m, sorted(p)))} for p in pieces],
        "clusters_split": split_clusters,
    }
