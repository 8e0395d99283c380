"""The bulletin as a .docx: the office's Word template filled in with docxtpl.

The template holds the masthead, fonts and 版记 (see :mod:`.template_builder`);
this module only supplies the worded fields and builds each attachment's
table or picture, styled by the template's own named styles.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from io import BytesIO
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Mm
from docxtpl import DocxTemplate
from jinja2 import TemplateError

from monitor.bulletin.chart_png import render_png
from monitor.bulletin.fonts import FontRef
from monitor.bulletin.model import Bulletin, Figure
from monitor.bulletin.styles import TEXT_MM, S
from monitor.bulletin.tables import Table

TABLE_STYLE = "Table Grid"  # Word's own grid table style, under its English name in every language
BARS_PER_PAGE = 28  # 6 mm a bar under the attachment's title: a longer chart goes on in a second picture
DEFAULT_TEMPLATE = files("monitor.bulletin").joinpath("data/bulletin-template.docx")


class TemplateProblem(ValueError):
    """The office's template cannot be used; the message says why in one line."""


def write_docx(bulletin: Bulletin, path: Path, template: Path | None = None,
               font: FontRef | None = None) -> Path:
    with as_file(DEFAULT_TEMPLATE) as default:
        document = _load(Path(template or default))
        context = _context(document, bulletin, font)
        try:
            document.render(context, autoescape=True)  # unit names come from an editable profile
        except TemplateError as exc:
            raise TemplateProblem(f"template {template or default}: {exc}") from exc
        document.save(path)
    return path


def _load(path: Path) -> DocxTemplate:
    if not path.is_file():
        raise TemplateProblem(f"bulletin template {path} not found")
    try:
        document = DocxTemplate(path)
        names = {style.name for style in document.get_docx().styles}
    except Exception as exc:  # a zip that is not a Word document, a .doc, a damaged file
        raise TemplateProblem(f"bulletin template {path} is not a readable .docx ({exc})") from exc
    if missing := [name for name in (*S.REQUIRED, TABLE_STYLE) if name not in names]:
        raise TemplateProblem(f"bulletin template {path} lacks the styles {'、'.join(missing)}; "
                              "start from 'portal-monitor template' and edit that")
    return document


def _context(document: DocxTemplate, bulletin: Bulletin, font: FontRef | None) -> dict:
    return {
        "title_lines": bulletin.title_lines, "issue": bulletin.issue, "compiled_by": bulletin.compiled_by,
        "sections": bulletin.sections, "attachment_lines": bulletin.attachment_lines,
        "recipients": bulletin.recipients, "issuer": bulletin.issuer, "issued_on": bulletin.issued_on,
        "attachments": [{"label": a.label, "title": a.title, "body": _body(document, a, font)}
                        for a in bulletin.attachments],
    }


def _body(document: DocxTemplate, attachment: Table | Figure, font: FontRef | None):
    sub = document.new_subdoc()
    if isinstance(attachment, Figure):
        for part in attachment.chart.parts(BARS_PER_PAGE):
            picture = sub.add_paragraph(style=S.FIGURE)
            picture.add_run().add_picture(BytesIO(render_png(part, font)), width=Mm(TEXT_MM))
    else:
        _table(sub, attachment)
    return sub


def _table(sub, table: Table) -> None:
    """A grid whose header row repeats on every page and whose rows never split across pages."""
    widths = table.widths
    grid = sub.add_table(rows=0, cols=len(table.header))
    grid.style, grid.alignment, grid.autofit = TABLE_STYLE, WD_TABLE_ALIGNMENT.CENTER, False
    for column, width in zip(grid.columns, widths):
        column.width = Mm(width)  # the grid LibreOffice reads; Word reads the cell widths
    for i, cells in enumerate([table.header, *table.rows]):
        row = grid.add_row()
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if i == 0:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, text, width in zip(row.cells, cells, widths):
            cell.width, cell.vertical_alignment = Mm(width), WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.style = S.CELL_SMALL if table.compact else S.CELL
            paragraph.add_run(text).bold = i == 0 or None
