"""What the ward asset profile says, worked out once and written as PDF or Word.

People are anonymised before the analysis runs (their names never reach the text), unless
the user deliberately asks for names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assetmap.io.public_view import person_labels
from assetmap.model.categories import CATEGORIES
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.project import Project

TOP = 10
WALKING_DISTANCE_M = 800.0


@dataclass
class ReportContent:
    title: str
    subtitle: str
    privacy: str
    counts: list[tuple[str, int]]
    network_summary: str
    connectors: list[tuple[str, str]]
    network_gaps: list[str]
    walking_gaps: list[tuple[str, str, str]]  # kind, share covered, area beyond reach
    walking_note: str
    suggestions: list[tuple[str, str]]
    method: list[str]
    votes: list[tuple[str, str]] = field(default_factory=list)


def build_report(project: Project, include_names: bool = False, walking_distance: float | None = WALKING_DISTANCE_M,
                 progress: Progress = NO_PROGRESS) -> tuple[ReportContent, dict]:
    """The report's words and tables, and the analysis result (for the network picture)."""
    from assetmap.analysis.network_report import analyse_snapshot, snapshot

    progress.step(0.0, "Analysing the network")
    names = None if include_names else person_labels(project, False)
    result, _ = analyse_snapshot(snapshot(project, names), progress.scaled(0.0, 0.5))
    counts = [(c.plural, sum(1 for a in project.assets if a.category == c.key)) for c in CATEGORIES]
    s = result["summary"]
    network_summary = (f"{s['people']} people and {s['groups']} groups joined by {s['ties']} links, "
                       f"in {len(s['clusters'])} clusters.")
    connectors = [(c["name"], c["reason"]) for c in result["connectors"][:TOP]]
    gaps = [g["reason"] for g in result["gaps"][:TOP]]
    if len(result["gaps"]) > TOP:
        gaps.append(f"... and {len(result['gaps']) - TOP} more.")
    suggestions = [(f"{x['names'][0]} and {x['names'][1]}", x["reason"]) for x in result["suggestions"][:TOP]]
    walking, walking_note = _walking(project, walking_distance, progress.scaled(0.5, 0.95))
    privacy = ("People are named in this report at the author's choice." if include_names else
               "People are not named: each appears as 'Person N' with their role, and no home is shown.")
    subtitle = f"Ward asset profile · {date.today():%-d %B %Y}"
    if project.info.fictional:
        subtitle += " · a fictional sample ward"
    return ReportContent(
        title=project.info.name, subtitle=subtitle, privacy=privacy, counts=counts,
        network_summary=network_summary, connectors=connectors, network_gaps=gaps,
        walking_gaps=walking, walking_note=walking_note, suggestions=suggestions,
        method=_method(result, walking_distance),
        votes=[(project.assets[aid].name, str(total)) for aid, total, _ in project.vote_totals()]), result


def _walking(project: Project, distance: float | None, progress: Progress) -> tuple[list, str]:
    if not distance or project.boundary is None:
        return [], "The ward has no boundary, so walking gaps were not measured."
    from assetmap.analysis.walking import ward_coverage
    from assetmap.model.categories import category

    results = ward_coverage(project, (distance,), progress=progress)
    rows = []
    for r in results:
        homes = f"; {100 * r.homes_outside:.0f}% of homes beyond reach" if r.homes_outside is not None else ""
        rows.append((category(r.category).plural, f"{100 * r.covered_share:.0f}%",
                     f"{r.uncovered_area / 10_000:,.1f} ha{homes}"))
    method = results[0].method if results else "network"
    how = "along the streets" if method == "network" else "in a straight line (the ward has no streets)"
    return rows, f"Share of the ward within {distance:,.0f} m walk of each kind of asset, measured {how}."


def _method(result: dict, distance: float | None) -> list[str]:
    betweenness = result["summary"]["betweenness"]
    sampled = (f" Betweenness was estimated from {betweenness['pivots']} sampled starting points."
               if betweenness.get("method") == "sampled" else "")
    return [
        "Assets were mapped with the six kinds of Asset-Based Community Development: people's "
        "gifts, groups, institutions, places, the local economy and culture.",
        "Connectors are people who link otherwise separate parts of the network. Their score "
        "combines betweenness (how often they lie on the shortest path between others), Burt's "
        "constraint (how far their contacts are not tied to each other) and how many clusters "
        "they belong to. Clusters come from the Louvain method with a fixed seed, so the same "
        "data gives the same clusters." + sampled,
        "Gaps are people and groups with no links, parts of the network that hang on one "
        "person or one link, and groups with no tie to an institution."
        + (f" Walking gaps are the parts of the ward more than {distance:,.0f} m from an asset "
           "of a kind, along the streets." if distance else ""),
        "The network only shows the links that were recorded: a missing link may simply not "
        "have been asked about.",
    ]
