"""Sign-off documents: a title, a few labelled facts and one table, as DOCX or PDF.

DOCX is written with python-docx, PDF with Qt's QPdfWriter + QTextDocument (a
QGuiApplication is created offscreen when none runs, e.g. from the CLI). Files are written
through app.media.outputs: beside the target, renamed into place, never replacing a file
unless asked.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from app.core.overwrite import Overwrite
from app.media.outputs import write_output


@dataclass(frozen=True)
class SheetDocument:
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, value) under the title
    columns: list[str] = field(default_factory=list)
    column_weights: list[float] = field(default_factory=list)  # relative widths
    rows: list[list[str]] = field(default_factory=list)
    footer: str = ""  # e.g. signature lines


# DOCX ----------------------------------------------------------------------------------
def write_docx(sheet: SheetDocument, target: Path, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    def write(path: Path) -> None:
        doc = Document()
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(1.5))
        doc.add_heading(sheet.title, level=1)
        for label, value in sheet.facts:
            para = doc.add_paragraph()
            para.add_run(f"{label}: ").bold = True
            para.add_run(value)
            para.paragraph_format.space_after = Pt(0)
        if sheet.columns:
            table = doc.add_table(rows=1, cols=len(sheet.columns))
            table.style = "Table Grid"
            weights = sheet.column_weights or [1.0] * len(sheet.columns)
            usable_cm = 26.7
            for i, name in enumerate(sheet.columns):
                cell = table.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(name).bold = True
            for row in sheet.rows:
                cells = table.add_row().cells
                for i, value in enumerate(row):
                    cells[i].text = value
            for i, weight in enumerate(weights):
                width = Cm(usable_cm * weight / sum(weights))
                for row in table.rows:
                    row.cells[i].width = width
        if sheet.footer:
            doc.add_paragraph()
            for line in sheet.footer.split("\n"):
                doc.add_paragraph(line)
        doc.save(str(path))

    return write_output(target, write, overwrite, require_content=True)


# PDF -----------------------------------------------------------------------------------
def sheet_html(sheet: SheetDocument) -> str:
    e = html.escape
    weights = sheet.column_weights or [1.0] * len(sheet.columns)
    total = sum(weights) or 1.0
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 9pt;'>",
        f"<h2>{e(sheet.title)}</h2>",
        "<table cellspacing='0' cellpadding='1'>",
    ]
    for label, value in sheet.facts:
        parts.append(f"<tr><td><b>{e(label)}</b></td><td>&nbsp;{e(value)}</td></tr>")
    parts.append("</table><br/>")
    if sheet.columns:
        parts.append(
            "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
            "style='border-collapse: collapse; border-color: #888;'>"
        )
        parts.append("<tr style='background-color: #e8e8e8;'>")
        for name, weight in zip(sheet.columns, weights, strict=False):
            parts.append(f"<th width='{round(100 * weight / total)}%' align='left'>{e(name)}</th>")
        parts.append("</tr>")
        for row in sheet.rows:
            cells = "".join(f"<td valign='top'>{e(v).replace(chr(10), '<br/>')}</td>" for v in row)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    if sheet.footer:
        parts.append("<br/><br/>" + e(sheet.footer).replace("\n", "<br/>"))
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(sheet: SheetDocument, target: Path, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    from app.media.qt_app import ensure_gui_application

    ensure_gui_application()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    def write(path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setResolution(150)
        writer.setTitle(sheet.title)
        writer.setCreator("Kilas")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.A4),
                QPageLayout.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Millimeter,
            )
        )
        doc = QTextDocument()
        doc.setHtml(sheet_html(sheet))
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        doc.print_(writer)
        del writer  # finishes the file

    return write_output(target, write, overwrite, require_content=True)
