"""People, groups and links in from CSV (whole or not at all); the network out for Gephi."""

import csv

import networkx as nx
import pytest

from assetmap.errors import ImportProblem
from assetmap.io.csv_network import read_links_csv, read_records_csv
from assetmap.io.network_export import write_network
from assetmap.model import AddRecord


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def add_all(project, records):
    for record in records:
        AddRecord(record).do(project)


def test_people_groups_and_links(tmp_path, rich_project):
    people, skipped = read_records_csv(write(tmp_path, "p.csv", "id,name,skills\nX1,Zoë,harp; singing\n\nX2,Yan,\n"),
                                       "person", rich_project)
    assert [p.name for p in people] == ["Zoë", "Yan"] and people[0].skills == ("harp", "singing")
    assert people[0].external_id == "X1" and skipped == [(3, "blank row")]
    add_all(rich_project, people)
    groups, _ = read_records_csv(write(tmp_path, "g.csv", "id,name,kind,meeting_place\nGX,Band,association,Neuadd y Pentref\n"),
                                 "group", rich_project)
    assert groups[0].meeting_place_id == "hall"
    add_all(rich_project, groups)
    links, _ = read_links_csv(write(tmp_path, "l.csv", "source,target,type,weight\nX1,GX,,0.5\nyan,Zoë,,\nGX,Ysgol,partners,\n"),
                              rich_project)
    assert [(ln.type, ln.strength) for ln in links] == [("member", 0.5), ("knows", None), ("partners", None)]


def test_every_bad_link_row_is_reported(tmp_path, rich_project):
    text = ("source,target,type,weight\n"
            "p1,g1,leads,\n"          # 2: already linked
            "p1,nobody,,\n"           # 3: unknown
            "p1,p1,knows,\n"          # 4: same record
            "p1,g2,knows,\n"          # 5: wrong type for person-group
            "p2,g2,member,lots\n"     # 6: weight not a number
            "p2,g2,member,\n")        # 7: fine
    with pytest.raises(ImportProblem) as caught:
        read_links_csv(write(tmp_path, "l.csv", text), rich_project)
    assert [row for row, _ in caught.value.problems] == [2, 3, 4, 5, 6]


def test_duplicate_and_empty_rows_in_people(tmp_path, rich_project):
    with pytest.raises(ImportProblem) as caught:
        read_records_csv(write(tmp_path, "p.csv", "id,name\nA,One\nA,Two\n,\nP-1,Three\nB,\n"), "person", rich_project)
    problems = dict(caught.value.problems)
    assert "row 2" in problems[3] and "the project" in problems[5] and "empty" in problems[6]


def test_graphml_and_gexf_open_and_people_are_anonymous(tmp_path, rich_project):
    for suffix in ("graphml", "gexf"):
        out = write_network(rich_project, tmp_path / f"net.{suffix}")
        graph = nx.read_graphml(out) if suffix == "graphml" else nx.read_gexf(out)
        assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 2
        names = {d.get("name") or d.get("label") for _, d in graph.nodes(data=True)}
        assert "Dafydd ap Gwilym" not in names and "Person 1" in names and "Côr Meibion" in names
    named = nx.read_graphml(write_network(rich_project, tmp_path / "named.graphml", include_names=True))
    assert "Dafydd ap Gwilym" in {d["name"] for _, d in named.nodes(data=True)}


def test_csv_edge_list_neutralises_formulas(tmp_path, rich_project):
    from assetmap.model import Group

    AddRecord(Group(id="evil", name="=HYPERLINK(\"http://x\")")).do(rich_project)
    from assetmap.model import Link
    AddRecord(Link(id="le", source_id="p1", target_id="evil", type="member")).do(rich_project)
    out = write_network(rich_project, tmp_path / "edges.csv")
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert any(r["target_name"] == "'=HYPERLINK(\"http://x\")" for r in rows)
    assert all(not r["source_name"].startswith("=") for r in rows)
