"""The installable app: build.spec makes a one-folder bundle that runs with no Python.

Slow (a PyInstaller build takes a minute or two): it runs in `make test` and can be left out
with `-m "not slow"`.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"], check=True,
                   capture_output=True)
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work), "build.spec"],
                           cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stderr[-4000:]
    app = dist / "assetmap" / "assetmap"
    assert app.exists()
    # No Python on the path and none of ours importable: only what the folder carries.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([str(app), "--self-test"], capture_output=True, text=True, timeout=300, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("opened the sample ward", "drew the map", "wrote the offline web map", "wrote the PDF report"):
        assert f"ok  {step}" in result.stdout
    bundled = {p.name for p in (dist / "assetmap").rglob("*")}
    assert not any(name.startswith(("libqgtk3", "libqvnc", "_tkinter")) for name in bundled)
    assert not any("pytest" in name for name in bundled)
    size = sum(p.stat().st_size for p in (dist / "assetmap").rglob("*") if p.is_file())
    print(f"bundle size {size / 1024 ** 2:.0f} MiB")
    assert os.access(app, os.X_OK)
