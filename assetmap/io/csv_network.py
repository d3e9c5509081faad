"""Import people, groups and the links between them from CSV files, whole or not at all.

People and groups: ``id`` (optional, kept as the record's external id), ``name``, and any
of the other fields by their column name. Links: ``source`` and ``target`` (external ids,
record ids or names that are unique), optional ``type`` and ``weight``.
"""

from __future__ import annotations

from pathlib import Path

from assetmap.errors import AssetmapError, ImportProblem
from assetmap.io.text_files import read_csv_rows
from assetmap.model.entities import LINK_TYPES, Group, Link, Person, Record, new_id
from assetmap.model.project import Project
from assetmap.model.wording import say

LIST_FIELDS = {"skills", "interests", "roles", "themes"}
PERSON_FIELDS = ("skills", "interests", "roles", "contact", "consent_date", "consent_scope",
                 "home_area", "notes")
GROUP_FIELDS = ("description", "themes", "contact")
DEFAULT_TYPE = {("person", "group"): "member", ("group", "person"): "member",
                ("person", "person"): "knows", ("group", "group"): "partners",
                ("group", "asset"): "meets_at", ("asset", "group"): "meets_at"}


def _columns(path: str, header: list[str], required: tuple[str, ...]) -> dict[str, int]:
    lowered = [h.strip().lower().replace(" ", "_") for h in header]
    missing = [c for c in required if c not in lowered]
    if missing:
        raise AssetmapError(say("{path}: missing column(s) {missing} (found: {found})", path=path,
                                missing=", ".join(missing), found=", ".join(header) or say("none")))
    return {name: k for k, name in enumerate(lowered)}


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    k = columns.get(name)
    return cells[k].strip() if k is not None and k < len(cells) else ""


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


def read_records_csv(path: str | Path, kind: str, project: Project) -> tuple[list[Record], list[tuple[int, str]]]:
    """People or groups from ``path``; raises ImportProblem listing every bad row."""
    path = str(path)
    header, rows = read_csv_rows(path)
    columns = _columns(path, header, ("name",))
    known_ids = {r.external_id for r in (project.people if kind == "person" else project.groups) if r.external_id}
    places = {a.name.lower(): a.id for a in project.assets}
    seen: dict[str, int] = {}
    problems: list[tuple[int | None, str]] = []
    skipped: list[tuple[int, str]] = []
    records: list[Record] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            skipped.append((line, say("blank row")))
            continue
        name, external = _cell(cells, columns, "name"), _cell(cells, columns, "id")
        if not name:
            problems.append((line, say("the name is empty")))
            continue
        if external and (external in known_ids or external in seen):
            problems.append((line, say("id {external!r} is already used in row {row}", external=external,
                                       row=seen[external]) if external in seen else
                             say("id {external!r} is already used in the project", external=external)))
            continue
        if external:
            seen[external] = line
        fields = PERSON_FIELDS if kind == "person" else GROUP_FIELDS
        values = {f: (_split(_cell(cells, columns, f)) if f in LIST_FIELDS else _cell(cells, columns, f))
                  for f in fields}
        if kind == "person":
            records.append(Person(id=new_id(), name=name, external_id=external, **values))
            continue
        group_kind = (_cell(cells, columns, "kind") or _cell(cells, columns, "group_kind") or "association").lower()
        if group_kind not in ("association", "institution"):
            problems.append((line, say("kind {group_kind!r} is neither association nor institution",
                                       group_kind=group_kind)))
            continue
        meeting = _cell(cells, columns, "meeting_place")
        place_id = None
        if meeting:
            place_id = meeting if meeting in project.assets else places.get(meeting.lower())
            if place_id is None:
                problems.append((line, say("meeting place {meeting!r} is not an asset in the project",
                                           meeting=meeting)))
                continue
        records.append(Group(id=new_id(), name=name, group_kind=group_kind, external_id=external,
                             meeting_place_id=place_id, **values))
    if problems:
        raise ImportProblem(path, problems)
    if not records:
        raise AssetmapError(say("{path}: no rows to import", path=path))
    return records, skipped


def read_links_csv(path: str | Path, project: Project) -> tuple[list[Link], list[tuple[int, str]]]:
    path = str(path)
    header, rows = read_csv_rows(path)
    columns = _columns(path, header, ("source", "target"))
    lookup: dict[str, list[Record]] = {}
    for record in list(project.people) + list(project.groups) + list(project.assets):
        keys = {record.id, record.name.strip().lower()} | (
            {record.external_id} if getattr(record, "external_id", "") else set())
        for key in keys:
            lookup.setdefault(key, []).append(record)
    existing = {(min(ln.source_id, ln.target_id), max(ln.source_id, ln.target_id), ln.type) for ln in project.links}
    problems: list[tuple[int | None, str]] = []
    skipped: list[tuple[int, str]] = []
    links: list[Link] = []

    def find(text: str, line: int) -> Record | None:
        matches = lookup.get(text) or lookup.get(text.lower()) or []
        unique = {r.id: r for r in matches}
        if len(unique) == 1:
            return next(iter(unique.values()))
        problems.append((line, say("{text!r} is not a known id or name", text=text) if not unique else
                         say("{text!r} names {count} records; use their ids", text=text, count=len(unique))))
        return None

    for line, cells in rows:
        if not any(c.strip() for c in cells):
            skipped.append((line, say("blank row")))
            continue
        source_text, target_text = _cell(cells, columns, "source"), _cell(cells, columns, "target")
        source, target = find(source_text, line), find(target_text, line)
        if source is None or target is None:
            continue
        if source.id == target.id:
            problems.append((line, say("a link must join two different records")))
            continue
        kind = _cell(cells, columns, "type").lower() or DEFAULT_TYPE.get((source.kind, target.kind), "")
        if kind not in LINK_TYPES or sorted((source.kind, target.kind)) != sorted(LINK_TYPES[kind]):
            problems.append((line, say("a {source} and a {target} cannot be linked as {link_type!r}",
                                           source=say(source.kind), target=say(target.kind),
                                           link_type=kind or say("(no type)"))))
            continue
        a, b = (source, target) if (source.kind, target.kind) == LINK_TYPES[kind] else (target, source)
        key = (min(a.id, b.id), max(a.id, b.id), kind)
        if key in existing:
            problems.append((line, say("{first} and {second} are already linked as {link_type}",
                                           first=a.name, second=b.name, link_type=kind)))
            continue
        weight = _cell(cells, columns, "weight") or _cell(cells, columns, "strength")
        try:
            strength = float(weight) if weight else None
        except ValueError:
            problems.append((line, say("weight {weight!r} is not a number", weight=weight)))
            continue
        existing.add(key)
        links.append(Link(id=new_id(), source_id=a.id, target_id=b.id, type=kind, strength=strength,
                          note=_cell(cells, columns, "note")))
    if problems:
        raise ImportProblem(path, problems)
    if not links:
        raise AssetmapError(say("{path}: no rows to import", path=path))
    return links, skipped


