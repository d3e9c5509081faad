"""The app and the command open no network connection unless online tiles are on.

Every process runs under strace, which logs each connect() from any thread or library (GDAL,
PROJ and Qt included, not just Python), inside a network namespace with no way out when the
machine allows one, so any attempt is both refused and seen. Local (Unix and loopback)
connections are allowed: D-Bus, the X server, and our own helper processes.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


HERE = Path(__file__).resolve().parent
LOCAL = re.compile(r"sa_family=AF_(UNIX|NETLINK)|inet_addr\(\"127\.|inet_pton\(AF_INET6, \"::1\"|\"::ffff:127\.")


def isolated(command: list[str], log: Path) -> list[str]:
    strace = shutil.which("strace")
    if strace is None:
        raise AssertionError("strace is missing: `make test` installs it (Debian package strace)")
    traced = [strace, "-f", "-qq", "-e", "trace=connect", "-o", str(log)] + command
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        return ["unshare", "-n"] + traced
    return traced


def outside_attempts(log: Path) -> list[str]:
    lines = [line for line in log.read_text().splitlines() if "connect(" in line]
    return [line for line in lines if not LOCAL.search(line)]


def run_isolated(command: list[str], tmp_path: Path, name: str) -> list[str]:
    log = tmp_path / f"{name}.strace"
    done = subprocess.run(isolated(command, log), capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    return outside_attempts(log)


def test_the_window_flows_make_no_connection(sample_path, tmp_path):
    attempts = run_isolated([sys.executable, str(HERE / "flows_script.py"), str(sample_path), str(tmp_path)],
                            tmp_path, "window")
    assert attempts == []
    assert (tmp_path / "ward.html").exists() and (tmp_path / "ward.pdf").exists()


@pytest.mark.parametrize("args", [
    ["info", "{ward}"], ["analyse", "{ward}", "--json"], ["gaps", "{ward}", "--json"],
    ["webmap", "{ward}", "{out}/w.html"], ["report", "{ward}", "{out}/r.pdf"],
    ["render", "{ward}", "{out}/m.pdf", "--paper", "A4"], ["export", "{ward}", "{out}/a.kml"],
], ids=lambda a: a[0])
def test_the_commands_make_no_connection(sample_path, tmp_path, args):
    command = [sys.executable, "-m", "assetmap"] + [a.format(ward=sample_path, out=tmp_path) for a in args]
    assert run_isolated(command, tmp_path, args[0]) == []


def test_the_check_would_see_an_attempt(tmp_path):
    """The same harness catches a real attempt, so an empty log means something."""
    code = ("import socket\ns = socket.socket()\ns.settimeout(2)\n"
            "try:\n    s.connect(('93.184.216.34', 80))\nexcept OSError:\n    pass\n")
    attempts = run_isolated([sys.executable, "-c", code], tmp_path, "probe")
    assert attempts and "93.184.216.34" in attempts[0]
