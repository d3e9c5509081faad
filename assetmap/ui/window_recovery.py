"""Autosave and recovery for the main window: a recovery copy of unsaved changes every few
minutes, offered back when a ward is opened after a crash."""

from __future__ import annotations


from PySide6.QtWidgets import QMessageBox

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.ui.plain import plain


class RecoveryMixin:
    """Methods of MainWindow, kept in their own module to keep each small."""

    def autosave_minutes(self) -> int:
        try:
            return max(int(self.settings.value("autosaveMinutes", 3)), 0)
        except (TypeError, ValueError):
            return 3

    def set_autosave_minutes(self, minutes: int) -> None:
        self.settings.setValue("autosaveMinutes", minutes)
        if minutes > 0:
            self.autosave_timer.start(minutes * 60_000)
        else:
            self.autosave_timer.stop()

    def _choose_autosave(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self, tr("Autosave"), tr("Keep a recovery copy of unsaved changes every how many minutes?\n"
            "(0 switches autosave off)"), self.autosave_minutes(), 0, 120)
        if ok:
            self.set_autosave_minutes(minutes)
            self.say(tr('Autosave every {0} minutes.').format(minutes) if minutes else tr("Autosave is off."))

    def autosave(self) -> None:
        try:
            written = self.document.autosave()
        except (OSError, AssetmapError) as exc:
            self.say(tr('Autosave failed: {0}').format(exc))
            return
        if written:
            self.say(tr("Unsaved changes kept in a recovery copy."), 3000)

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved changes to a ward that was not saved."""
        from assetmap.io.gpkg_store import open_project
        from assetmap.io.recovery import discard_recovery, find_recovery

        if self.path is None or self.document.read_only:
            return False
        found = find_recovery(self.path)
        if found is None:
            return False
        copy, when = found
        answer = QMessageBox.question(
            self, tr("Restore unsaved changes?"),
            plain(tr('assetmap closed without saving changes to “{0}”. A copy was kept at {1} UTC.\n\nRestore those changes? (Your saved ward stays as it is until you save.)').format(self.project.info.name, when.replace('T', ' ')[:16])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            discard_recovery(self.path)
            return False
        try:
            restored = open_project(copy)
        except AssetmapError as exc:
            QMessageBox.warning(self, tr("Could not restore"), plain(str(exc)))
            return False
        path = self.path
        self.install(restored, None)
        self.document.path = path  # unsaved, but belonging to its ward
        self.document.lock = None
        from assetmap.io.locking import ProjectLock

        lock = ProjectLock(path)
        lock.acquire()
        self.document.lock = lock
        self.document.undo_stack.resetClean()
        self._update_title()
        self.say(tr("Restored the unsaved changes; save to keep them."))
        return True
