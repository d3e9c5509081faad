"""Edits as command objects with do/undo and a label.

The window's undo stack wraps these one to one, and headless imports apply the same
commands, so every change to a project goes through one kind of change record.
"""

from __future__ import annotations

from typing import Iterable

from assetmap.model.entities import Link, Record
from assetmap.model.project import Project
from assetmap.model.wording import say, say_noop


class Command:
    label = say_noop("Edit")

    def do(self, project: Project) -> None:
        raise NotImplementedError

    def undo(self, project: Project) -> None:
        raise NotImplementedError

    def merge_with(self, other: "Command") -> bool:
        """Fold ``other`` (done just after this one) into this command; False if it cannot."""
        return False


class AddRecord(Command):
    def __init__(self, record: Record | Link, label: str | None = None) -> None:
        self.record = record
        self.label = label or say("Add {kind} “{name}”", kind=say(record.kind), name=record.name)

    def do(self, project: Project) -> None:
        project.collection_for(self.record).add(self.record)

    def undo(self, project: Project) -> None:
        project.collection_for(self.record).remove(self.record.id)


class AddRecords(Command):
    """Many new records of one kind as one step (an import of thousands of rows)."""

    def __init__(self, records: list[Record], label: str) -> None:
        self.records = list(records)
        self.label = label

    def do(self, project: Project) -> None:
        if self.records:
            project.collection_for(self.records[0]).add_all(self.records)

    def undo(self, project: Project) -> None:
        if self.records:
            project.collection_for(self.records[0]).remove_all(self.records)


class RemoveRecord(Command):
    """Remove a record and every link that touches it; undo puts all of them back."""

    def __init__(self, record: Record | Link, label: str | None = None) -> None:
        self.record = record
        self.label = label or say("Delete {kind} “{name}”", kind=say(record.kind), name=record.name)
        self._links: list[tuple[int, Link]] = []
        self._position = 0
        self._layout: tuple[float, float] | None = None
        self._meeting_place_of: list[Record] = []
        self._votes: list[tuple[int, Record]] = []

    def do(self, project: Project) -> None:
        rid = self.record.id
        touching = [] if isinstance(self.record, Link) else project.links_touching(rid)
        self._links = [(project.links.position(link.id), link) for link in touching]
        for _, link in reversed(self._links):
            project.links.remove(link.id)
        # Groups that met here keep existing but lose the meeting place.
        self._meeting_place_of = [g for g in project.groups if g.meeting_place_id == rid]
        for group in self._meeting_place_of:
            project.groups.replace(group.with_changes(meeting_place_id=None))
        self._layout = project.network_layout.pop(rid, None)
        self._votes = [(project.votes.position(v.id), v) for v in project.votes
                       if getattr(v, "asset_id", None) == rid]
        for _, vote in reversed(self._votes):
            project.votes.remove(vote.id)
        collection = project.collection_for(self.record)
        self._position = collection.position(rid)
        collection.remove(rid)

    def undo(self, project: Project) -> None:
        project.collection_for(self.record).add(self.record, self._position)
        if self._layout is not None:
            project.network_layout[self.record.id] = self._layout
        for group in self._meeting_place_of:
            project.groups.replace(group)
        for position, link in self._links:
            project.links.add(link, position)
        for position, vote in self._votes:
            project.votes.add(vote, position)


class ChangeRecord(Command):
    """Replace a record with an edited copy.

    Consecutive changes carrying the same ``merge_key`` (one drag of a marker, one typing
    burst in a field) fold into a single undo step.
    """

    def __init__(self, old: Record | Link, new: Record | Link, label: str | None = None,
                 merge_key: object = None) -> None:
        if old.id != new.id:
            raise ValueError("a change must keep the record's id")
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.label = label or say("Edit {kind} “{name}”", kind=say(old.kind), name=new.name)

    def do(self, project: Project) -> None:
        project.collection_for(self.new).replace(self.new)

    def undo(self, project: Project) -> None:
        project.collection_for(self.old).replace(self.old)

    def merge_with(self, other: Command) -> bool:
        if (not isinstance(other, ChangeRecord) or self.merge_key is None
                or other.merge_key != self.merge_key or other.new.id != self.new.id):
            return False
        self.new = other.new
        return True


class Macro(Command):
    """Several commands done as one user action (an import, a multi-delete)."""

    def __init__(self, label: str, commands: Iterable[Command]) -> None:
        self.label = label
        self.commands = list(commands)

    def do(self, project: Project) -> None:
        done: list[Command] = []
        try:
            for command in self.commands:
                command.do(project)
                done.append(command)
        except Exception:
            # All or nothing: a failing step leaves the project as it was.
            for command in reversed(done):
                command.undo(project)
            raise

    def undo(self, project: Project) -> None:
        for command in reversed(self.commands):
            command.undo(project)


def remove_records(records: list[Record | Link]) -> Command:
    """One undoable step deleting several records; links go before the records they join."""
    links = [r for r in records if isinstance(r, Link)]
    others = [r for r in records if not isinstance(r, Link)]
    other_ids = {r.id for r in others}
    # A link also removed by cascade from one of the records must not be removed twice.
    links = [ln for ln in links if ln.source_id not in other_ids and ln.target_id not in other_ids]
    commands: list[Command] = [RemoveRecord(r) for r in links + others]
    if len(commands) == 1:
        return commands[0]
    return Macro(say("Delete {count} records", count=len(commands)), commands)


class SetBasemapLayer(Command):
    """Replace one background-map layer (a drawn boundary, an imported street map)."""

    def __init__(self, layer: str, features: list, label: str) -> None:
        self.layer = layer
        self.features = list(features)
        self.label = label
        self._old: list = []

    def do(self, project: Project) -> None:
        self._old = project.set_basemap_layer(self.layer, self.features)

    def undo(self, project: Project) -> None:
        project.set_basemap_layer(self.layer, self._old)


class ChangeProjectInfo(Command):
    """Change one field of the ward's description (its name, its map credits)."""

    def __init__(self, field: str, value, label: str) -> None:
        self.field = field
        self.value = value
        self.label = label
        self._old = None

    def do(self, project: Project) -> None:
        self._old = getattr(project.info, self.field)
        setattr(project.info, self.field, self.value)

    def undo(self, project: Project) -> None:
        setattr(project.info, self.field, self._old)


class SetNetworkLayout(Command):
    """New positions for the network picture (kept in the project so it stays put)."""

    def __init__(self, positions: dict, label: str | None = None) -> None:
        self.positions = dict(positions)
        self.label = label or say("Arrange the network picture")
        self._old: dict = {}

    def do(self, project: Project) -> None:
        self._old = dict(project.network_layout)
        project.network_layout = dict(self.positions)

    def undo(self, project: Project) -> None:
        project.network_layout = dict(self._old)


class SetResultLayer(Command):
    """Keep an analysis result as a layer of the ward, or drop one."""

    def __init__(self, name: str, layer, label: str) -> None:
        self.name, self.layer, self.label = name, layer, label
        self._old = None

    def do(self, project: Project) -> None:
        self._old = project.set_result(self.name, self.layer)

    def undo(self, project: Project) -> None:
        project.set_result(self.name, self._old)
