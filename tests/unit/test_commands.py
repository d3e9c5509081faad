import copy

import pytest
from shapely.geometry import Point

from assetmap.model import AddRecord, Asset, ChangeRecord, Link, Macro, RemoveRecord
from assetmap.model.commands import remove_records


def snapshot(project):
    return (list(project.assets), list(project.people), list(project.groups),
            list(project.links), dict(project.network_layout))


def do_undo_redo(command, project):
    before = snapshot(project)
    command.do(project)
    after = snapshot(project)
    assert after != before, "the command changed nothing"
    command.undo(project)
    assert snapshot(project) == before
    command.do(project)
    assert snapshot(project) == after


def test_add_asset(rich_project):
    do_undo_redo(AddRecord(Asset(id="new", name="Café", category="economic",
                                 geometry=Point(-3.5, 52.4))), rich_project)


def test_remove_person_takes_links_and_layout_and_gives_them_back(rich_project):
    command = RemoveRecord(rich_project.people["p1"])
    do_undo_redo(command, rich_project)
    assert "p1" not in rich_project.people
    assert not rich_project.links_touching("p1")
    assert "p1" not in rich_project.network_layout


def test_remove_meeting_place_clears_and_restores_it(rich_project):
    command = RemoveRecord(rich_project.assets["hall"])
    command.do(rich_project)
    assert rich_project.groups["g1"].meeting_place_id is None
    command.undo(rich_project)
    assert rich_project.groups["g1"].meeting_place_id == "hall"
    assert rich_project.links["l3"].target_id == "hall"


def test_change_and_drag_merge_into_one_step(rich_project):
    hall = rich_project.assets["hall"]
    first = ChangeRecord(hall, hall.with_changes(geometry=Point(-3.49, 52.4)), merge_key="drag-1")
    first.do(rich_project)
    moved = rich_project.assets["hall"]
    second = ChangeRecord(moved, moved.with_changes(geometry=Point(-3.48, 52.4)), merge_key="drag-1")
    second.do(rich_project)
    assert first.merge_with(second)
    first.undo(rich_project)
    assert rich_project.assets["hall"] == hall
    first.do(rich_project)
    assert rich_project.assets["hall"].geometry.equals(Point(-3.48, 52.4))


def test_changes_with_other_keys_do_not_merge(rich_project):
    hall = rich_project.assets["hall"]
    a = ChangeRecord(hall, hall.with_changes(name="A"), merge_key="k1")
    b = ChangeRecord(hall, hall.with_changes(name="B"), merge_key="k2")
    assert not a.merge_with(b)
    assert not ChangeRecord(hall, hall.with_changes(name="C")).merge_with(a)


def test_macro_is_all_or_nothing(rich_project):
    before = snapshot(rich_project)
    good = AddRecord(Asset(id="x1", name="One", category="cultural"))
    clash = AddRecord(Asset(id="hall", name="Duplicate id", category="cultural"))
    with pytest.raises(KeyError):
        Macro("Import", [good, clash]).do(rich_project)
    assert snapshot(rich_project) == before


def test_multi_delete_with_links_between_deleted_records(rich_project):
    records = [rich_project.people["p1"], rich_project.links["l1"], rich_project.groups["g1"]]
    do_undo_redo(remove_records(records), rich_project)
    assert not rich_project.links_touching("g1")


def test_collections_announce_changes(rich_project):
    seen = []
    rich_project.assets.added.connect(lambda r: seen.append(("added", r.id)))
    rich_project.assets.removed.connect(lambda r: seen.append(("removed", r.id)))
    rich_project.assets.changed.connect(lambda old, new: seen.append(("changed", new.name)))
    command = ChangeRecord(rich_project.assets["park"], rich_project.assets["park"].with_changes(name="P2"))
    command.do(rich_project)
    command.undo(rich_project)
    AddRecord(Asset(id="z", name="Z", category="economic")).do(rich_project)
    RemoveRecord(rich_project.assets["z"]).do(rich_project)
    assert seen == [("changed", "P2"), ("changed", "Parc"), ("added", "z"), ("removed", "z")]


def test_records_reject_bad_values():
    with pytest.raises(ValueError, match="category"):
        Asset(id="a", name="A", category="shop")
    with pytest.raises(ValueError, match="link type"):
        Link(id="l", source_id="a", target_id="b", type="likes")
    with pytest.raises(ValueError, match="two different"):
        Link(id="l", source_id="a", target_id="a", type="knows")


def test_records_are_values(rich_project):
    hall = rich_project.assets["hall"]
    assert copy.deepcopy(hall) == hall
    assert hall.with_changes(name="Other") != hall
