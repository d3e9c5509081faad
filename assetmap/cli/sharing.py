"""Commands that draw and share the ward: render, export, web map, report, network export."""

from __future__ import annotations

import argparse
from pathlib import Path

from assetmap.cli.common import command, project_path as _project_path
from assetmap.errors import AssetmapError


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
