"""Connectors, reasons, gaps and introductions on small hand-made wards with known answers."""

import json

import pytest
from shapely.geometry import Point

from assetmap.analysis.connectors import step_back
from assetmap.analysis.metrics import compute_metrics
from assetmap.analysis.network_report import analyse_project
from assetmap.analysis.social_graph import social_graph
from assetmap.io.gpkg_store import open_project
from assetmap.model import Asset, Group, Link, Person, Project, ProjectInfo
from tests.conftest import SAMPLE


class Ward:
    """Build a tiny project by name: people, groups and links."""

    def __init__(self):
        self.project = Project(ProjectInfo(name="Test"))
        self.n = 0

    def person(self, name, area=""):
        self.project.people.add(Person(id=name, name=name, home_area=area))

    def group(self, name, kind="association", themes=(), place=None):
        self.project.groups.add(Group(id=name, name=name, group_kind=kind, themes=themes,
                                      meeting_place_id=place))

    def place(self, name, lon, lat):
        self.project.assets.add(Asset(id=name, name=name, category="physical", geometry=Point(lon, lat)))

    def link(self, a, b, kind=None):
        self.n += 1
        if kind is None:
            kinds = (self.project.find(a).kind, self.project.find(b).kind)
            kind = {("person", "group"): "member", ("person", "person"): "knows",
                    ("group", "group"): "partners", ("group", "asset"): "meets_at"}[kinds]
        self.project.links.add(Link(id=f"l{self.n}", source_id=a, target_id=b, type=kind))


@pytest.fixture
def two_estates():
    """Two tight estates; Rosa is the only person in both; Ed knows nobody; the Chess Club
    has no links; two unlinked groups share a theme and meet 100 m apart."""
    w = Ward()
    w.place("North Hall", -2.0, 53.600)
    w.place("South Hall", -2.0, 53.5991)  # about 100 m south
    for name in ("Ann", "Bob", "Cy", "Di"):
        w.person(name, "North estate")
    for name in ("Eve", "Fay", "Gus", "Hal"):
        w.person(name, "South estate")
    w.person("Rosa", "North estate")
    w.person("Ed", "South estate")
    w.group("North Choir", themes=("music",), place="North Hall")
    w.group("North Youth", themes=("youth",))
    w.group("South Choir", themes=("music",), place="South Hall")
    w.group("South School", kind="institution", themes=("learning",))
    w.group("Chess Club", themes=("games",))
    for name in ("Ann", "Bob", "Cy", "Di"):
        w.link(name, "North Choir")
        w.link(name, "North Youth")
    for name in ("Eve", "Fay", "Gus", "Hal"):
        w.link(name, "South Choir")
        w.link(name, "South School")
    w.link("Ann", "Bob")
    w.link("Eve", "Fay")
    w.link("Rosa", "North Youth")
    w.link("Rosa", "South School")
    w.link("North Choir", "North Hall")
    return w.project


def test_the_only_bridge_is_the_top_connector_with_its_reason(two_estates):
    result = analyse_project(two_estates)
    top = result["connectors"][0]
    assert top["name"] == "Rosa"
    assert top["reason"].startswith("the only link between ")
    assert "North Youth" in top["reason"] and "South School" in top["reason"]
    assert [c["name"] for c in result["connectors"]] == ["Rosa"]


def test_gaps_name_isolates_the_lonely_group_and_the_fragile_tie(two_estates):
    gaps = analyse_project(two_estates)["gaps"]
    kinds = {(g["kind"], tuple(g["ids"])) for g in gaps}
    assert ("isolated_person", ("Ed",)) in kinds
    assert ("isolated_group", ("Chess Club",)) in kinds
    assert any(k == "cluster_hangs_on_one_person" and ids == ("Rosa",) for k, ids in kinds)
    assert ("association_without_institution", ("North Choir",)) in kinds
    assert not any(k == "association_without_institution" and ids == ("South Choir",) for k, ids in kinds)


