"""The bulletin as a .docx that looks like the office's own printed 简报 (GB/T 9704 sizes).

Template-free for v1. Chinese fonts are set on ``w:eastAsia``: python-docx's
``font.name`` sets only the Latin slots, and Word would then show the Chinese
text in the theme's East-Asian font instead of 仿宋.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Mm, Pt, RGBColor
from docx.text.font import Font
from docx.text.paragraph import Paragraph

from monitor.bulletin.model import Bulletin
from monitor.bulletin.tables import Table

TITLE_FONT, BODY_FONT, HEADING_FONT, PAGE_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体", "宋体"
# Offices have the GB2312-era fonts; stock Windows has only 仿宋 and 宋体.
FALLBACKS = {TITLE_FONT: "宋体", BODY_FONT: "仿宋"}
RED = "FF0000"
BODY_PT, TITLE_PT, TABLE_PT, IMPRINT_PT, COMPACT_PT = 16, 22, 12, 14, 9
COLUMN_MM = (36, 20, 20, 20, 20, 20, 20)  # 156 mm: the A4 text width at 28/26 mm margins
# w:pPr children that may follow w:pBdr, in schema order
_AFTER_PBDR = ("w:shd", "w:tabs", "w:snapToGrid", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr")


def write_docx(bulletin: Bulletin, path: Path) -> Path:
    document = Document()
    _setup(document)
    _masthead(document, bulletin)
    for section in bulletin.sections:
        _paragraph(document, section.heading, HEADING_FONT)
        for text in section.paragraphs:
            _paragraph(document, text)
    for i, line in enumerate(bulletin.attachment_lines):
        paragraph = _paragraph(document, line, indent=i == 0)
        if i:  # under the "1." that follows 附件：
            paragraph.paragraph_format.left_indent = Pt(BODY_PT * 5)
    _imprint(document, bulletin)
    for table in bulletin.tables:
        _attachment(document, table)
    _declare_fallbacks(document)
    document.save(path)
    return path


def _setup(document: DocxDocument) -> None:
    """A4 with the official margins and 仿宋 三号 on a 28 pt grid as the default text."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(24)  # the page number about 7 mm below the text
    normal = document.styles["Normal"]
    _font(normal.font, normal.element.get_or_add_rPr(), BODY_FONT, BODY_PT)
    lang = OxmlElement("w:lang", {qn("w:val"): "en-US", qn("w:eastAsia"): "zh-CN"})
    normal.element.get_or_add_rPr().append(lang)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(28)
    _page_numbers(section.footer.paragraphs[0])


def _page_numbers(footer: Paragraph) -> None:
    """— 1 — centred in 宋体 四号: a PAGE field between two dashes."""
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(footer, "— ", PAGE_FONT, IMPRINT_PT)
    _run(footer, "1", PAGE_FONT, IMPRINT_PT)
    field = OxmlElement("w:fldSimple", {qn("w:instr"): "PAGE"})
    field.append(footer.runs[-1]._r)  # the run moves into the field as the value shown before updating
    footer._p.append(field)
    _run(footer, " —", PAGE_FONT, IMPRINT_PT)


