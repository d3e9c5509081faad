"""The printed map and the ward asset profile, checked with real readers: pdftoppm,
pdftotext and python-docx."""

import subprocess
import sys
import unicodedata

import pytest
from PySide6.QtGui import QImage

from assetmap.io.gpkg_store import open_project
from assetmap.model import CATEGORIES
from tests.conftest import SAMPLE
from tests.images import colour_present, image_array


def assetmap(*args):
    result = subprocess.run([sys.executable, "-m", "assetmap", *map(str, args)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result


def pdf_text(path):
    """The PDF's text, with typographic ligatures (ﬁ) unfolded."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def pdf_page_png(path, tmp_path, page=1, dpi=50):
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(prefix)], check=True)
    return image_array(QImage(str(prefix) + ".png"))


@pytest.fixture(scope="module")
def sample():
    return open_project(SAMPLE)


def test_a3_print_map_has_title_key_scale_and_credits(tmp_path):
    out = tmp_path / "poster.pdf"
    assetmap("render", SAMPLE, out, "--paper", "A3", "--landscape", "--title", "Millbrook: what we have")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "1191 x 842 pts (A3)" in info  # wider than tall: landscape
    text = pdf_text(out)
    assert "Millbrook: what we have" in text
    assert "Key" in text and all(c.plural in text for c in CATEGORIES)
    assert "km" in text or " m" in text  # the scale bar's label
    assert "N" in text.split()  # the north arrow
    assert "Made with assetmap on" in text and "Fictional sample data" in text
    pixels = pdf_page_png(out, tmp_path)
    assert pixels.std() > 25
    for cat in CATEGORIES:
        assert colour_present(pixels, cat.colour, tolerance=30), cat.key


def test_a4_png_is_300_dpi(tmp_path):
    out = tmp_path / "map.png"
    assetmap("render", SAMPLE, out, "--paper", "A4")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2480, 3508)
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def test_print_map_lines_keep_their_size_on_paper(tmp_path):
    """A 300 dpi page draws the ward boundary about three times as thick as 96 dpi does."""
    thin, thick = tmp_path / "96.png", tmp_path / "300.png"
    assetmap("render", SAMPLE, thin, "--paper", "A4", "--dpi", "96")
    assetmap("render", SAMPLE, thick, "--paper", "A4", "--dpi", "300")

    def purple_share(path):
        pixels = image_array(QImage(str(path)))
        return ((abs(pixels.astype(int) - [0x5B, 0x3A, 0x8C]).max(axis=2) < 40).mean())

    assert purple_share(thick) == pytest.approx(purple_share(thin), rel=0.5)


def test_pdf_report_is_anonymised_and_complete(sample, tmp_path):
    out = tmp_path / "profile.pdf"
    assetmap("report", SAMPLE, out)
    text = pdf_text(out)
    for heading in ("The ward's assets", "The network", "Connectors", "Gaps", "Suggested introductions",
                    "How this was worked out"):
        assert heading in text
    assert sample.info.name in text
    assert "Person " in text
    names = [p.name for p in sample.people]
    assert not [n for n in names if n in text]
    assert "Niamh Sutcliffe" not in text
    assert pdf_page_png(out, tmp_path).std() > 10


def test_report_names_people_only_when_asked(tmp_path):
    out = tmp_path / "named.pdf"
    assetmap("report", SAMPLE, out, "--include-names")
    assert "Niamh Sutcliffe" in pdf_text(out)


def test_docx_report_opens_in_python_docx(sample, tmp_path):
    import docx

    out = tmp_path / "profile.docx"
    assetmap("report", SAMPLE, out)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert sample.info.name in text and "Suggested introductions" in text
    assert "Connector" in cells and "Person " in cells
    assert len(document.inline_shapes) == 2
    assert not [p.name for p in sample.people if p.name in text + cells]


def test_a1_workshop_poster_has_a_lettered_grid_and_numbered_assets(tmp_path):
    out = tmp_path / "poster.pdf"
    assetmap("render", SAMPLE, out, "--paper", "A1", "--landscape", "--grid", "--title", "Mark what you know")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "(A1)" in info
    words = pdf_text(out).split()
    assert all(words.count(letter) >= 2 for letter in "ABCDEFGH")  # top and bottom edges
    assert all(words.count(str(n)) >= 2 for n in range(1, 9))
    assert "155" in words  # the last asset's number
