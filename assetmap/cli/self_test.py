"""`assetmap --self-test`: does an installed or bundled app work?"""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError


def self_test() -> int:
    """Check an installed or bundled app works: the sample ward opened, drawn, exported as a
    web map and written up as a report, in a throw-away folder."""
    import shutil
    import tempfile
    import time

    from assetmap.app import application
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.webmap import external_loads, write_webmap
    from assetmap.paths import sample_ward_path
    from assetmap.ui.render import render_to_file
    from assetmap.ui.report import write_report

    start = time.perf_counter()
    application()
    with tempfile.TemporaryDirectory(prefix="assetmap-self-test-") as folder:
        ward = Path(folder) / "millbrook.gpkg"
        shutil.copy(sample_ward_path(), ward)
        project = open_project(ward)
        checks = [
            ("opened the sample ward", f"{len(project.assets)} assets, {len(project.people)} people"),
        ]
        shown = time.perf_counter()
        from PySide6.QtWidgets import QApplication

        from assetmap.ui.main_window import MainWindow

        window = MainWindow(project, None)
        window.show()
        QApplication.processEvents()
        window.canvas.viewport().grab()
        checks.append(("showed the window", f"{time.perf_counter() - shown:.2f} s after start-up"))
        window.close()
        png = render_to_file(project, Path(folder) / "map.png", (800, 600))
        checks.append(("drew the map", f"{png.stat().st_size:,} bytes"))
        page = write_webmap(project, Path(folder) / "map.html", gap_distance=None)
        outside = external_loads(page.read_text(encoding="utf-8"))
        if outside:
            raise AssetmapError(f"self-test: the web map would load {outside[0]}")
        checks.append(("wrote the offline web map", f"{page.stat().st_size:,} bytes"))
        report = write_report(project, Path(folder) / "report.pdf")
        checks.append(("wrote the PDF report", f"{report.stat().st_size:,} bytes"))
        for what, detail in checks:
            print(f"ok  {what} ({detail})")
    print(f"self-test passed in {time.perf_counter() - start:.1f} s")
    return 0
