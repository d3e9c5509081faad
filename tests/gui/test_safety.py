"""Read-only when someone else edits, autosave and recovery after a crash, backups."""

from PySide6.QtWidgets import QMessageBox
from shapely.geometry import Point

from assetmap.app import build_window
from assetmap.io.gpkg_store import open_project
from assetmap.io.recovery import find_recovery, list_backups, recovery_path
from assetmap.model.commands import AddRecord
from assetmap.model.entities import Asset, ProjectInfo
from assetmap.model.project import Project
from assetmap.ui.main_window import MainWindow


def add_hall(window, name="Recovered Hall"):
    window.document.apply(AddRecord(Asset(id=name.replace(" ", "-"), name=name, category="physical",
                                          geometry=Point(-2.095, 53.6155))))


def test_a_second_window_opens_read_only(window, qtbot, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open)
    second = MainWindow(Project(ProjectInfo(name="Empty")), None)
    qtbot.addWidget(second)
    assert second.open_path(window.path, ask=False)
    assert asked and "is open for editing by" in asked[0]
    assert second.document.read_only and "(read-only)" in second.windowTitle()
    add_hall(second)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    assert not second.save()
    assert "read-only" in warnings[0]
    copy = tmp_path / "my-copy.gpkg"
    assert second._save_to(copy)
    assert not second.document.read_only
    assert any(a.name == "Recovered Hall" for a in open_project(copy).assets)
    assert not any(a.name == "Recovered Hall" for a in open_project(window.path).assets)


def test_after_a_crash_the_autosaved_changes_are_offered(window, qtbot, monkeypatch):
    path = window.path
    add_hall(window)
    window.autosave()
    assert recovery_path(path).exists() and find_recovery(path) is not None
    # The crash: the process dies, the OS drops its lock; nothing is saved or cleaned up.
    window.document.lock.release()
    window.document.path = None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = build_window(path)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: any(a.name == "Recovered Hall" for a in again.project.assets))  # offered on opening
    assert any(a.name == "Recovered Hall" for a in again.project.assets)
    assert again.document.modified and again.path == path
    assert again.save()
    assert find_recovery(path) is None
    assert any(a.name == "Recovered Hall" for a in open_project(path).assets)


def test_declining_recovery_forgets_it(window, qtbot, monkeypatch):
    path = window.path
    add_hall(window)
    window.autosave()
    window.document.lock.release()
    window.document.path = None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    again = build_window(path)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: find_recovery(path) is None)  # offered on opening, and declined
    assert not again.document.modified
    assert not any(a.name == "Recovered Hall" for a in again.project.assets)


def test_the_last_five_saves_are_kept(window):
    for n in range(7):
        add_hall(window, f"Hall {n}")
        assert window.save()
    backups = list_backups(window.path)
    assert len(backups) == 5
    counts = sorted(len(open_project(b).assets) for b in backups)
    assert counts == list(range(counts[0], counts[0] + 5))
