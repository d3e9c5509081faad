"""The network as files for Gephi and spreadsheets: GraphML, GEXF and a CSV edge list.

People are anonymised unless names are asked for: each person becomes "Person N", numbered
in the project's order, and loses contact details and home area.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from assetmap.analysis.social_graph import social_graph
from assetmap.errors import AssetmapError
from assetmap.io.safe_cells import spreadsheet_safe
from assetmap.model.project import Project
from assetmap.model.wording import say

FORMATS = (".graphml", ".gexf", ".csv")


def export_graph(project: Project, include_names: bool = False) -> nx.Graph:
    graph = social_graph(project)
    number = 0
    for node, data in graph.nodes(data=True):
        if data["kind"] == "person":
            number += 1
            if not include_names:
                data["name"] = f"Person {number}"
                data.pop("area", None)
        for key, value in list(data.items()):
            if isinstance(value, (tuple, list)):
                data[key] = "; ".join(value)
            elif value is None:
                data[key] = ""
        data["label"] = data["name"]
    for _, _, data in graph.edges(data=True):
        data["types"] = "; ".join(data["types"])
    return graph


def write_network(project: Project, path: Path, include_names: bool = False) -> Path:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AssetmapError(say("{path}: the network can be written as {formats}",
                                path=path, formats=', '.join(FORMATS)))
    graph = export_graph(project, include_names)
    temp = path.with_name(f".{path.name}.part")
    if suffix == ".graphml":
        nx.write_graphml(graph, temp)
    elif suffix == ".gexf":
        nx.write_gexf(graph, temp)
    else:
        with open(temp, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["source", "target", "source_name", "target_name", "types"])
            for a, b, data in graph.edges(data=True):
                writer.writerow([a, b, spreadsheet_safe(graph.nodes[a]["name"]),
                                 spreadsheet_safe(graph.nodes[b]["name"]), data["types"]])
    temp.replace(path)
    return path
