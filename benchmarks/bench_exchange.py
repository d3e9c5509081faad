"""Imports and exports at scale: a 100,000-row CSV imported into a ward (target under 5 s) and
the web map of 10,000 assets (target under 5 s), each against a plain baseline in the same run.

Baselines: for the import, pandas reads the CSV, geopandas makes points and pyogrio writes
them to a GeoPackage (no checks, no skipped rows, no repeats found, no undo); for the web
map, folium's documented way: a MarkerCluster with one folium.Marker per asset, popups
included, saved to HTML (and loading Leaflet from the internet).

Run: .venv/bin/python benchmarks/bench_exchange.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_map  # noqa: E402

ROWS = 100_000
WEB_ASSETS = 10_000


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(3)
    kinds = ["individual", "association", "institution", "physical", "economic", "cultural"]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("name,category,latitude,longitude,description,tags\n")
        for i in range(rows):
            handle.write(f"Place {i},{kinds[i % 6]},{53.58 + rng.random() * 0.072:.6f},"
                         f"{-2.15 + rng.random() * 0.12:.6f},Somewhere useful,\"tag{i % 17}, local\"\n")


def import_as_a_command(project: Path, csv: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assetmap", "import", str(project), str(csv), "--kind", "assets"],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def plain_import(csv: Path, out: Path) -> float:
    start = time.perf_counter()
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    frame = pd.read_csv(csv)
    points = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame.longitude, frame.latitude), crs="EPSG:4326")
    pyogrio.write_dataframe(points, out, layer="assets", driver="GPKG")
    return time.perf_counter() - start


def plain_folium(project, out: Path) -> float:
    start = time.perf_counter()
    import folium
    from folium.plugins import MarkerCluster

    fmap = folium.Map(location=[53.62, -2.09], zoom_start=13)
    cluster = MarkerCluster().add_to(fmap)
    for asset in project.assets:
        lon, lat = asset.location
        folium.Marker([lat, lon], popup=asset.name, tooltip=asset.name).add_to(cluster)
    fmap.save(str(out))
    return time.perf_counter() - start


def ours_webmap(project, out: Path) -> float:
    from assetmap.io.webmap import write_webmap

    start = time.perf_counter()
    write_webmap(project, out, gap_distance=None)
    return time.perf_counter() - start


def main() -> None:
    from assetmap.io.projects import create_project

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        csv = folder / "big.csv"
        write_csv(csv, ROWS)
        ours, base = [], []
        for run in range(3):
            project = folder / f"ward{run}.gpkg"
            create_project(project, "Big import")
            ours.append(import_as_a_command(project, csv))
            base.append(plain_import(csv, folder / f"plain{run}.gpkg"))
        print(f"\nimport {ROWS:,} CSV rows: assetmap import (whole command) median {sorted(ours)[1]:.2f} s; "
              f"plain pandas+geopandas+pyogrio {sorted(base)[1]:.2f} s; ratio {sorted(ours)[1] / sorted(base)[1]:.2f}x "
              f"(target: under 5 s)")
        project = synthetic_map(WEB_ASSETS, 2000)
        ours, base = [], []
        for run in range(3):
            ours.append(ours_webmap(project, folder / f"ours{run}.html"))
            base.append(plain_folium(project, folder / f"plain{run}.html"))
        size = (folder / "ours0.html").stat().st_size / 1e6
        print(f"web map of {WEB_ASSETS:,} assets: ours median {sorted(ours)[1]:.2f} s ({size:.1f} MB, offline); "
              f"plain folium markers {sorted(base)[1]:.2f} s; speed-up {sorted(base)[1] / sorted(ours)[1]:.1f}x "
              f"(target: under 5 s)")


if __name__ == "__main__":
    main()