def test_institution_no_resident_is_linked_to():
    w = Ward()
    w.person("Ann")
    w.group("Club")
    w.group("Council Office", kind="institution")
    w.link("Ann", "Club")
    w.link("Club", "Council Office")
    gaps = analyse_project(w.project)["gaps"]
    assert {"kind": "institution_without_residents", "ids": ["Council Office"],
            "reason": "no resident is linked to Council Office"} in gaps
    assert not [g for g in gaps if g["kind"] == "association_without_institution"]


def test_a_piece_cut_off_from_the_rest():
    w = Ward()
    for name in ("A", "B", "C", "D", "X", "Y"):
        w.person(name)
    w.link("A", "B"), w.link("B", "C"), w.link("C", "D")
    w.link("X", "Y")
    gaps = analyse_project(w.project)["gaps"]
    pieces = [g for g in gaps if g["kind"] == "cut_off_piece"]
    assert len(pieces) == 1 and sorted(pieces[0]["ids"]) == ["X", "Y"]


def test_suggested_introductions_share_a_theme_and_meet_near(two_estates):
    suggestions = analyse_project(two_estates)["suggestions"]
    choirs = [s for s in suggestions if set(s["names"]) == {"North Choir", "South Choir"}]
    assert choirs, suggestions
    reason = choirs[0]["reason"]
    assert "both work on music" in reason and "m apart" in reason and "would join" in reason
    assert suggestions[0] is choirs[0]  # the best introduction ranks first
    # Groups already sharing a member are never suggested.
    assert not [s for s in suggestions if set(s["names"]) == {"North Choir", "North Youth"}]


def test_step_back_shows_who_loses_touch(two_estates):
    metrics = compute_metrics(social_graph(two_estates))
    effect = step_back(metrics, "Rosa")
    assert effect["newly_isolated"] == []
    assert len(effect["cut_off"]) == 1
    assert effect["cut_off"][0]["size"] == 6  # the smaller estate: 4 people and 2 groups
    hub = step_back(metrics, "South School")
    assert {p["name"] for p in hub["newly_isolated"]} == set()
    lone = Ward()
    lone.person("Hub"), lone.person("Leaf"), lone.person("Other")
    lone.link("Hub", "Leaf"), lone.link("Hub", "Other")
    effect = step_back(compute_metrics(social_graph(lone.project)), "Hub")
    assert {p["name"] for p in effect["newly_isolated"]} == {"Leaf", "Other"}


def test_result_is_plain_json_with_the_required_fields(two_estates):
    result = json.loads(json.dumps(analyse_project(two_estates), allow_nan=False))
    node = next(n for n in result["nodes"] if n["id"] == "Ed")
    assert {"id", "name", "kind", "degree", "betweenness", "constraint", "effective_size",
            "cluster", "connector_score"} <= set(node)
    assert node["constraint"] is None and node["degree"] == 0
    assert all({"id", "name", "reason"} <= set(c) for c in result["connectors"])
    assert all({"kind", "reason", "ids"} <= set(g) for g in result["gaps"])


def test_the_sample_ward_built_ins_are_found():
    project = open_project(SAMPLE)
    result = analyse_project(project)
    people = {p.id: p for p in project.people}
    top = result["connectors"][0]
    assert people[top["id"]].home_area != "Hollins estate" or "Hollins" in top["reason"]
    assert top["reason"].startswith("the only link between")
    hangs = [g for g in result["gaps"] if g["kind"] == "cluster_hangs_on_one_person"]
    assert hangs and hangs[0]["ids"] == [top["id"]] and "Hollins estate" in hangs[0]["reason"]
    isolated_people = [g for g in result["gaps"] if g["kind"] == "isolated_person"]
    assert len(isolated_people) == 5
    assert [g["ids"] for g in result["gaps"] if g["kind"] == "isolated_group"] == [
        [g.id for g in project.groups if g.name == "Millbrook Pigeon Fanciers"]]
    assert len(result["connectors"]) >= 5
    assert len([c for c in result["summary"]["clusters"] if c["size"] >= 30]) == 4
