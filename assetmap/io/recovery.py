"""Autosaved copies of wards with unsaved changes, kept out of the user's folders, and the
backups of the last few saves kept beside each ward."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

from assetmap.model.project import Project

BACKUPS_KEPT = 5


def state_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state"))
    return base / "assetmap"


def recovery_path(project_path: Path) -> Path:
    key = hashlib.sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return state_folder() / "recovery" / f"{key}.gpkg"


def write_recovery(project: Project, project_path: Path) -> Path:
    from assetmap.io.gpkg_store import GeoPackageStore

    target = recovery_path(project_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    GeoPackageStore(target).save(project, backup=False)
    note = {"project": str(Path(project_path).resolve()),
            "saved_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat()}
    target.with_suffix(".json").write_text(json.dumps(note), encoding="utf-8")
    return target


def find_recovery(project_path: Path) -> tuple[Path, str] | None:
    """An autosaved copy newer than the ward's last save, with when it was made."""
    target = recovery_path(project_path)
    note_file = target.with_suffix(".json")
    if not target.exists() or not note_file.exists():
        return None
    try:
        note = json.loads(note_file.read_text(encoding="utf-8"))
        if Path(note["project"]) != Path(project_path).resolve():
            return None
        if Path(project_path).exists() and target.stat().st_mtime <= Path(project_path).stat().st_mtime:
            return None
        return target, str(note["saved_at"])
    except (OSError, ValueError, KeyError):
        return None


def discard_recovery(project_path: Path) -> None:
    target = recovery_path(project_path)
    for path in (target, target.with_suffix(".json")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(f".{project_path.name}.backups")


def keep_backup(project_path: Path) -> Path | None:
    """Keep the ward as it was before a save: a hard link (no copying) where the file system
    allows, else a copy. Only the newest few are kept."""
    if not project_path.exists():
        return None
    folder = backup_folder(project_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    backup = folder / f"{project_path.stem}-{stamp}{project_path.suffix}"
    try:
        os.link(project_path, backup)
    except OSError:
        shutil.copy2(project_path, backup)
    for old in list_backups(project_path)[BACKUPS_KEPT:]:
        old.unlink()
    return backup


def list_backups(project_path: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{project_path.stem}-*{project_path.suffix}"), reverse=True)
