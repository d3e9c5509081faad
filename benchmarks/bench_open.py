"""Opening a ward: our store against a plain geopandas read of the same layers, and the whole
'assetmap opens the sample ward to a painted window' as a fresh process.

Run: .venv/bin/python benchmarks/bench_open.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_seconds, report  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_data" / "millbrook.gpkg"

PAINTED_WINDOW = """
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
start = time.perf_counter()
from assetmap.app import application, build_window
app = application()
window = build_window({path!r})
window.resize(1920, 1080)
window.show()
app.processEvents()
window.canvas.viewport().grab()
print(time.perf_counter() - start)
"""

BASELINE_PROCESS = """
import time
start = time.perf_counter()
import geopandas, pyogrio
for name, _ in pyogrio.list_layers({path!r}):
    geopandas.read_file({path!r}, layer=name)
print(time.perf_counter() - start)
"""


def process_seconds(code: str, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code.format(path=str(SAMPLE))],
                             capture_output=True, text=True, check=True, cwd=REPO)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    runs.sort()
    return runs[len(runs) // 2]


def main() -> None:
    import geopandas
    import pyogrio

    from assetmap.io.gpkg_store import open_project

    layers = [name for name, _ in pyogrio.list_layers(SAMPLE)]
    ours = median_seconds(lambda: open_project(SAMPLE))
    base = median_seconds(lambda: [geopandas.read_file(SAMPLE, layer=n) for n in layers])
    window = process_seconds(PAINTED_WINDOW)
    plain = process_seconds(BASELINE_PROCESS)
    report("Opening the sample ward (median)", [
        ("read the project (in process)", ours, base),
        ("fresh process to a painted 1920x1080 window", window, plain),
    ])
    print("\nbaseline: geopandas.read_file of every layer (the second row: a fresh process that "
          "only imports geopandas and reads the layers, drawing nothing)")


if __name__ == "__main__":
    main()
