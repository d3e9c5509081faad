"""The open ward: its project, where it is saved, and its undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.io.gpkg_store import GeoPackageStore
from assetmap.io.locking import ProjectLock
from assetmap.io.recovery import discard_recovery, write_recovery
from assetmap.model.commands import Command
from assetmap.model.project import Project
from assetmap.ui.undo import UndoableCommand


class Document(QObject):
    modified_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(self, project: Project, path: Path | None = None, parent=None,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.read_only = read_only
        self.lock: ProjectLock | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._autosaved_at = 0
        if path is not None and not read_only:
            self.lock = ProjectLock(Path(path))
            self.lock.acquire()  # raises ProjectLocked naming the holder

    def close(self) -> None:
        """The window is done with this ward: let others edit it, forget the autosave if the
        changes were saved or deliberately dropped."""
        if self.path is not None and not self.read_only:
            discard_recovery(self.path)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def autosave(self) -> Path | None:
        """Write the unsaved changes to the recovery file, if there are new ones."""
        if self.path is None or self.read_only or not self.modified:
            return None
        if self._autosaved_at == self.undo_stack.index():
            return None
        written = write_recovery(self.project, self.path)
        self._autosaved_at = self.undo_stack.index()
        return written

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
        if target == self.path and self.read_only:
            raise AssetmapError(tr('{0}: opened read-only, as someone else is editing it; use Save as to keep your changes in another file').format(target))
        new_lock = None
        if target != self.path or self.lock is None:
            new_lock = ProjectLock(target)
            new_lock.acquire()
        try:
            GeoPackageStore(target).save(self.project)
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        if self.path is not None:
            discard_recovery(self.path)
        self.undo_stack.setClean()
        if new_lock is not None:
            if self.lock is not None:
                self.lock.release()
            self.lock, self.read_only = new_lock, False
        if target != self.path:
            self.path = target
            self.path_changed.emit(target)
        return target
