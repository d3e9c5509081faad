"""Where the network is thin: isolated records, cut-off pieces, clusters hanging on one
person or one link, associations with no tie to an institution, institutions no resident is
linked to; and introductions that would help, each with its reason."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from assetmap.analysis.connectors import _and, cluster_names, cuts_off_others
from assetmap.analysis.metrics import NetworkMetrics
from assetmap.model.wording import say

NEAR_METRES = 400.0
MAX_SUGGESTIONS = 20


def network_gaps(m: NetworkMetrics) -> list[dict]:
    gaps: list[dict] = []
    n = len(m.ids)
    degree = m.degree
    for i in range(n):
        if degree[i] == 0:
            kind = m.kind(i)
            gaps.append({"kind": f"isolated_{kind}", "ids": [m.ids[i]],
                         "reason": say("{name} has no links to anyone yet", name=m.name(i))})
    sizes = np.bincount(m.component) if n else np.zeros(0, dtype=int)
    if len(sizes):
        main = int(np.argmax(sizes))
        for c in np.flatnonzero(sizes >= 2).tolist():
            if c == main:
                continue
            members = np.flatnonzero(m.component == c).tolist()
            more = [say("{count} more", count=len(members) - 3)] if len(members) > 3 else []
            names = _and([m.name(i) for i in members[:3]] + more)
            gaps.append({"kind": "cut_off_piece", "ids": [m.ids[i] for i in members],
                         "reason": say("{names} are linked to each other but to no one else", names=names)})
    gaps.extend(_fragile_clusters(m))
    gaps.extend(_institution_gaps(m))
    return gaps


def _fragile_clusters(m: NetworkMetrics) -> list[dict]:
    """Clusters whose every tie to the rest passes through one person, or is one link."""
    names = cluster_names(m)
    external: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for u, v in m.indexed.graph.get_edgelist():
        cu, cv = int(m.cluster[u]), int(m.cluster[v])
        if cu != cv:
            external[cu].append((u, v))
            external[cv].append((v, u))
    gaps = []
    for c, ties in sorted(external.items()):
        size = int((m.cluster == c).sum())
        if size < 5:
            continue
        if len(ties) == 1:
            inside, outside = ties[0]
            people = [v for v in (outside, inside) if m.kind(v) == "person"]
            if people:
                gaps.append({"kind": "cluster_hangs_on_one_person", "ids": [m.ids[people[0]]],
                             "reason": say("{cluster} ({size} people and groups) is tied to the rest through "
                                           "{person} alone, by one link ({inside} to {outside})",
                                           cluster=names[c], size=size, person=m.name(people[0]),
                                           inside=m.name(inside), outside=m.name(outside))})
            else:
                gaps.append({"kind": "cluster_hangs_on_one_link", "ids": [m.ids[inside], m.ids[outside]],
                             "reason": say("{cluster} ({size} people and groups) is tied to the rest by one "
                                           "link only, between {inside} and {outside}", cluster=names[c],
                                           size=size, inside=m.name(inside), outside=m.name(outside))})
            continue
        for side in (0, 1):
            ends = {tie[side] for tie in ties}
            if len(ends) == 1:
                hub = ends.pop()
                if m.kind(hub) == "person":
                    gaps.append({"kind": "cluster_hangs_on_one_person", "ids": [m.ids[hub]],
                                 "reason": say("every tie between {cluster} ({size} people and groups) and "
                                               "the rest runs through {person}", cluster=names[c], size=size,
                                               person=m.name(hub))})
                    break
    clustered = {g["ids"][0] for g in gaps if g["kind"] == "cluster_hangs_on_one_person"}
    for i in m.articulation:
        if m.kind(i) == "person" and m.ids[i] not in clustered and cuts_off_others(m, i):
            pieces = m.cut_pieces[i][1:]
            big = max(pieces)
            if big >= 10:
                gaps.append({"kind": "cluster_hangs_on_one_person", "ids": [m.ids[i]],
                             "reason": say("{count} people and groups would lose touch with the rest "
                                           "without {person}", count=big, person=m.name(i))})
    return gaps


def _institution_gaps(m: NetworkMetrics) -> list[dict]:
    gaps = []
    groups = [i for i in range(len(m.ids)) if m.kind(i) == "group"]
    institutions = {i for i in groups if m.node(i).get("group_kind") == "institution"}
    for i in groups:
        neighbours = m.neighbours(i)
        if i in institutions:
            if not any(m.kind(v) == "person" for v in neighbours):
                gaps.append({"kind": "institution_without_residents", "ids": [m.ids[i]],
                             "reason": say("no resident is linked to {name}", name=m.name(i))})
            continue
        if not neighbours:
            continue  # already reported as isolated
        tied = any(v in institutions for v in neighbours) or any(
            w in institutions for v in neighbours if m.kind(v) == "person" for w in m.neighbours(v))
        if not tied:
            gaps.append({"kind": "association_without_institution", "ids": [m.ids[i]],
                         "reason": say("{name} has no tie to any school, service or other institution",
                                       name=m.name(i))})
    return gaps


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lon, lat) points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def suggest_introductions(m: NetworkMetrics, positions: dict[str, tuple[float, float]],
                          place_names: dict[str, str] | None = None,
                          limit: int = MAX_SUGGESTIONS) -> list[dict]:
    """Pairs of groups with no tie (no link, no shared member) that share themes or meet near
    each other, ranked: shared themes count 2 each, meeting within 400 m counts 1.5, and a
    pair in different clusters counts 1 more because the introduction would bridge them."""
    place_names = place_names or {}
    groups = [i for i in range(len(m.ids)) if m.kind(i) == "group"]
    if len(groups) < 2:
        return []
    themes = [set(m.node(i).get("themes") or ()) for i in groups]
    vocabulary = sorted(set().union(*themes))
    matrix = np.zeros((len(groups), max(len(vocabulary), 1)), dtype=np.float32)
    for row, ts in enumerate(themes):
        for t in ts:
            matrix[row, vocabulary.index(t)] = 1
    shared = matrix @ matrix.T
    score = 2.0 * shared
    where = [positions.get(m.node(i).get("meeting_place_id") or "") for i in groups]
    located = [k for k, p in enumerate(where) if p]
    near = np.zeros_like(score, dtype=bool)
    if located:
        lon = np.radians([where[k][0] for k in located])
        lat = np.radians([where[k][1] for k in located])
        x = lon * np.cos(lat.mean()) * 6371008.8
        y = lat * 6371008.8
        d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
        near[np.ix_(located, located)] = d <= NEAR_METRES
    score += 1.5 * near
    clusters = m.cluster[groups]
    score += (clusters[:, None] != clusters[None, :]) * (score > 0)
    score = np.triu(score, k=1)
    candidates = np.argwhere(score > 0)
    if not len(candidates):
        return []
    order = np.argsort(-score[candidates[:, 0], candidates[:, 1]], kind="stable")
    names = cluster_names(m)
    out = []
    for a, b in candidates[order].tolist():
        i, j = groups[a], groups[b]
        if _tied(m, i, j):
            continue
        reasons = []
        common = sorted(themes[a] & themes[b])
        if common:
            reasons.append(say("both work on {themes}", themes=_and(common)))
        if near[a, b]:
            pa, pb = where[a], where[b]
            metres = _metres(pa, pb)
            pla = place_names.get(m.node(i).get("meeting_place_id"), "")
            plb = place_names.get(m.node(j).get("meeting_place_id"), "")
            if metres < 1:
                reasons.append(say("they meet at the same place ({place})", place=pla) if pla
                               else say("they meet at the same place"))
            else:
                reasons.append(say("they meet {metres:.0f} m apart ({first} and {second})", metres=metres,
                                   first=pla, second=plb) if pla and plb
                               else say("they meet {metres:.0f} m apart", metres=metres))
        if m.cluster[i] != m.cluster[j]:
            reasons.append(say("an introduction would join {first} and {second}",
                               first=names[int(m.cluster[i])], second=names[int(m.cluster[j])]))
        out.append({"ids": [m.ids[i], m.ids[j]], "names": [m.name(i), m.name(j)],
                    "score": round(float(score[a, b]), 2), "reason": "; ".join(reasons)})
        if len(out) >= limit:
            break
    return out


def _tied(m: NetworkMetrics, i: int, j: int) -> bool:
    g = m.indexed.graph
    if g.are_adjacent(i, j):
        return True
    return bool(set(g.neighbors(i)) & set(g.neighbors(j)))
