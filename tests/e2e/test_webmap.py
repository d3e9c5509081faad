"""The web map: one HTML file that works in a real browser with the network cut off."""

import html
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage
from shapely.geometry import Point

from assetmap.io.gpkg_store import open_project
from assetmap.io.webmap import external_loads, popup_html, write_webmap
from assetmap.io.public_view import public_assets
from assetmap.model.entities import Asset
from tests.browser import load_page
from tests.conftest import SAMPLE
from tests.images import image_array

HOSTILE = '<img src=x onerror="document.body.dataset.hacked=1"></script><script>document.body.dataset.hacked=2</script>'


@pytest.fixture(scope="module")
def sample_webmap(tmp_path_factory):
    project = open_project(SAMPLE)
    project.assets.add(Asset(id="hostile", name=HOSTILE, category="cultural", description=HOSTILE,
                             geometry=Point(project.boundary.representative_point().coords[0])))
    folder = tmp_path_factory.mktemp("webmap")
    out = write_webmap(project, folder / "millbrook.html")
    return project, out


def test_the_page_loads_nothing_from_outside(sample_webmap):
    _, out = sample_webmap
    page = out.read_text(encoding="utf-8")
    assert external_loads(page) == []
    assert "cdn.jsdelivr" not in page and "code.jquery" not in page


def test_chromium_shows_the_map_offline_and_asks_for_no_address(sample_webmap, tmp_path):
    project, out = sample_webmap
    loaded = load_page(out, tmp_path / "shot.png")
    assert loaded.requests == [], loaded.requests
    assert "Uncaught" not in loaded.console, loaded.console
    dom = loaded.dom
    assert "leaflet-container" in dom
    assert html.escape(project.info.name) in dom
    # every kind is a layer the reader can switch, and the legend names each
    for label in ("Groups and clubs", "Places and spaces", "Local economy"):
        assert f"{label} (" in dom
    assert dom.count("leaflet-marker-icon") > 10
    assert "Streets" in dom and "Gap: more than 800 m" in dom
    assert 'data-hacked' not in dom
    pixels = image_array(QImage(str(tmp_path / "shot.png")))
    assert pixels.std() > 20  # a drawn map, not a blank page
    # street grey and the boundary's purple are both on the screen
    assert (np.abs(pixels.astype(int) - [0x9A, 0x8F, 0x84]).max(axis=2) < 20).sum() > 500
    assert (np.abs(pixels.astype(int) - [0x5B, 0x4E, 0x8C]).max(axis=2) < 20).sum() > 200


def test_popups_escape_every_field(sample_webmap):
    project, _ = sample_webmap
    hostile = next(a for a in public_assets(project) if a.id == "hostile")
    text = popup_html(hostile)
    assert "<img" not in text and "<script" not in text
    assert html.escape(HOSTILE) in text


def in_page(name, page):
    """The name as plain text, HTML-escaped, or as Jinja's tojson writes it into a script."""
    as_json = (name.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
               .replace("'", "\\u0027"))
    return any(form in page for form in (name, html.escape(name), as_json, html.escape(name).replace("'", "&#x27;")))


def test_names_of_people_are_withheld_by_default(sample_webmap, tmp_path):
    project, out = sample_webmap
    page = out.read_text(encoding="utf-8")
    gifts = [a for a in project.assets if a.category == "individual"]
    assert gifts and not any(in_page(a.name, page) for a in gifts)
    assert not any(in_page(p.name, page) for p in project.people)
    named = write_webmap(project, tmp_path / "named.html", include_names=True, gap_distance=None)
    named_page = named.read_text(encoding="utf-8")
    assert all(in_page(a.name, named_page) for a in gifts)


def test_the_command_writes_the_web_map(tmp_path):
    out = tmp_path / "ward.html"
    done = subprocess.run([sys.executable, "-m", "assetmap", "webmap", str(SAMPLE), str(out), "--no-gaps"],
                          capture_output=True, text=True, check=True)
    assert "no names" in done.stdout
    assert out.stat().st_size > 100_000
