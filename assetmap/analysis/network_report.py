"""The whole network analysis of a project, as one JSON-ready dictionary."""

from __future__ import annotations

import math

from assetmap.analysis.connectors import cluster_names, connector_scores, rank_connectors
from assetmap.analysis.metrics import NetworkMetrics, compute_metrics
from assetmap.analysis.network_gaps import network_gaps, suggest_introductions
from assetmap.analysis.social_graph import social_graph
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.project import Project


def _number(value: float) -> float | None:
    """JSON has no NaN: a score that does not exist (an isolated node's constraint) is null."""
    return None if value is None or math.isnan(value) else round(float(value), 12)


def analyse_project(project: Project, progress: Progress = NO_PROGRESS, seed: int = 1) -> dict:
    return analyse_snapshot(snapshot(project), progress, seed)[0]


def snapshot(project: Project, shown_names: dict[str, str] | None = None) -> dict:
    """What the analysis needs, copied, so it can run while the user goes on editing.
    ``shown_names`` replaces records' names (people's, for an anonymised report) everywhere
    the results mention them."""
    graph = social_graph(project)
    for node, name in (shown_names or {}).items():
        if node in graph:
            graph.nodes[node]["name"] = name
    return {
        "graph": graph,
        "positions": {a.id: a.location for a in project.assets if a.location},
        "place_names": {a.id: a.name for a in project.assets},
    }


def analyse_snapshot(data: dict, progress: Progress = NO_PROGRESS, seed: int = 1) -> tuple[dict, NetworkMetrics]:
    metrics = compute_metrics(data["graph"], progress, seed)
    return analysis_result(metrics, data["positions"], data["place_names"]), metrics


def analysis_result(m: NetworkMetrics, positions: dict, place_names: dict) -> dict:
    scores = connector_scores(m)
    connectors = rank_connectors(m, scores)
    names = cluster_names(m)
    nodes = [{
        "id": m.ids[i], "name": m.name(i), "kind": m.kind(i),
        "degree": int(m.degree[i]), "betweenness": _number(m.betweenness[i]),
        "constraint": _number(m.constraint[i]), "effective_size": _number(m.effective_size[i]),
        "cluster": int(m.cluster[i]), "participation": _number(m.participation[i]),
        "connector_score": round(float(scores[i]), 1),
        "cut_vertex": i in m.cut_pieces,
    } for i in range(len(m.ids))]
    return {
        "summary": {
            "people": sum(1 for n in nodes if n["kind"] == "person"),
            "groups": sum(1 for n in nodes if n["kind"] == "group"),
            "ties": m.indexed.graph.ecount(),
            "components": int(m.component.max()) + 1 if len(m.component) else 0,
            # A lone record is its own cluster to the algorithm; to a person it is a gap.
            "clusters": [{"cluster": c, "name": name, "size": int((m.cluster == c).sum())}
                         for c, name in sorted(names.items()) if (m.cluster == c).sum() >= 2],
            "modularity": round(m.modularity, 6),
            "betweenness": m.betweenness_method,
        },
        "nodes": nodes,
        "connectors": [{"id": c.id, "name": c.name, "score": c.score, "reason": c.reason}
                       for c in connectors],
        "bridges": [{"ids": [m.ids[a], m.ids[b]], "names": [m.name(a), m.name(b)]} for a, b in m.bridges
                    if m.degree[a] > 1 and m.degree[b] > 1],
        "gaps": network_gaps(m),
        "suggestions": suggest_introductions(m, positions, place_names),
    }


def summary_text(result: dict, top: int = 10) -> str:
    s = result["summary"]
    lone = sum(1 for n in result["nodes"] if n["degree"] == 0)
    lines = [f"{s['people']} people and {s['groups']} groups, {s['ties']} ties, "
             f"{len(s['clusters'])} clusters; {s['components']} separate parts"
             + (f", {lone} of them a lone person or group" if lone else "")]
    if s["betweenness"].get("method") == "sampled":
        lines.append(f"(betweenness estimated from {s['betweenness']['pivots']} sampled people and groups)")
    lines.append("")
    lines.append("Connectors, the people who hold the network together:")
    for k, c in enumerate(result["connectors"][:top], 1):
        lines.append(f"  {k:>2}. {c['name']} ({c['score']:.0f}): {c['reason']}")
    if not result["connectors"]:
        lines.append("  none found: nobody links separate clusters")
    lines.append("")
    lines.append("Gaps:")
    for gap in result["gaps"][: top * 2]:
        lines.append(f"  - {gap['reason']}")
    if len(result["gaps"]) > top * 2:
        lines.append(f"  ... and {len(result['gaps']) - top * 2} more (use --json for all)")
    lines.append("")
    lines.append("Suggested introductions:")
    for sug in result["suggestions"][:top]:
        lines.append(f"  - {sug['names'][0]} and {sug['names'][1]}: {sug['reason']}")
    return "\n".join(lines)
