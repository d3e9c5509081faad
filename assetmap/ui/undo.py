"""The window's undo stack: each QUndoCommand wraps one model command, so the stack and
headless code share one kind of change record."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from assetmap.model.commands import ChangeRecord, Command
from assetmap.model.project import Project

MERGEABLE = 1


class UndoableCommand(QUndoCommand):
    def __init__(self, project: Project, command: Command) -> None:
        super().__init__(command.label)
        self.project = project
        self.command = command

    def redo(self) -> None:  # QUndoStack calls redo() when the command is pushed
        self.command.do(self.project)

    def undo(self) -> None:
        self.command.undo(self.project)

    def id(self) -> int:
        if isinstance(self.command, ChangeRecord) and self.command.merge_key is not None:
            return MERGEABLE
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, UndoableCommand) and self.command.merge_with(other.command)
