"""Pure-Python domain model: no Qt and no file I/O here."""

from assetmap.model.categories import CATEGORIES, CATEGORY_KEYS, category
from assetmap.model.commands import AddRecord, ChangeRecord, Command, Macro, RemoveRecord
from assetmap.model.entities import (
    BASEMAP_LAYERS, LINK_TYPES, Asset, BasemapFeature, Group, Link, Person, Photo, ProjectInfo,
    new_id,
)
from assetmap.model.project import Project

__all__ = [
    "CATEGORIES", "CATEGORY_KEYS", "category", "AddRecord", "ChangeRecord", "Command", "Macro",
    "RemoveRecord", "BASEMAP_LAYERS", "LINK_TYPES", "Asset", "BasemapFeature", "Group", "Link",
    "Person", "Photo", "ProjectInfo", "new_id", "Project",
]
