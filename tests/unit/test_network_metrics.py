"""Every metric equals networkx's own function on the reference networks, whatever engine or
path (in process, worker processes, sampling with every node as a pivot) computes it."""

import math

import networkx as nx
import numpy as np
import pytest

from assetmap.analysis import engine
from assetmap.analysis.metrics import compute_metrics


def unweighted(graph):
    plain = nx.Graph()
    plain.add_nodes_from(graph.nodes(data=True))
    plain.add_edges_from(graph.edges())
    return plain


REFERENCE = {
    "karate": lambda: unweighted(nx.karate_club_graph()),
    "florentine": lambda: unweighted(nx.florentine_families_graph()),
    "davis": lambda: unweighted(nx.davis_southern_women_graph()),
}


def as_dict(metrics, values):
    return dict(zip(metrics.ids, values.tolist()))


def assert_close(ours, theirs, tol=1e-9):
    assert ours.keys() == theirs.keys()
    for node, value in theirs.items():
        if isinstance(value, float) and math.isnan(value):
            assert math.isnan(ours[node]), node
        else:
            assert ours[node] == pytest.approx(value, abs=tol), node


@pytest.fixture(params=sorted(REFERENCE))
def reference(request):
    return REFERENCE[request.param]()


def test_metrics_equal_networkx(reference):
    m = compute_metrics(reference)
    assert_close(as_dict(m, m.degree), {n: float(d) for n, d in reference.degree()})
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(reference))
    assert_close(as_dict(m, m.constraint), nx.constraint(reference))
    assert_close(as_dict(m, m.effective_size), nx.effective_size(reference))
    assert {m.ids[i] for i in m.articulation} == set(nx.articulation_points(reference))
    assert {frozenset((m.ids[a], m.ids[b])) for a, b in m.bridges} == {frozenset(e) for e in nx.bridges(reference)}
    partition = [{m.ids[i] for i in np.flatnonzero(m.cluster == c)} for c in np.unique(m.cluster)]
    assert m.modularity == pytest.approx(nx.community.modularity(reference, partition), abs=1e-9)
    # Leiden finds a partition at least as good as networkx's own Louvain.
    louvain = nx.community.louvain_communities(reference, seed=1)
    assert m.modularity >= nx.community.modularity(reference, louvain) - 1e-3


def test_participation_follows_its_definition(reference):
    m = compute_metrics(reference)
    cluster_of = dict(zip(m.ids, m.cluster.tolist()))
    for i, node in enumerate(m.ids):
        k = reference.degree(node)
        shares = {}
        for other in reference[node]:
            shares[cluster_of[other]] = shares.get(cluster_of[other], 0) + 1
        expected = 1 - sum((s / k) ** 2 for s in shares.values()) if k else 0.0
        assert m.participation[i] == pytest.approx(expected, abs=1e-12)


def test_clusters_are_repeatable(reference):
    a, b = compute_metrics(reference, seed=3), compute_metrics(reference, seed=3)
    assert a.cluster.tolist() == b.cluster.tolist()


def test_worker_processes_give_the_same_betweenness(monkeypatch):
    graph = REFERENCE["karate"]()
    monkeypatch.setattr(engine, "PARALLEL_MIN_WORK", 0)
    m = compute_metrics(graph)
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(graph))


def leafy_graph():
    """Leaves everywhere: a tree, a star, a leaf on a leaf's contact, a lone pair (two leaves
    of each other, which cannot fold), an isolate, and a cycle with pendants."""
    graph = nx.balanced_tree(3, 3)
    graph = nx.disjoint_union(graph, nx.star_graph(5))
    graph = nx.disjoint_union(graph, nx.Graph([(0, 1)]))
    cycle = nx.cycle_graph(7)
    cycle.add_edges_from([(0, 10), (0, 11), (3, 12), (12, 13)])
    graph = nx.disjoint_union(graph, cycle)
    graph.add_node("alone")
    return graph


@pytest.mark.parametrize("parallel", [False, True])
def test_leaves_folded_into_their_contact_give_exact_betweenness(monkeypatch, parallel):
    graph = leafy_graph()
    if parallel:
        monkeypatch.setattr(engine, "PARALLEL_MIN_WORK", 0)
    g = engine.IndexedGraph.from_networkx(graph)
    sources, _, _ = engine._fold_leaves(g)
    assert len(sources) < graph.number_of_nodes() - 30  # the leaves really were folded
    m = compute_metrics(graph)
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(graph))


def test_sampling_with_every_node_as_pivot_is_exact(monkeypatch):
    graph = REFERENCE["florentine"]()
    monkeypatch.setattr(engine, "EXACT_BETWEENNESS_MAX_NODES", 5)
    monkeypatch.setattr(engine, "SAMPLED_PIVOTS", graph.number_of_nodes())
    m = compute_metrics(graph)
    assert m.betweenness_method["method"] == "sampled"
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(graph))


def test_sampled_betweenness_is_close_on_a_larger_graph(monkeypatch):
    graph = nx.connected_watts_strogatz_graph(600, 6, 0.1, seed=4)
    monkeypatch.setattr(engine, "EXACT_BETWEENNESS_MAX_NODES", 100)
    monkeypatch.setattr(engine, "SAMPLED_PIVOTS", 300)
    m = compute_metrics(graph)
    exact = nx.betweenness_centrality(graph)
    errors = [abs(v - exact[n]) for n, v in as_dict(m, m.betweenness).items()]
    assert max(errors) < 0.3 * max(exact.values())


