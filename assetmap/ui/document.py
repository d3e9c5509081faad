"""The open ward: its project, where it is saved, and its undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from assetmap.io.gpkg_store import GeoPackageStore
from assetmap.model.commands import Command
from assetmap.model.project import Project
from assetmap.ui.undo import UndoableCommand


class Document(QObject):
    modified_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(self, project: Project, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def apply(self, command: Command) -> None:
        """Every edit from the window comes through here, as one undoable step."""
        self.undo_stack.push(UndoableCommand(self.project, command))

    def save(self, path: Path | None = None) -> Path:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file chosen to save to")
        GeoPackageStore(target).save(self.project)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        return target
