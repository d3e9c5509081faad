import os

# Before anything imports Qt: the suite runs headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from shapely.geometry import LineString, Point, Polygon  # noqa: E402

from assetmap.model import (  # noqa: E402
    Asset, BasemapFeature, Group, Link, Person, Photo, Project, ProjectInfo,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_data" / "millbrook.gpkg"
REALDATA = REPO.parent / "shared" / "realdata"


@pytest.fixture
def sample_path(tmp_path) -> Path:
    """A private copy of the sample ward, so a test may change it."""
    copy = tmp_path / "millbrook.gpkg"
    shutil.copy(SAMPLE, copy)
    return copy


@pytest.fixture
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not beside this checkout")
    return REALDATA


def make_rich_project() -> Project:
    """A small project using every field, with non-ASCII text, photos and an area asset."""
    project = Project(ProjectInfo(name="Llanfair Ward – ✓ test", description="Ŵelsh & “quotes”",
                                  fictional=True, created_at="2026-01-02T03:04:05+00:00",
                                  metric_crs="EPSG:27700", credits="made in a test"))
    hall = Asset(id="hall", name="Neuadd y Pentref", category="physical",
                 description="Village hall — bookable", tags=("hall", "meeting place", "ñ"),
                 address="1 Ffordd Fawr", contact="01234 567890", accessibility="Step-free",
                 opening_times="Mon–Fri 9–5", story="Built by miners in 1923.",
                 photos=(Photo("front.jpg", "image/jpeg", bytes(range(256))),
                         Photo("inside.png", "image/png", b"\x89PNG\r\n\x1a\n\x00")),
                 recorded_by="Siân", recorded_at="2026-03-01T10:00:00+00:00",
                 geometry=Point(-3.5, 52.4))
    park = Asset(id="park", name="Parc", category="physical",
                 geometry=Polygon([(-3.51, 52.41), (-3.50, 52.41), (-3.50, 52.42), (-3.51, 52.41)]))
    nowhere = Asset(id="idea", name="A story with no place", category="cultural")
    for asset in (hall, park, nowhere):
        project.assets.add(asset)
    project.people.add(Person(id="p1", name="Dafydd ap Gwilym", skills=("harp", "poetry"),
                              interests=("music",), roles=("resident",), contact="d@example.org",
                              consent_date="2026-02-01", consent_scope="mapping and analysis",
                              home_area="Top of the hill", area_location=(-3.502, 52.401),
                              notes="Prefers Welsh", external_id="P-1"))
    project.people.add(Person(id="p2", name="Ann"))
    project.groups.add(Group(id="g1", name="Côr Meibion", group_kind="association",
                             themes=("music",), meeting_place_id="hall", external_id="G-1"))
    project.groups.add(Group(id="g2", name="Ysgol", group_kind="institution"))
    project.links.add(Link(id="l1", source_id="p1", target_id="g1", type="leads", strength=0.75,
                           note="since 1999"))
    project.links.add(Link(id="l2", source_id="p1", target_id="p2", type="knows"))
    project.links.add(Link(id="l3", source_id="g1", target_id="hall", type="meets_at"))
    project.basemap["boundary"] = [BasemapFeature(Polygon([(-3.6, 52.3), (-3.4, 52.3), (-3.4, 52.5)]),
                                                  "Llanfair", "ward")]
    project.basemap["streets"] = [BasemapFeature(LineString([(-3.5, 52.4), (-3.49, 52.41)]),
                                                 "Stryd Fawr", "tertiary")]
    project.network_layout = {"p1": (0.5, -0.25), "g1": (1.0, 2.0)}
    return project


@pytest.fixture
def rich_project() -> Project:
    return make_rich_project()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch):
    """Recent files and other settings go to a throw-away folder, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
