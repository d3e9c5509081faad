"""The main flows in one process, for the no-network test: open, edit, analyse, gaps, web
map, report, render, save. Run as a script: python flows_script.py WARD.gpkg OUTDIR"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shapely.geometry import Point


def main(ward: Path, out: Path) -> None:
    from assetmap.analysis.network_report import analyse_project
    from assetmap.analysis.walking import ward_coverage
    from assetmap.app import build_window
    from assetmap.io.data_export import export_data
    from assetmap.io.webmap import write_webmap
    from assetmap.model.commands import AddRecord
    from assetmap.model.entities import Asset
    from assetmap.ui.print_layout import PrintOptions, print_to_file
    from assetmap.ui.report import write_report

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(ward)
    window.show()
    app.processEvents()
    window.document.apply(AddRecord(Asset(id="offline", name="Offline Hall", category="physical",
                                           geometry=Point(-2.095, 53.6155))))
    project = window.project
    analyse_project(project)
    ward_coverage(project, (800.0,))
    write_webmap(project, out / "ward.html")
    write_report(project, out / "ward.pdf")
    print_to_file(project, out / "ward.png", PrintOptions(paper="A4", dpi=100))
    export_data(project, out / "ward.geojson")
    window.network_panel.run()  # the analysis as the window runs it, off the GUI thread
    for _ in range(50):
        app.processEvents()
    assert window.save()
    window.close()
    print("flows done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
