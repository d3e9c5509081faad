"""Commands about places: walking gaps, one asset's catchment, assets per hexagon."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assetmap.cli.common import command, project_path as _project_path
from assetmap.errors import AssetmapError
from assetmap.model.categories import CATEGORY_KEYS


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
