"""The ward's people and groups as a NetworkX graph: the model the analysis works on."""

from __future__ import annotations

import networkx as nx

from assetmap.model.project import Project


def social_graph(project: Project) -> nx.Graph:
    """People and groups as nodes; person-group, person-person and group-group links as edges.

    Memberships make this a two-mode network with some one-mode ties on top; it is analysed
    as it stands, without projecting it onto people or groups (see docs/analysis.md). Links to
    assets are places, not ties between people, and are left out. Two records linked twice
    (a leader who is also listed as a member) make one edge that keeps both types.
    """
    graph = nx.Graph()
    for person in project.people:
        graph.add_node(person.id, name=person.name, kind="person", area=person.home_area)
    for group in project.groups:
        graph.add_node(group.id, name=group.name, kind="group", group_kind=group.group_kind,
                       themes=tuple(group.themes), meeting_place_id=group.meeting_place_id)
    types: dict[tuple[str, str], tuple[str, ...]] = {}
    for link in project.links:
        if link.source_id in graph and link.target_id in graph:
            a, b = link.source_id, link.target_id
            key = (a, b) if (b, a) not in types else (b, a)
            types[key] = types.get(key, ()) + (link.type,)
    graph.add_edges_from((a, b, {"types": t}) for (a, b), t in types.items())
    return graph
