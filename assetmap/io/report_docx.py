"""The ward asset profile as a Word document (python-docx), to paste into a council report."""

from __future__ import annotations

from pathlib import Path

from assetmap.io.report_content import ReportContent


def write_docx(content: ReportContent, path: Path, map_png: Path, network_png: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    doc.core_properties.title = f"{content.title}: ward asset profile"
    doc.core_properties.author = "assetmap"
    doc.add_heading(content.title, level=0)
    doc.add_paragraph(content.subtitle)
    doc.add_paragraph(content.privacy).italic = True
    doc.add_heading("The ward's assets", level=1)
    doc.add_picture(str(map_png), width=Cm(16))
    _table(doc, ("Kind of asset", "Number mapped"), [(k, str(n)) for k, n in content.counts])
    doc.add_heading("The network", level=1)
    doc.add_paragraph(content.network_summary)
    doc.add_picture(str(network_png), width=Cm(14))
    doc.add_heading("Connectors", level=2)
    if content.connectors:
        _table(doc, ("Connector", "Why they matter"), content.connectors)
    else:
        doc.add_paragraph("Nobody links otherwise separate clusters.")
    doc.add_heading("Gaps", level=1)
    for gap in content.network_gaps:
        doc.add_paragraph(gap, style="List Bullet")
    if content.walking_gaps:
        doc.add_paragraph(content.walking_note)
        _table(doc, ("Kind of asset", "Ward covered", "Beyond reach"), content.walking_gaps)
    doc.add_heading("Suggested introductions", level=1)
    for pair, reason in content.suggestions:
        paragraph = doc.add_paragraph(style="List Bullet")
        paragraph.add_run(pair).bold = True
        paragraph.add_run(f": {reason}")
    if content.votes:
        doc.add_heading("Priorities voted for", level=1)
        _table(doc, ("Asset or idea", "Votes"), content.votes)
    doc.add_heading("How this was worked out", level=1)
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
