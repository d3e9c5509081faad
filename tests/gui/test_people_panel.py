"""People and groups in the window: add, edit, delete and link, each undoable."""

from assetmap.model import Group, Person


def test_add_link_and_undo(window, qtbot):
    panel = window.people_panel
    people, links = len(window.project.people), len(window.project.links)
    panel.add_record(Person(id="new-person", name="Grace Okafor", home_area="Hollins estate"))
    panel.add_record(Group(id="new-group", name="Hollins Sewing Circle", themes=("crafts",)))
    assert len(window.project.people) == people + 1
    names = [panel.people.list.item(i).text() for i in range(panel.people.list.count())]
    assert "Grace Okafor  (no consent recorded)" in names
    window.document.apply(panel.link_command("new-group", "new-person"))
    link = next(ln for ln in window.project.links if ln.touches("new-person"))
    assert (link.source_id, link.target_id, link.type) == ("new-person", "new-group", "member")
    assert len(window.project.links) == links + 1
    for _ in range(3):
        window.action_undo.trigger()
    assert len(window.project.people) == people and len(window.project.links) == links
    for _ in range(3):
        window.action_redo.trigger()
    assert window.project.links[link.id] == link


def test_deleting_a_person_removes_their_links_and_undo_restores_them(window, qtbot):
    panel = window.people_panel
    person = next(p for p in window.project.people if window.project.links_touching(p.id))
    touching = window.project.links_touching(person.id)
    row = next(i for i in range(panel.people.list.count())
               if panel.people.list.item(i).data(256) == person.id)
    panel.people.list.item(row).setSelected(True)
    panel.people.delete.click()
    assert person.id not in window.project.people
    assert not window.project.links_touching(person.id)
    window.action_undo.trigger()
    assert window.project.links_touching(person.id) == touching


def test_people_and_groups_cannot_be_linked_the_wrong_way(window):
    import pytest

    panel = window.people_panel
    group = next(iter(window.project.groups))
    asset = next(iter(window.project.assets))
    person = next(iter(window.project.people))
    assert panel.link_command(group.id, asset.id).record.type == "meets_at"
    with pytest.raises(ValueError):
        panel.link_command(person.id, asset.id)
