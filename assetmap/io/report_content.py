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
from assetmap.model.wording import say

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
    words: dict[str, str] = field(default_factory=dict)


def report_words(ward: str) -> dict[str, str]:
    """The report's headings and column names, the same in the PDF and the Word file."""
    return {
        "assets": say("The ward's assets"), "kind": say("Kind of asset"), "number": say("Number mapped"),
        "network": say("The network"), "connectors": say("Connectors"), "connector": say("Connector"),
        "why": say("Why they matter"), "no_connectors": say("Nobody links otherwise separate clusters."),
        "gaps": say("Gaps"), "covered": say("Ward covered"), "beyond": say("Beyond reach"),
        "introductions": say("Suggested introductions"), "votes": say("Priorities voted for"),
        "voted": say("Asset or idea"), "vote_count": say("Votes"), "method": say("How this was worked out"),
        "document": say("{ward}: ward asset profile", ward=ward),
    }


def build_report(project: Project, include_names: bool = False, walking_distance: float | None = WALKING_DISTANCE_M,
                 progress: Progress = NO_PROGRESS) -> tuple[ReportContent, dict]:
    """The report's words and tables, and the analysis result (for the network picture)."""
    from assetmap.analysis.network_report import analyse_snapshot, snapshot

    progress.step(0.0, say("Analysing the network"))
    names = None if include_names else person_labels(project, False)
    result, _ = analyse_snapshot(snapshot(project, names), progress.scaled(0.0, 0.5))
    counts = [(say(c.plural), sum(1 for a in project.assets if a.category == c.key)) for c in CATEGORIES]
    s = result["summary"]
    network_summary = say("{people} people and {groups} groups joined by {ties} links, in {clusters} clusters.",
                          people=s["people"], groups=s["groups"], ties=s["ties"], clusters=len(s["clusters"]))
    connectors = [(c["name"], c["reason"]) for c in result["connectors"][:TOP]]
    gaps = [g["reason"] for g in result["gaps"][:TOP]]
    if len(result["gaps"]) > TOP:
        gaps.append(say("... and {count} more.", count=len(result["gaps"]) - TOP))
    suggestions = [(say("{first} and {second}", first=x["names"][0], second=x["names"][1]), x["reason"])
                   for x in result["suggestions"][:TOP]]
    walking, walking_note = _walking(project, walking_distance, progress.scaled(0.5, 0.95))
    privacy = (say("People are named in this report at the author's choice.") if include_names else
               say("People are not named: each appears as 'Person N' with their role, and no home is shown."))
    subtitle = say("Ward asset profile · {date}", date=date.today().isoformat())
    if project.info.fictional:
        subtitle += " · " + say("a fictional sample ward")
    return ReportContent(
        title=project.info.name, subtitle=subtitle, privacy=privacy, counts=counts,
        network_summary=network_summary, connectors=connectors, network_gaps=gaps,
        walking_gaps=walking, walking_note=walking_note, suggestions=suggestions,
        method=_method(result, walking_distance),
        votes=[(project.assets[aid].name, str(total)) for aid, total, _ in project.vote_totals()],
        words=report_words(project.info.name)), result


def _walking(project: Project, distance: float | None, progress: Progress) -> tuple[list, str]:
    if not distance or project.boundary is None:
        return [], say("The ward has no boundary, so walking gaps were not measured.")
    from assetmap.analysis.walking import ward_coverage
    from assetmap.model.categories import category

    results = ward_coverage(project, (distance,), progress=progress)
    rows = []
    for r in results:
        beyond = say("{hectares:,.1f} ha", hectares=r.uncovered_area / 10_000)
        if r.homes_outside is not None:
            beyond = say("{area}; {share:.0%} of homes beyond reach", area=beyond, share=r.homes_outside)
        rows.append((say(category(r.category).plural), f"{100 * r.covered_share:.0f}%", beyond))
    method = results[0].method if results else "network"
    if method == "network":
        return rows, say("Share of the ward within {metres:,.0f} m walk of each kind of asset, measured along "
                         "the streets.", metres=distance)
    return rows, say("Share of the ward within {metres:,.0f} m walk of each kind of asset, measured in a "
                     "straight line (the ward has no streets).", metres=distance)


def _method(result: dict, distance: float | None) -> list[str]:
    betweenness = result["summary"]["betweenness"]
    connectors = say(
        "Connectors are people who link otherwise separate parts of the network. Their score "
        "combines betweenness (how often they lie on the shortest path between others), Burt's "
        "constraint (how far their contacts are not tied to each other) and how many clusters "
        "they belong to. Clusters come from the Leiden method with a fixed seed, so the same "
        "data gives the same clusters.")
    if betweenness.get("method") == "sampled":
        connectors += " " + say("Betweenness was estimated from {count} sampled starting points.",
                                count=betweenness["pivots"])
    gaps = say("Gaps are people and groups with no links, parts of the network that hang on one "
               "person or one link, and groups with no tie to an institution.")
    if distance:
        gaps += " " + say("Walking gaps are the parts of the ward more than {metres:,.0f} m from an asset "
                          "of a kind, along the streets.", metres=distance)
    return [
        say("Assets were mapped with the six kinds of Asset-Based Community Development: people's "
            "gifts, groups, institutions, places, the local economy and culture."),
        connectors,
        gaps,
        say("The network only shows the links that were recorded: a missing link may simply not "
            "have been asked about."),
    ]