# ---- independent published values (../shared/realdata/sna/ORACLES.md)

def test_borgatti_1997_structural_holes_example():
    graph = nx.Graph([("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"),
                      ("B", "G"), ("B", "D"), ("D", "G"), ("G", "C")])
    graph.add_node("lonely")
    m = compute_metrics(graph)
    eff, con = as_dict(m, m.effective_size), as_dict(m, m.constraint)
    assert eff["G"] == pytest.approx(4.67, abs=1e-2) and con["G"] == pytest.approx(0.400, abs=1e-3)
    assert eff["A"] == pytest.approx(2.50, abs=1e-2) and con["A"] == pytest.approx(0.595, abs=1e-3)
    assert eff["C"] == 1.0 and con["C"] == 1.0
    assert math.isnan(eff["lonely"]) and math.isnan(con["lonely"])


def test_igraph_constraint_examples():
    path = compute_metrics(nx.path_graph(4))
    assert path.constraint.tolist() == pytest.approx([1, 0.5, 0.5, 1])
    k4 = compute_metrics(nx.complete_graph(4))
    assert k4.constraint.tolist() == pytest.approx([0.925926] * 4, abs=1e-6)
    holes = nx.union(nx.complete_graph(4), nx.relabel_nodes(nx.complete_graph(4), {i: i + 5 for i in range(4)}))
    holes.add_edges_from([(3, 4), (4, 5)])
    m = compute_metrics(holes)
    con = as_dict(m, m.constraint)
    assert [con[i] for i in range(9)] == pytest.approx(
        [0.865741] * 3 + [0.583333, 0.5, 0.583333] + [0.865741] * 3, abs=1e-6)


def test_padgett_florentine_published_betweenness():
    m = compute_metrics(REFERENCE["florentine"]())
    b = as_dict(m, m.betweenness)
    for family, value in {"Medici": 0.522, "Guadagni": 0.255, "Albizzi": 0.212, "Salviati": 0.143,
                          "Ridolfi": 0.114, "Pazzi": 0.0}.items():
        assert b[family] == pytest.approx(value, abs=1e-3)


def test_two_mode_betweenness_ranks_each_mode_as_borgatti_and_halgin():
    """We analyse the two-mode graph as it stands (docs/analysis.md). Borgatti and Halgin's
    bipartite normalisation divides each mode by its own constant, so within a mode our values
    are theirs times one factor, and the ranking is the same."""
    graph = REFERENCE["davis"]()
    women = [n for n, d in graph.nodes(data=True) if d["bipartite"] == 0]
    events = [n for n, d in graph.nodes(data=True) if d["bipartite"] == 1]
    bipartite = nx.bipartite.betweenness_centrality(graph, women)
    m = compute_metrics(graph)
    ours = as_dict(m, m.betweenness)
    for mode in (women, events):
        ratios = [ours[n] / bipartite[n] for n in mode if bipartite[n] > 0]
        assert max(ratios) == pytest.approx(min(ratios), rel=1e-9)
        assert all(ours[n] == 0 for n in mode if bipartite[n] == 0)
    # Published (Borgatti and Halgin 2011, via networkx's tests): E8 0.24, Nora Fayette 0.11.
    assert bipartite["E8"] == pytest.approx(0.24, abs=1e-2)
    assert bipartite["Nora Fayette"] == pytest.approx(0.11, abs=1e-2)


def test_davis_from_the_published_file(realdata):
    import csv

    path = realdata / "sna" / "davis_southern_women_r4sna.csv"
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    graph = nx.Graph()
    for row in rows[1:]:
        for event, cell in zip(rows[0][1:], row[1:]):
            if cell.strip() == "1":
                graph.add_edge(row[0].strip(), event)
    assert graph.number_of_edges() == 89
    m = compute_metrics(graph)
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(graph))
    assert_close(as_dict(m, m.constraint), nx.constraint(graph))


def test_karate_from_the_published_file(realdata):
    graph = nx.read_gml(realdata / "sna" / "karate_zachary_chen372.gml", label="id")
    graph = unweighted(nx.Graph(graph))
    assert graph.number_of_edges() == 78
    m = compute_metrics(graph)
    assert_close(as_dict(m, m.betweenness), nx.betweenness_centrality(graph))
    assert_close(as_dict(m, m.effective_size), nx.effective_size(graph))


@pytest.mark.parametrize("seed", range(8))
def test_cut_piece_sizes_match_removing_each_cut_vertex(seed):
    graph = nx.gnm_random_graph(60, 70, seed=seed)
    graph.add_edges_from([(100, 101), (101, 102)])  # a separate small piece
    g = engine.IndexedGraph.from_networkx(graph)
    sizes = engine.cut_piece_sizes(g)
    assert set(sizes) == set(engine.articulation_points(g))
    for i, pieces in sizes.items():
        node = g.ids[i]
        own = nx.node_connected_component(graph, node) - {node}
        pruned = graph.subgraph(own)
        expected = sorted((len(c) for c in nx.connected_components(pruned)), reverse=True)
        assert pieces == expected, node


def test_empty_and_tiny_graphs():
    for graph in (nx.Graph(), nx.empty_graph(1), nx.empty_graph(3), nx.path_graph(2)):
        m = compute_metrics(graph)
        assert len(m.betweenness) == graph.number_of_nodes()
        assert not np.any(m.betweenness)
