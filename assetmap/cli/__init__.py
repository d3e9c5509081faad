"""The ``assetmap`` command: with no subcommand it opens the window; subcommands work headless.

Every failure the user can act on prints one line to stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from assetmap import __version__
from assetmap.cli import sharing, spatial  # noqa: F401  (they register their commands)
from assetmap.cli.common import COMMANDS, command, project_path as _project_path
from assetmap.cli.self_test import self_test
from assetmap.errors import AssetmapError
from assetmap.model.categories import CATEGORY_KEYS

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1


def _names_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--include-names", action="store_true",
                        help="include people's names and exact places (by default they are withheld)")


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
    _names_option(export)

    webmap = sub.add_parser("webmap", help="write an interactive map as one HTML file that works offline")
    webmap.add_argument("project")
    webmap.add_argument("output", help="OUT.html")
    _names_option(webmap)
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
    engine.warm_up_helpers(fork=True)  # their start-up overlaps reading the project
    project = open_project(path)
    result = analyse_project(project)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary_text(result))
    return 0


COMMANDS["analyze"] = _cmd_analyse


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
