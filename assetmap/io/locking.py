"""One writer at a time: a lock file beside the ward (``ward.gpkg.lock``) names who holds it.

The holder keeps an OS lock (flock) on the file for as long as it runs. The OS drops that
lock when the holder's process ends however it ends, so a lock left by a crash blocks no one:
the next comer takes the OS lock and with it the file. Where flock is missing (Windows), a
process id on this computer that no longer runs marks the lock as stale.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from assetmap.errors import AssetmapError
from assetmap.model.wording import say

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    program: str
    since: str

    def describe(self) -> str:
        when = self.since.replace("T", " ")[:16]
        return say("{user} on {host} ({program}, process {pid}, since {when} UTC)", user=self.user,
                   host=self.host, program=self.program, pid=self.pid, when=when)


class ProjectLocked(AssetmapError):
    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.path, self.holder = path, holder
        who = holder.describe() if holder else say("another program")
        super().__init__(say("{path}: is open for editing by {who}; close it there first, or open it read-only",
                             path=path, who=who))


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    def __init__(self, project: Path, program: str = "assetmap") -> None:
        self.project = Path(project)
        self.path = lock_path(self.project)
        self.program = program
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise ProjectLocked naming who has it."""
        if self._fd is not None:
            return
        for _ in range(5):  # the file may vanish between our open and our lock: try again
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not self._os_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise ProjectLocked(self.project, holder)
            try:
                same_file = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same_file = False
            if not same_file:
                os.close(fd)
                continue
            if fcntl is None:
                holder = _read_holder(fd)
                if holder and _alive_here(holder):
                    os.close(fd)
                    raise ProjectLocked(self.project, holder)
            self._write_holder(fd)
            self._fd = fd
            return
        raise ProjectLocked(self.project, None)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        os.close(self._fd)  # closing drops the OS lock
        self._fd = None

    def __enter__(self) -> "ProjectLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    @staticmethod
    def _os_lock(fd: int) -> bool:
        if fcntl is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _write_holder(self, fd: int) -> None:
        info = {"user": _user(), "host": socket.gethostname(), "pid": os.getpid(), "program": self.program,
                "since": datetime.now(timezone.utc).replace(microsecond=0).isoformat()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
        os.fsync(fd)


def current_holder(project: Path) -> LockHolder | None:
    """Who holds the ward now, or None (no lock, or one left by a process that died)."""
    path = lock_path(Path(project))
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        if ProjectLock._os_lock(fd):
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
                return None
            holder = _read_holder(fd)
            return holder if holder and _alive_here(holder) else None
        return _read_holder(fd)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["program"]),
                          str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive_here(holder: LockHolder) -> bool:
    if holder.host != socket.gethostname():
        return True  # another computer's process: assume it runs
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return say("someone")
