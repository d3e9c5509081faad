"""What leaves the app about the ward: one place decides what personal data an export, web
map or report carries.

By default (UK GDPR data minimisation) nothing identifies a person: people become "Person N"
or their initials, lose contact details, and their home area is shown only as an area. An
individual's gift (an asset of the "individual" kind) is a person too: its name and contact
are withheld and its position is coarsened to a 250 m square. ``include_names`` is the user's
deliberate choice to share more.
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from assetmap.model.categories import category as category_of
from assetmap.model.entities import Asset, Person
from assetmap.model.project import Project
from assetmap.model.wording import say

COARSE_DEGREES_LAT = 0.00225  # about 250 m
COARSE_DEGREES_LON = 0.0036  # about 250 m at British latitudes
ASSET_FIELDS = ("name", "category", "kind", "description", "tags", "address", "contact",
                "accessibility", "opening_times", "story")


@dataclass(frozen=True)
class PublicAsset:
    id: str
    name: str
    category: str
    kind: str
    description: str
    tags: str
    address: str
    contact: str
    accessibility: str
    opening_times: str
    story: str
    geometry: BaseGeometry
    withheld: bool

    def row(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in ASSET_FIELDS}


def coarse_point(lon: float, lat: float) -> Point:
    """The centre of the 250 m square holding (lon, lat): an area, not an address."""
    def snap(value: float, step: float) -> float:
        return (value // step + 0.5) * step

    return Point(snap(lon, COARSE_DEGREES_LON), snap(lat, COARSE_DEGREES_LAT))


def public_assets(project: Project, include_names: bool = False) -> list[PublicAsset]:
    result = []
    gift_number = 0
    for asset in project.assets:
        if asset.geometry is None or asset.geometry.is_empty:
            continue
        personal = asset.category == "individual" and not include_names
        if personal:
            gift_number += 1
        result.append(_public(asset, personal, gift_number))
    return result


def _public(asset: Asset, personal: bool, number: int) -> PublicAsset:
    geometry = asset.geometry
    if personal:
        lon, lat = asset.location
        geometry = coarse_point(lon, lat)
    return PublicAsset(
        id=asset.id,
        name=f"A local person's gift ({number})" if personal else asset.name,
        category=asset.category, kind=category_of(asset.category).label,
        description=asset.description, tags=", ".join(asset.tags),
        address="" if personal else asset.address, contact="" if personal else asset.contact,
        accessibility=asset.accessibility, opening_times=asset.opening_times,
        story="" if personal else asset.story, geometry=geometry, withheld=personal)


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0].upper() + "." for p in parts[:3]) or "?"


def person_label(person: Person, number: int, include_names: bool) -> str:
    """How a person is named outside the app: their name only when the user chose so."""
    if include_names:
        return person.name
    role = f", {person.roles[0]}" if person.roles else ""
    return say("Person {number}{role}", number=number, role=role)


def person_labels(project: Project, include_names: bool) -> dict[str, str]:
    return {p.id: person_label(p, n, include_names) for n, p in enumerate(project.people, 1)}


def personal_data_counts(project: Project) -> dict[str, int]:
    """The numbers behind the privacy check, for a window to put in its own words."""
    return {"people": len(project.people),
            "gifts": sum(a.category == "individual" for a in project.assets),
            "with_contact": sum(bool(p.contact) for p in project.people),
            "without_consent": sum(not p.has_consent for p in project.people)}


def personal_data_summary(project: Project, include_names: bool) -> list[str]:
    """What personal data an export with these settings would contain, in plain words: the
    privacy check shown before anything is written."""
    people = len(project.people)
    gifts = sum(a.category == "individual" for a in project.assets)
    if include_names:
        lines = [say("names of {people} people and of {gifts} people offering their gifts",
                     people=people, gifts=gifts)]
        with_contact = sum(bool(p.contact) for p in project.people)
        if with_contact:
            lines.append(say("contact details of {count} people", count=with_contact))
        lacking = sum(not p.has_consent for p in project.people)
        if lacking:
            lines.append(say("{count} of these people have no consent recorded", count=lacking))
        return lines
    return [say("no names: {people} people shown as 'Person N' with their role, {gifts} individuals' gifts "
                "without names and placed only to a 250 m square", people=people, gifts=gifts)]
