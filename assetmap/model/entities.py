"""The records a ward project holds: assets, people, groups and the links between them.

Records are immutable values. An edit replaces a record with a changed copy, which makes
undo a matter of putting the old value back and lets records be compared for equality.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import datetime, timezone
from typing import Any, ClassVar

from shapely.geometry.base import BaseGeometry

from assetmap.model.categories import CATEGORY_KEYS
from assetmap.model.wording import say_noop


def new_ids(count: int) -> list[str]:
    """``count`` new ids at once, for imports of many thousands of rows."""
    digits = secrets.token_hex(16 * count)
    return [digits[i:i + 32] for i in range(0, 32 * count, 32)]


def new_id() -> str:
    """128 random bits as 32 hex digits, like uuid4().hex but quick enough for big imports."""
    return secrets.token_hex(16)


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Photo:
    name: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class Record:
    kind: ClassVar[str] = "record"
    id: str
    name: str

    def with_changes(self, **changes: Any) -> "Record":
        return replace(self, **changes)


@dataclass(frozen=True)
class Asset(Record):
    """Something the community has. Geometry is a Point, or a Polygon for spaces such as parks."""

    kind: ClassVar[str] = "asset"
    category: str = "physical"
    description: str = ""
    tags: tuple[str, ...] = ()
    address: str = ""
    contact: str = ""
    accessibility: str = ""
    opening_times: str = ""
    story: str = ""
    photos: tuple[Photo, ...] = ()
    recorded_by: str = ""
    recorded_at: str = ""
    geometry: BaseGeometry | None = None

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> "Asset":
        """An asset made without the field-by-field init of a frozen dataclass (one attribute
        store at a time): an import makes a hundred thousand. ``values`` becomes the asset's
        own attribute dictionary, so it must hold every field (``blank_fields`` gives a
        starting copy); the category is checked as in ``__init__``."""
        if values["category"] not in CATEGORY_KEYS:
            raise ValueError(f"unknown asset category {values['category']!r}")
        asset = object.__new__(cls)
        object.__setattr__(asset, "__dict__", values)
        return asset

    @staticmethod
    def blank_fields() -> dict[str, Any]:
        """Every field with its default (id and name empty), to copy and fill for ``from_values``."""
        return {"id": "", "name": "", **_asset_defaults()}

    def __post_init__(self) -> None:
        if self.category not in CATEGORY_KEYS:
            raise ValueError(f"unknown asset category {self.category!r}")

    @property
    def location(self) -> tuple[float, float] | None:
        """(lon, lat) of the point used for markers, links and distances."""
        if self.geometry is None or self.geometry.is_empty:
            return None
        point = self.geometry if self.geometry.geom_type == "Point" else \
            self.geometry.representative_point()
        return (point.x, point.y)


@lru_cache(maxsize=1)
def _asset_defaults() -> dict[str, Any]:
    from dataclasses import MISSING, fields

    return {f.name: f.default for f in fields(Asset) if f.default is not MISSING}


# Each record's kind as a word, for sentences such as "Add asset “Hall”": said with say(kind).
RECORD_KIND_WORDS = (say_noop("record"), say_noop("asset"), say_noop("group"), say_noop("person"),
                     say_noop("vote"), say_noop("link"))

GROUP_KINDS = ("association", "institution")


@dataclass(frozen=True)
class Group(Record):
    kind: ClassVar[str] = "group"
    group_kind: str = "association"
    description: str = ""
    themes: tuple[str, ...] = ()
    contact: str = ""
    meeting_place_id: str | None = None
    external_id: str = ""

    def __post_init__(self) -> None:
        if self.group_kind not in GROUP_KINDS:
            raise ValueError(f"a group is an association or an institution, not {self.group_kind!r}")


@dataclass(frozen=True)
class Person(Record):
    """A resident or worker. Personal data: keep home locations approximate (an area)."""

    kind: ClassVar[str] = "person"
    skills: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    contact: str = ""
    consent_date: str = ""
    consent_scope: str = ""
    home_area: str = ""
    area_location: tuple[float, float] | None = None
    notes: str = ""
    external_id: str = ""

    @property
    def has_consent(self) -> bool:
        return bool(self.consent_date)


@dataclass(frozen=True)
class Vote(Record):
    """Dots on an asset in a workshop's priority vote; ``name`` is the table or group that
    voted (votes are counted per table, never per person)."""

    kind: ClassVar[str] = "vote"
    asset_id: str = ""
    count: int = 1
    cast_at: str = ""


VOTE_TABLES = ("Table A", "Table B", "Table C", "Table D", "Table E", "Table F")


# Which record kinds each link type joins, as (source kind, target kind).
LINK_TYPES: dict[str, tuple[str, str]] = {
    "member": ("person", "group"),
    "leads": ("person", "group"),
    "volunteers": ("person", "group"),
    "knows": ("person", "person"),
    "partners": ("group", "group"),
    "meets_at": ("group", "asset"),
    "runs": ("group", "asset"),
    "uses": ("group", "asset"),
}


@dataclass(frozen=True)
class Link:
    id: str
    source_id: str
    target_id: str
    type: str
    strength: float | None = None
    note: str = ""
    kind: ClassVar[str] = "link"

    def __post_init__(self) -> None:
        if self.type not in LINK_TYPES:
            raise ValueError(
                f"unknown link type {self.type!r}; expected one of {', '.join(LINK_TYPES)}"
            )
        if self.source_id == self.target_id:
            raise ValueError("a link must join two different records")

    @property
    def name(self) -> str:
        return self.type

    def touches(self, record_id: str) -> bool:
        return record_id in (self.source_id, self.target_id)

    def with_changes(self, **changes: Any) -> "Link":
        return replace(self, **changes)

# How each link reads from its first record to its second ("Ana is a member of the choir").
LINK_WORDS = {"member": say_noop("is a member of"), "leads": say_noop("leads"),
              "volunteers": say_noop("volunteers at"), "knows": say_noop("knows"),
              "partners": say_noop("works with"), "meets_at": say_noop("meets at"), "runs": say_noop("runs"),
              "uses": say_noop("uses")}


def link_type_for(source_kind: str, target_kind: str) -> list[str]:
    """Link types allowed between two kinds of record, either way round."""
    return [t for t, ends in LINK_TYPES.items()
            if ends == (source_kind, target_kind) or ends == (target_kind, source_kind)]


@dataclass(frozen=True)
class BasemapFeature:
    geometry: BaseGeometry
    name: str = ""
    kind: str = ""


BASEMAP_LAYERS = ("boundary", "streets", "water", "green_space", "buildings")


@dataclass(frozen=True)
class ResultFeature:
    geometry: BaseGeometry  # lon/lat
    label: str = ""
    properties: tuple[tuple[str, object], ...] = ()

    def as_dict(self) -> dict[str, object]:
        return dict(self.properties)


@dataclass(frozen=True)
class ResultLayer:
    """An analysis result kept in the ward: walking gaps, a catchment, asset density."""

    name: str  # short and unique: gap_physical_800
    title: str  # what a person reads: "More than 800 m from places and spaces"
    kind: str  # "gap", "catchment" or "density"
    features: tuple[ResultFeature, ...] = ()


@dataclass
class ProjectInfo:
    name: str
    description: str = ""
    fictional: bool = False
    created_at: str = field(default_factory=now_iso)
    metric_crs: str = "EPSG:27700"
    credits: str = ""
    raster_basemap: str = ""  # path of an MBTiles file drawn under the vector map
