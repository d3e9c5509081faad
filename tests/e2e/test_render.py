"""`assetmap render` draws the ward with the window's drawing code, to PNG, PDF and SVG."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from assetmap.model import CATEGORIES
from tests.conftest import SAMPLE
from tests.images import colour_present, distinct_colours, image_array


def render(*args):
    return subprocess.run([sys.executable, "-m", "assetmap", "render", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_png_shows_every_category(tmp_path):
    out = tmp_path / "ward.png"
    result = render(SAMPLE, out, "--size", "1200x900")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 900)
    pixels = image_array(image)
    assert distinct_colours(pixels) > 100
    for cat in CATEGORIES:
        assert colour_present(pixels, cat.colour), cat.key


def test_bbox_west_of_greenwich_and_zoomed_in(tmp_path):
    out = tmp_path / "zoom.png"
    result = render(SAMPLE, out, "--bbox", "-2.095,53.615,-2.075,53.625", "--size", "600x400")
    assert result.returncode == 0, result.stderr
    assert distinct_colours(image_array(QImage(str(out)))) > 20


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (Debian poppler-utils) is not installed")
def test_pdf_page_is_not_blank(tmp_path):
    out = tmp_path / "ward.pdf"
    assert render(SAMPLE, out).returncode == 0
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")], check=True)
    page = QImage(str(tmp_path / "page-1.png"))
    pixels = image_array(page)
    assert distinct_colours(pixels) > 50
    assert colour_present(pixels, next(c for c in CATEGORIES if c.key == "institution").colour, tolerance=30)


def test_svg_is_a_drawing(tmp_path):
    out = tmp_path / "ward.svg"
    assert render(SAMPLE, out).returncode == 0
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 100


def test_bad_requests_are_one_line(tmp_path):
    for args, words in (((tmp_path / "x.jpg",), ".png, .pdf or .svg"),
                        ((tmp_path / "x.png", "--size", "big"), "WIDTHxHEIGHT"),
                        ((tmp_path / "x.png", "--bbox", "1,2,3"), "minlon,minlat")):
        result = render(SAMPLE, *args)
        assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())
