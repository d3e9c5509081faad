"""The ward asset profile as a Word document (python-docx), to paste into a council report."""

from __future__ import annotations

from pathlib import Path

from assetmap.io.report_content import ReportContent


def write_docx(content: ReportContent, path: Path, map_png: Path, network_png: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    words = content.words
    doc = Document()
    doc.core_properties.title = words["document"]
    doc.core_properties.author = "assetmap"
    doc.add_heading(content.title, level=0)
    doc.add_paragraph(content.subtitle)
    doc.add_paragraph(content.privacy).italic = True
    doc.add_heading(words["assets"], level=1)
    doc.add_picture(str(map_png), width=Cm(16))
    _table(doc, (words["kind"], words["number"]), [(k, str(n)) for k, n in content.counts])
    doc.add_heading(words["network"], level=1)
    doc.add_paragraph(content.network_summary)
    doc.add_picture(str(network_png), width=Cm(14))
    doc.add_heading(words["connectors"], level=2)
    if content.connectors:
        _table(doc, (words["connector"], words["why"]), content.connectors)
    else:
        doc.add_paragraph(words["no_connectors"])
    doc.add_heading(words["gaps"], level=1)
    for gap in content.network_gaps:
        doc.add_paragraph(gap, style="List Bullet")
    if content.walking_gaps:
        doc.add_paragraph(content.walking_note)
        _table(doc, (words["kind"], words["covered"], words["beyond"]), content.walking_gaps)
    doc.add_heading(words["introductions"], level=1)
    for pair, reason in content.suggestions:
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(pair).bold = True
        paragraph.add_run(f": {reason}")
    if content.votes:
        doc.add_heading(words["votes"], level=1)
        _table(doc, (words["voted"], words["vote_count"]), content.votes)
    doc.add_heading(words["method"], level=1)
    for line in content.method:
        doc.add_paragraph(line)
    doc.save(str(path))


def _table(doc, header: tuple[str, ...], rows) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Light List Accent 1"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = str(text)
