"""The ``assetmap`` command: with no subcommand it opens the window; subcommands work headless.

Every failure the user can act on prints one line to stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from assetmap import __version__
from assetmap.errors import AssetmapError
from assetmap.model.categories import CATEGORY_KEYS

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(func: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = func
        return func
    return register


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assetmap",
        description="Map a ward's community assets, people and groups, offline.",
        epilog="With no command, 'assetmap [PROJECT.gpkg]' opens the app.")
    parser.add_argument("--version", action="version", version=f"assetmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create a new ward project file")
    new.add_argument("project", help="the .gpkg file to create")
    new.add_argument("--name", required=True, help="the ward's name")
    new.add_argument("--boundary", help="a polygon file (any format GDAL reads) with the ward boundary")
    new.add_argument("--boundary-name", help="the ward's name or code in a boundary file holding many areas")
    new.add_argument("--crs", help="coordinate system of the boundary file when it names none, e.g. EPSG:27700")

    info = sub.add_parser("info", help="summarise a project")
    info.add_argument("project")
    info.add_argument("--json", action="store_true", help="print one JSON object")

    analyse = sub.add_parser("analyse", aliases=["analyze"],
                             help="find connectors, gaps and introductions in the network")
    analyse.add_argument("project")
    analyse.add_argument("--json", action="store_true", help="print one JSON object")

    render = sub.add_parser("render", help="draw the map to a PNG, PDF or SVG file")
    render.add_argument("project")
    render.add_argument("output", help="OUT.png, OUT.pdf or OUT.svg")
    render.add_argument("--size", default="1600x1200", help="width x height in pixels (default 1600x1200)")
    render.add_argument("--bbox", help="minlon,minlat,maxlon,maxlat to show (default: the whole ward)")
    render.add_argument("--paper", choices=["A4", "A3", "A2", "A1", "A0"],
                        help="a printable page with title, key, scale bar, north arrow and credits")
    render.add_argument("--landscape", action="store_true", help="landscape page (default portrait)")
    render.add_argument("--title", help="the page title (default: the ward's name)")
    render.add_argument("--dpi", type=int, default=300, help="dots per inch of a printed page (default 300)")
    render.add_argument("--grid", action="store_true",
                        help="a workshop poster: squares lettered A-H and numbered 1-8, and numbered assets")

    gaps = sub.add_parser("gaps", help="parts of the ward far from any asset of a kind, by walking distance")
    gaps.add_argument("project")
    gaps.add_argument("--distance", type=float, default=800.0, help="walking distance in metres (default 800)")
    gaps.add_argument("--category", choices=list(CATEGORY_KEYS), help="one kind of asset (default: all six)")
    gaps.add_argument("--tag", help="only assets with this tag (e.g. 'meeting place')")
    gaps.add_argument("--json", action="store_true", help="print one JSON object")
    gaps.add_argument("--asset", help="one asset's catchment instead (its id or name): what it reaches, "
                      "and what only it reaches among its kind")
    gaps.add_argument("--save", action="store_true", help="keep the result as a layer in the project")
    gaps.add_argument("--output", help="also write the result to OUT.gpkg or OUT.geojson")

    density = sub.add_parser("density", help="count assets of each kind on a grid of hexagons over the ward")
    density.add_argument("project")
    density.add_argument("--size", type=float, default=250.0, help="hexagon size, centre to corner, in metres")
    density.add_argument("--save", action="store_true", help="keep the result as a layer in the project")
    density.add_argument("--output", help="also write the result to OUT.gpkg or OUT.geojson")
    density.add_argument("--json", action="store_true", help="print one JSON object")

    imp = sub.add_parser("import", help="bring assets, people, links or background map data into a project")
    imp.add_argument("project")
    imp.add_argument("file", help="CSV/TSV/XLSX, GeoJSON, KML/KMZ, GPX, Shapefile (or .zip), GeoPackage")
    imp.add_argument("--kind", required=True,
                     choices=["assets", "people", "groups", "links", "streets", "basemap", "boundary"],
                     help="what the file holds")
    imp.add_argument("--category", choices=list(CATEGORY_KEYS),
                     help="the kind of asset for rows that do not say (assets)")
    imp.add_argument("--crs", help="coordinate system when the file does not say or the guess is wrong, "
                     "e.g. EPSG:27700 (British National Grid), EPSG:29902 (Irish Grid)")
    imp.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                     help="which column fills a field, e.g. name=comments or easting=X (repeatable)")
    imp.add_argument("--layer", help="which layer of a GeoPackage or map file to read")
    imp.add_argument("--boundary-name", help="the ward's name or code in a boundary file holding many areas")
    imp.add_argument("--margin", type=float, default=1000.0,
                     help="skip assets more than this many metres outside the ward (default 1000)")
    imp.add_argument("--keep-outside", action="store_true", help="keep assets however far from the ward")
    imp.add_argument("--no-merge", action="store_true",
                     help="do not merge repeats (same name within 25 m); list them and leave them out")
    imp.add_argument("--basemap-layer", choices=["streets", "buildings", "water", "green_space"],
                     help="which background layer a basemap file fills (default: lines are streets, "
                     "shapes are buildings)")

    export = sub.add_parser("export", help="write the assets (or the network) as a data file")
    export.add_argument("project")
    export.add_argument("output", help="OUT.gpkg, OUT.geojson, OUT.csv, OUT.kml, OUT.zip (Shapefile), "
                        "OUT.graphml or OUT.gexf")
    export.add_argument("--include-names", action="store_true",
                        help="include people's names and exact places (by default they are withheld)")

    webmap = sub.add_parser("webmap", help="write an interactive map as one HTML file that works offline")
    webmap.add_argument("project")
    webmap.add_argument("output", help="OUT.html")
    webmap.add_argument("--include-names", action="store_true",
                        help="include people's names and exact places (by default they are withheld)")
    webmap.add_argument("--gap-distance", type=float, default=800.0,
                        help="walking distance for the gap layers in metres (default 800)")
    webmap.add_argument("--no-gaps", action="store_true", help="leave out the gap layers")

    report = sub.add_parser("report", help="write the ward asset profile as a PDF or Word file")
    report.add_argument("project")
    report.add_argument("output", help="OUT.pdf or OUT.docx")
    report.add_argument("--include-names", action="store_true",
                        help="name people (by default they appear as 'Person N' with their role)")

    network = sub.add_parser("export-network", help="write the network for Gephi or a spreadsheet")
    network.add_argument("project")
    network.add_argument("output", help="OUT.graphml, OUT.gexf or OUT.csv (an edge list)")
    network.add_argument("--include-names", action="store_true",
                         help="write people's names (by default they are anonymised)")
    return parser


def _project_path(text: str, must_exist: bool = True) -> Path:
    path = Path(text)
    if must_exist and not path.exists():
        raise AssetmapError(f"{path}: no such file")
    return path


@command("new")
def _cmd_new(args: argparse.Namespace) -> int:
    from assetmap.io.projects import create_project

    path = _project_path(args.project, must_exist=False)
    project = create_project(path, args.name, args.boundary, args.crs, args.boundary_name)
    print(f"created {path}: ward '{project.info.name}', distances measured in {project.info.metric_crs}")
    return 0


@command("info")
def _cmd_info(args: argparse.Namespace) -> int:
    from assetmap.io.gpkg_store import open_project

    project = open_project(_project_path(args.project))
    counts = project.counts()
    if args.json:
        counts["fictional"] = project.info.fictional
        counts["metric_crs"] = project.info.metric_crs
        counts["basemap"] = {k: len(v) for k, v in project.basemap.items()}
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    print(f"{project.info.name}" + (" (fictional)" if project.info.fictional else ""))
    print(f"  assets: {counts['assets']}")
    for key, n in counts["assets_by_category"].items():
        print(f"    {key:<12} {n}")
    print(f"  people: {counts['people']}   groups: {counts['groups']}   links: {counts['links']}")
    layers = ", ".join(f"{k.replace('_', ' ')} {len(v)}" for k, v in project.basemap.items())
    print(f"  basemap: {layers}")
    return 0


@command("analyse")
def _cmd_analyse(args: argparse.Namespace) -> int:
    from assetmap.analysis import engine
    from assetmap.analysis.network_report import analyse_project, summary_text
    from assetmap.io.gpkg_store import open_project

    path = _project_path(args.project)
    engine.warm_up_helpers()  # their start-up overlaps reading the project
    project = open_project(path)
    result = analyse_project(project)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary_text(result))
    return 0


COMMANDS["analyze"] = _cmd_analyse


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise AssetmapError(f"--size {text!r}: give it as WIDTHxHEIGHT, e.g. 1920x1080") from None
    return width, height


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4:
        raise AssetmapError(f"--bbox {text!r}: give it as minlon,minlat,maxlon,maxlat")
    return values  # type: ignore[return-value]


@command("render")
def _cmd_render(args: argparse.Namespace) -> int:
    from assetmap.io.gpkg_store import open_project

    project = open_project(_project_path(args.project))
    size, bbox = _size(args.size), _bbox(args.bbox)
    from assetmap.app import gui_application
    from assetmap.ui.render import render_to_file

    gui_application()
    if args.paper or args.title or args.landscape or args.grid:
        from assetmap.ui.print_layout import PrintOptions, print_to_file

        if not 72 <= args.dpi <= 600:
            raise AssetmapError("--dpi must be between 72 and 600")
        options = PrintOptions(paper=args.paper or "A4", landscape=args.landscape,
                               title=args.title or "", dpi=args.dpi, bbox=bbox, grid=args.grid)
        out = print_to_file(project, Path(args.output), options)
        print(f"drew {project.info.name} on {options.paper} {'landscape' if args.landscape else 'portrait'} to {out}")
        return 0
    out = render_to_file(project, Path(args.output), size, bbox)
    print(f"drew {project.info.name} to {out}")
    return 0


@command("export-network")
def _cmd_export_network(args: argparse.Namespace) -> int:
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.network_export import write_network

    project = open_project(_project_path(args.project))
    out = write_network(project, Path(args.output), args.include_names)
    note = "with people's names" if args.include_names else "people anonymised"
    print(f"wrote the network of {project.info.name} to {out} ({note})")
    return 0


def _privacy_note(project, include_names: bool) -> str:
    from assetmap.io.public_view import personal_data_summary

    return "personal data: " + "; ".join(personal_data_summary(project, include_names))


@command("export")
def _cmd_export(args: argparse.Namespace) -> int:
    from assetmap.io.data_export import export_data, export_format
    from assetmap.io.gpkg_store import open_project

    export_format(Path(args.output))
    project = open_project(_project_path(args.project))
    out = export_data(project, Path(args.output), args.include_names)
    print(f"wrote {project.info.name} to {out} ({_privacy_note(project, args.include_names)})")
    return 0


@command("webmap")
def _cmd_webmap(args: argparse.Namespace) -> int:
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.webmap import write_webmap

    project = open_project(_project_path(args.project))
    out = write_webmap(project, Path(args.output), args.include_names,
                       None if args.no_gaps else args.gap_distance)
    print(f"wrote the web map of {project.info.name} to {out} ({_privacy_note(project, args.include_names)})")
    return 0


@command("report")
def _cmd_report(args: argparse.Namespace) -> int:
    from assetmap.app import application
    from assetmap.io.gpkg_store import open_project
    from assetmap.ui.report import FORMATS, write_report

    if Path(args.output).suffix.lower() not in FORMATS:
        raise AssetmapError(f"{args.output}: the report is written as .pdf or .docx")
    project = open_project(_project_path(args.project))
    application()  # the network picture is drawn by a graphics scene, a widgets class
    out = write_report(project, Path(args.output), args.include_names)
    print(f"wrote the asset profile of {project.info.name} to {out} ({_privacy_note(project, args.include_names)})")
    return 0


@command("gaps")
def _cmd_gaps(args: argparse.Namespace) -> int:
    import shapely

    from assetmap.analysis.walking import largest_gaps, street_pieces, to_metric, ward_coverage
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.results import gap_layer

    project = open_project(_project_path(args.project))
    if project.boundary is None:
        raise AssetmapError(f"{args.project}: the ward has no boundary, so its gaps cannot be measured")
    if not 0 < args.distance <= 20_000:
        raise AssetmapError("--distance must be between 0 and 20000 metres")
    _, home = to_metric(project.info.metric_crs)
    if args.asset:
        return _catchment(project, args, home)
    categories = [args.category] if args.category else list(CATEGORY_KEYS)
    results = ward_coverage(project, (args.distance,), categories, tag=args.tag)
    _keep_result(project, gap_layer(results, home), args)
    report = {}
    for r in results:
        deserts = largest_gaps(r.uncovered)
        report[r.category] = {
            "distance_m": r.distance, "method": r.method,
            "covered_share": round(r.covered_share, 6),
            "uncovered_area_m2": round(r.uncovered_area, 1),
            "uncovered": shapely.geometry.mapping(home(r.uncovered)) if not r.uncovered.is_empty else None,
            "largest_gaps_m2": [round(p.area, 1) for p in deserts],
            "homes_outside_share": None if r.homes_outside is None else round(r.homes_outside, 6),
        }
    if args.json:
        print(json.dumps({"ward": project.info.name, "street_pieces": street_pieces(project),
                          "categories": report}, ensure_ascii=False))
        return 0
    print(f"{project.info.name}: the ward within {args.distance:.0f} m of an asset of each kind")
    for key, r in report.items():
        note = "" if r["method"] == "network" else " (straight line: the ward has no streets)"
        homes = "" if r["homes_outside_share"] is None else \
            f", {100 * r['homes_outside_share']:4.1f}% of homes beyond reach"
        print(f"  {key:<12} {100 * r['covered_share']:5.1f}% covered, "
              f"{r['uncovered_area_m2'] / 10_000:8.1f} ha beyond reach{homes}{note}")
    return 0


def _catchment(project, args: argparse.Namespace, home) -> int:
    import shapely

    from assetmap.analysis.walking import asset_catchment
    from assetmap.io.results import catchment_layer

    wanted = args.asset.strip()
    matches = [a for a in project.assets if a.id == wanted] or \
        [a for a in project.assets if a.name.casefold() == wanted.casefold()]
    if len(matches) != 1:
        raise AssetmapError(f"{args.project}: {'no' if not matches else len(matches)} assets called {wanted!r}; "
                            "give the asset's id (see 'assetmap info --json')")
    result = asset_catchment(project, matches[0].id, args.distance)
    _keep_result(project, catchment_layer(result, home), args)
    data = {"asset_id": result.asset_id, "name": result.name, "distance_m": result.distance,
            "method": result.method, "area_m2": round(result.area.area, 1),
            "alone_area_m2": round(result.alone.area, 1), "homes": result.homes, "homes_alone": result.homes_alone,
            "area": shapely.geometry.mapping(home(result.area)),
            "alone": shapely.geometry.mapping(home(result.alone)) if not result.alone.is_empty else None}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    homes = f" ({result.homes:,} homes)" if result.homes is not None else ""
    alone_homes = f" ({result.homes_alone:,} homes)" if result.homes_alone is not None else ""
    print(f"{result.name}: {result.area.area / 10_000:,.1f} ha within {result.distance:,.0f} m{homes}; "
          f"{result.alone.area / 10_000:,.1f} ha{alone_homes} that no other asset of its kind reaches "
          "(what would be lost if it closed)")
    return 0


def _keep_result(project, layer, args: argparse.Namespace) -> None:
    """--save keeps the layer in the ward (locked, atomic); --output writes it to a file."""
    if getattr(args, "output", None):
        from assetmap.io.results import export_results

        export_results([layer], Path(args.output))
        print(f"wrote {layer.title} to {args.output}", file=sys.stderr)
    if getattr(args, "save", False):
        from assetmap.io.gpkg_store import GeoPackageStore
        from assetmap.io.locking import ProjectLock
        from assetmap.model.commands import SetResultLayer

        with ProjectLock(Path(args.project), "assetmap"):
            store = GeoPackageStore(Path(args.project))
            fresh = store.load()
            SetResultLayer(layer.name, layer, f"Keep {layer.title}").do(fresh)
            store.save(fresh)
        print(f"kept {layer.title} as layer {layer.name} in {args.project}", file=sys.stderr)


@command("density")
def _cmd_density(args: argparse.Namespace) -> int:
    from assetmap.analysis.density import hex_density
    from assetmap.io.gpkg_store import open_project
    from assetmap.io.results import density_layer

    project = open_project(_project_path(args.project))
    if project.boundary is None:
        raise AssetmapError(f"{args.project}: the ward has no boundary to lay a grid over")
    if not 20 <= args.size <= 5000:
        raise AssetmapError("--size must be between 20 and 5000 metres")
    cells = hex_density(project, args.size)
    _keep_result(project, density_layer(cells, args.size), args)
    if args.json:
        import shapely

        print(json.dumps({"size_m": args.size, "cells": [
            {"counts": c.counts, "total": c.total, "shape": shapely.geometry.mapping(c.shape)} for c in cells]},
            ensure_ascii=False))
        return 0
    busiest = max(cells, key=lambda c: c.total) if cells else None
    empty = sum(1 for c in cells if c.total == 0)
    print(f"{project.info.name}: {len(cells)} hexagons of {args.size:,.0f} m; {empty} hold no asset"
          + (f"; the busiest holds {busiest.total}" if busiest else ""))
    return 0


@command("import")
def _cmd_import(args: argparse.Namespace) -> int:
    from assetmap.io.projects import ImportOptions, import_into_project

    path = _project_path(args.project)
    options = ImportOptions(category=args.category, crs=args.crs, layer=args.layer,
                            margin_m=None if args.keep_outside else args.margin,
                            merge_duplicates=not args.no_merge, basemap_layer=args.basemap_layer,
                            feature=args.boundary_name, columns=_column_choices(args.column))
    result = import_into_project(path, args.file, args.kind, options)
    for note in result.notes:
        print(f"  note: {note}")
    merged = f", merged {result.merged} repeat(s) into assets already there" if result.merged else ""
    print(f"imported {result.added} {args.kind} from {args.file} into {path}{merged}")
    if result.skipped:
        print(f"skipped {len(result.skipped)} row(s):")
    for reason, rows in _rows_by_reason(result.skipped):
        shown = ", ".join(str(r) for r in rows[:12]) + (f" and {len(rows) - 12:,} more" if len(rows) > 12 else "")
        print(f"  {reason}: row{'s' if len(rows) > 1 else ''} {shown}")
    return 0


def _column_choices(pairs: list[str]) -> dict[str, str]:
    choices = {}
    for pair in pairs:
        field_name, sep, column = pair.partition("=")
        if not sep or not field_name.strip() or not column.strip():
            raise AssetmapError(f"--column {pair!r}: write it as FIELD=COLUMN, e.g. name=comments")
        choices[field_name.strip().lower()] = column.strip()
    return choices


def _rows_by_reason(skipped: list[tuple[int, str]]) -> list[tuple[str, list[int]]]:
    grouped: dict[str, list[int]] = {}
    for row, reason in skipped:
        grouped.setdefault(reason, []).append(row)
    return sorted(grouped.items(), key=lambda item: item[1][0])


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


def _open_window(project: str | None) -> int:
    if project is not None:
        _project_path(project)
    from assetmap.app import run_app

    return run_app(project)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # West of Greenwich a bounding box starts with a minus sign, which argparse would take
    # for an option: keep "--bbox" and its value together.
    for i, arg in enumerate(argv[:-1]):
        if arg == "--bbox":
            argv[i:i + 2] = [f"--bbox={argv[i + 1]}"]
            break
    parser = _parser()
    try:
        if argv[:1] == ["--self-test"]:
            return self_test()
        first = next((a for a in argv if not a.startswith("-")), None)
        asks_for_help = bool(argv) and argv[0] in ("-h", "--help", "--version")
        if not asks_for_help and (first is None or first not in COMMANDS):
            if len(argv) > 1:
                parser.error(f"unknown command {first!r}")
            return _open_window(argv[0] if argv else None)
        args = parser.parse_args(argv)
        if args.command is None:
            return _open_window(None)
        return COMMANDS[args.command](args)
    except AssetmapError as exc:
        print(f"assetmap: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("assetmap: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: one line for the user, the trace only on request
        if os.environ.get("ASSETMAP_DEBUG"):
            raise
        print(f"assetmap: unexpected error ({type(exc).__name__}: {exc}); "
              "set ASSETMAP_DEBUG=1 for details and please report it", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
