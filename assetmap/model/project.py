"""A ward project: everything one community map holds, in memory."""

from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry.base import BaseGeometry

from assetmap.model.collections import RecordCollection
from assetmap.model.entities import (
    BASEMAP_LAYERS, Asset, BasemapFeature, Group, Link, Person, ProjectInfo, Record, ResultLayer, Vote,
)
from assetmap.model.events import Signal


@dataclass(eq=False)
class Project:
    info: ProjectInfo
    assets: RecordCollection[Asset] = field(default_factory=RecordCollection)
    people: RecordCollection[Person] = field(default_factory=RecordCollection)
    groups: RecordCollection[Group] = field(default_factory=RecordCollection)
    links: RecordCollection[Link] = field(default_factory=RecordCollection)
    votes: RecordCollection[Vote] = field(default_factory=RecordCollection)
    basemap: dict[str, list[BasemapFeature]] = field(default_factory=dict)
    network_layout: dict[str, tuple[float, float]] = field(default_factory=dict)
    results: dict[str, ResultLayer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.basemap_changed = Signal()
        self.results_changed = Signal()
        for name in BASEMAP_LAYERS:
            self.basemap.setdefault(name, [])

    @property
    def boundary(self) -> BaseGeometry | None:
        """The ward's outline: the union of the boundary layer, or None if it has none."""
        shapes = [f.geometry for f in self.basemap["boundary"] if f.geometry is not None]
        if not shapes:
            return None
        if len(shapes) == 1:
            return shapes[0]
        import shapely

        return shapely.union_all(shapes)

    def collection_for(self, record: Record | Link | str) -> RecordCollection:
        kind = record if isinstance(record, str) else record.kind
        return {"asset": self.assets, "person": self.people,
                "group": self.groups, "link": self.links, "vote": self.votes}[kind]

    def find(self, record_id: str) -> Record | Link | None:
        for collection in (self.assets, self.people, self.groups, self.links):
            record = collection.get(record_id)
            if record is not None:
                return record
        return None

    def links_touching(self, record_id: str) -> list[Link]:
        return [link for link in self.links if link.touches(record_id)]

    def set_basemap_layer(self, name: str, features: list[BasemapFeature]) -> list[BasemapFeature]:
        if name not in BASEMAP_LAYERS:
            raise ValueError(f"unknown basemap layer {name!r}")
        old = self.basemap[name]
        self.basemap[name] = list(features)
        self.basemap_changed.emit(name)
        return old

    def set_result(self, name: str, layer: ResultLayer | None) -> ResultLayer | None:
        """Keep ``layer`` under ``name`` (None removes it); returns what was there."""
        old = self.results.pop(name, None)
        if layer is not None:
            self.results[name] = layer
        self.results_changed.emit(name)
        return old

    def vote_totals(self) -> list[tuple[str, int, dict[str, int]]]:
        """(asset id, total dots, dots per table) for every asset voted for, most first."""
        totals: dict[str, dict[str, int]] = {}
        for vote in self.votes:
            if vote.asset_id in self.assets:
                per_table = totals.setdefault(vote.asset_id, {})
                per_table[vote.name] = per_table.get(vote.name, 0) + vote.count
        ranked = [(aid, sum(t.values()), t) for aid, t in totals.items()]
        return sorted(ranked, key=lambda row: (-row[1], self.assets[row[0]].name))

    def counts(self) -> dict[str, object]:
        from assetmap.model.categories import CATEGORY_KEYS

        by_category = {key: 0 for key in CATEGORY_KEYS}
        for asset in self.assets:
            by_category[asset.category] += 1
        return {
            "name": self.info.name,
            "assets": len(self.assets),
            "assets_by_category": by_category,
            "people": len(self.people),
            "groups": len(self.groups),
            "links": len(self.links),
        }

    def same_content(self, other: "Project") -> bool:
        return (
            self.info == other.info
            and self.assets == other.assets
            and self.people == other.people
            and self.groups == other.groups
            and self.links == other.links
            and self.votes == other.votes
            and self.basemap == other.basemap
            and self.network_layout == other.network_layout
            and self.results == other.results
        )

