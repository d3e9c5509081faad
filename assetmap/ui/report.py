"""Writing the ward asset profile: the map and the network picture drawn with the window's
own code, the words from io/report_content, as a PDF (Qt's text layout) or a Word file."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from assetmap.ui.i18n import tr
from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.io.report_content import ReportContent, build_report
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.project import Project

FORMATS = (".pdf", ".docx")


def network_picture(project: Project, result: dict, path: Path, size: tuple[int, int] = (1400, 1000)) -> Path:
    from assetmap.analysis.layout import network_layout
    from assetmap.analysis.metrics import compute_metrics
    from assetmap.analysis.social_graph import social_graph
    from assetmap.ui.network_view import NetworkView

    metrics = compute_metrics(social_graph(project))
    positions = network_layout(metrics, dict(project.network_layout))
    view = NetworkView(project)
    view.show_network(positions, result)
    for item in view.items.values():
        item.setToolTip("")
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.scene().render(painter, QRectF(0, 0, size[0], size[1]), view.scene().sceneRect(),
                        Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    view.deleteLater()
    if not image.save(str(path), "PNG"):
        raise AssetmapError(tr("{0}: could not be written").format(path))
    return path


def _map_picture(project: Project, path: Path) -> Path:
    from assetmap.ui.print_layout import PrintOptions, print_to_file

    return print_to_file(project, path, PrintOptions(paper="A4", landscape=True, dpi=200,
                                                     subtitle=tr("Community assets mapped in the ward")))


def write_report(project: Project, path: Path, include_names: bool = False,
                 progress: Progress = NO_PROGRESS) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AssetmapError(tr("{0}: the report is written as .pdf or .docx").format(path))
    content, result = build_report(project, include_names, progress=progress.scaled(0.0, 0.7))
    progress.step(0.75, tr("Drawing the map and the network"))
    with tempfile.TemporaryDirectory() as folder, atomic_output(path) as temp:
        map_png = _map_picture(project, Path(folder) / "map.png")
        network_png = network_picture(project, result, Path(folder) / "network.png")
        progress.step(0.9, tr("Writing the report"))
        if suffix == ".docx":
            from assetmap.io.report_docx import write_docx

            write_docx(content, temp, map_png, network_png)
        else:
            _write_pdf(content, temp, map_png, network_png)
    progress.step(1.0, tr("Done"))
    return path


def report_html(content: ReportContent, image_width: int = 640) -> str:
    e = html.escape

    def table(header, rows) -> str:
        head = "".join(f"<th>{e(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in rows)
        return f'<table cellspacing="0" cellpadding="4" width="100%"><tr>{head}</tr>{body}</table>'

    w = {key: e(text) for key, text in content.words.items()}
    parts = [f"<h1>{e(content.title)}</h1>", f"<p>{e(content.subtitle)}</p>",
             f"<p><i>{e(content.privacy)}</i></p>",
             f"<h2>{w['assets']}</h2>", f'<p><img src="map.png" width="{image_width}"></p>',
             table((content.words["kind"], content.words["number"]), content.counts),
             f"<h2>{w['network']}</h2>", f"<p>{e(content.network_summary)}</p>",
             f'<p><img src="network.png" width="{int(image_width * 0.8)}"></p>', f"<h3>{w['connectors']}</h3>"]
    parts.append(table((content.words["connector"], content.words["why"]), content.connectors)
                 if content.connectors else f"<p>{w['no_connectors']}</p>")
    parts.append(f"<h2>{w['gaps']}</h2><ul>" + "".join(f"<li>{e(g)}</li>" for g in content.network_gaps) + "</ul>")
    if content.walking_gaps:
        parts += [f"<p>{e(content.walking_note)}</p>",
                  table((content.words["kind"], content.words["covered"], content.words["beyond"]),
                        content.walking_gaps)]
    parts.append(f"<h2>{w['introductions']}</h2><ul>"
                 + "".join(f"<li><b>{e(p)}</b>: {e(r)}</li>" for p, r in content.suggestions) + "</ul>")
    if content.votes:
        parts += [f"<h2>{w['votes']}</h2>", table((content.words["voted"], content.words["vote_count"]),
                                                   content.votes)]
    parts.append(f"<h2>{w['method']}</h2>" + "".join(f"<p>{e(m)}</p>" for m in content.method))
    style = ("<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;} h1{font-size:20pt;}"
             "h2{font-size:14pt;color:#2b2b6b;margin-top:14px;} th{background:#e8e8f0;text-align:left;}"
             "td,th{border-bottom:1px solid #cccccc;}</style>")
    return f"<html><head>{style}</head><body>{''.join(parts)}</body></html>"


def _write_pdf(content: ReportContent, path: Path, map_png: Path, network_png: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(content.words["document"])
    writer.setCreator("assetmap")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("map.png"), QImage(str(map_png)))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("network.png"), QImage(str(network_png)))
    # Lay the text out at the PDF's resolution, so type sizes in points come out right.
    document.documentLayout().setPaintDevice(writer)
    # Image widths in the HTML are in 96-dpi pixels, scaled up to the page like the type.
    document.setHtml(report_html(content, image_width=int(writer.width() * 96 / writer.resolution()) - 4))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
