"""The scripted first workshop (scripts/new_user_run.py) under a real X server (Xvfb)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_a_new_user_adds_twenty_assets_in_workshop_mode(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                           str(REPO / "scripts" / "new_user_run.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "added 20 assets across 6 kinds" in done.stdout
    minutes = float(done.stdout.split("simulated use ")[1].split(" minutes")[0])
    assert minutes < 10
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    assert shots == ["1-welcome.png", "2-sample-ward.png", "3-workshop-mode.png", "4-adding-an-asset.png",
                     "5-ten-added.png", "6-twenty-added.png", "7-back-to-the-window.png"]