def _masthead(document: DocxDocument, bulletin: Bulletin) -> None:
    title = _paragraph(document, "\n".join(bulletin.title_lines), TITLE_FONT, TITLE_PT,
                       align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    title.paragraph_format.space_before, title.paragraph_format.space_after = Pt(24), Pt(12)
    if bulletin.issue:
        _paragraph(document, bulletin.issue, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule(_paragraph(document, bulletin.compiled_by, align=WD_ALIGN_PARAGRAPH.CENTER), ("bottom",), RED)
    _paragraph(document, bulletin.instructions_label, indent=False).paragraph_format.space_after = Pt(84)


def _imprint(document: DocxDocument, bulletin: Bulletin) -> None:
    """主送 and the issuer/印发 date between rules, as the 版记 closes a document."""
    _paragraph(document, "", indent=False)
    _rule(_paragraph(document, bulletin.recipients, size=IMPRINT_PT, indent=False), ("top",))
    line = _paragraph(document, f"{bulletin.issuer}\t{bulletin.issued_on}", size=IMPRINT_PT, indent=False)
    _rule(line, ("top", "bottom"))
    line.paragraph_format.tab_stops.add_tab_stop(Mm(sum(COLUMN_MM)), WD_TAB_ALIGNMENT.RIGHT)


def _attachment(document: DocxDocument, table: Table) -> None:
    _paragraph(document, table.label, HEADING_FONT, indent=False).paragraph_format.page_break_before = True
    title = _paragraph(document, table.title, TITLE_FONT, 18, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_after = Pt(12)
    grid = document.add_table(rows=0, cols=len(table.header), style="Table Grid")
    grid.alignment, grid.autofit = WD_TABLE_ALIGNMENT.CENTER, False
    widths = table.widths or COLUMN_MM
    for column, width in zip(grid.columns, widths):
        column.width = Mm(width)  # the grid LibreOffice reads; Word reads the cell widths
    for i, cells in enumerate([table.header, *table.rows]):
        row = grid.add_row()
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))
        if i == 0:
            trPr.append(OxmlElement("w:tblHeader"))  # repeated on every page
        for cell, text, width in zip(row.cells, cells, widths):
            cell.width, cell.vertical_alignment = Mm(width), WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            _run(paragraph, text, BODY_FONT, COMPACT_PT if table.compact else TABLE_PT, bold=i == 0)


def _paragraph(document: DocxDocument, text: str, font: str = BODY_FONT, size: int = BODY_PT, *,
               align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True,
               color: str | None = None) -> Paragraph:
    """A paragraph of one run; justified body text gets the 2-character first-line indent."""
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    if indent and align == WD_ALIGN_PARAGRAPH.JUSTIFY:
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
        paragraph._p.pPr.ind.set(qn("w:firstLineChars"), "200")  # 2 characters, whatever the font
    _run(paragraph, text, font, size, color=color)
    return paragraph


def _run(paragraph: Paragraph, text: str, font: str, size: int, *, bold: bool = False,
         color: str | None = None) -> None:
    run = paragraph.add_run(text)
    _font(run.font, run._r.get_or_add_rPr(), font, size)
    run.font.bold = bold or None
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _font(font: Font, rPr: CT_RPr, name: str, size: int) -> None:
    font.name, font.size = name, Pt(size)
    rPr.rFonts.set(qn("w:eastAsia"), name)


def _rule(paragraph: Paragraph, sides: tuple[str, ...], color: str = "000000") -> None:
    """Horizontal rules as paragraph borders: they stay with the text when it reflows."""
    borders = OxmlElement("w:pBdr")
    for side in sides:
        borders.append(OxmlElement(f"w:{side}", {qn("w:val"): "single", qn("w:sz"): "12",
                                                 qn("w:space"): "1", qn("w:color"): color}))
    # Word rejects a w:pPr whose children are out of schema order
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)


def _declare_fallbacks(document: DocxDocument) -> None:
    """List 仿宋/宋体 as ``w:altName`` of the GB2312-era fonts, which Word uses where they are missing."""
    part = document.part
    rId, old = next((rId, rel.target_part) for rId, rel in part.rels.items() if rel.reltype == RT.FONT_TABLE)
    table = XmlPart.load(old.partname, old.content_type, old.blob, old.package)
    for name, alt in FALLBACKS.items():
        font = OxmlElement("w:font", {qn("w:name"): name})
        font.append(OxmlElement("w:altName", {qn("w:val"): alt}))
        font.append(OxmlElement("w:charset", {qn("w:val"): "86"}))  # GB2312
        table.element.append(font)
    part.drop_rel(rId)
    part.relate_to(table, RT.FONT_TABLE)
