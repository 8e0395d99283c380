"""Build the default Word template of the bulletin: ``python -m monitor.bulletin.template_builder OUT.docx``.

The shipped ``data/bulletin-template.docx`` is this script's output. An office
edits a copy in Word or WPS (the red masthead, fonts, margins, 领导批示 line,
版记 rules all live in it) and names it in ``[bulletin] template``; the
program only fills the ``{{ … }}`` fields and the ``{%p … %}`` loops (docxtpl).
Formatting sits in named styles, so changing 通报正文 changes every paragraph.
Sizes follow GB/T 9704: A4, 28/26 mm side margins, 仿宋 三号 on a 28 pt grid.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from monitor.bulletin.styles import BODY_FONT, BODY_PT, IMPRINT_PT, TEXT_MM, TITLE_FONT, S

PAGE_FONT = "宋体"
FALLBACKS = {TITLE_FONT: "宋体", BODY_FONT: "仿宋"}  # stock Windows lacks the GB2312-era fonts
RED = "FF0000"
_AFTER_PBDR = ("w:shd", "w:tabs", "w:snapToGrid", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr")
# The document body: (style, text) per paragraph; docxtpl drops the {%p %} paragraphs when rendering.
BODY = (
    (None, "{%p for line in title_lines %}"), (S.TITLE, "{{ line }}"), (None, "{%p endfor %}"),
    (None, "{%p if issue %}"), (S.ISSUE, "{{ issue }}"), (None, "{%p endif %}"),
    (S.COMPILED, "{{ compiled_by }}"),
    (S.INSTRUCTIONS, "领导批示："),
    (None, "{%p for section in sections %}"), (S.HEADING, "{{ section.heading }}"),
    (None, "{%p for text in section.paragraphs %}"), (S.BODY, "{{ text }}"), (None, "{%p endfor %}"),
    (None, "{%p endfor %}"),
    (None, "{%p for line in attachment_lines %}"), (None, "{%p if loop.first %}"), (S.ATTACHMENTS, "{{ line }}"),
    (None, "{%p else %}"), (S.ATTACHMENTS_MORE, "{{ line }}"), (None, "{%p endif %}"), (None, "{%p endfor %}"),
    (S.BODY, ""),
    (S.IMPRINT, "主送：{{ recipients }}"), (S.IMPRINT_LAST, "{{ issuer }}\t{{ issued_on }}印发"),
    (None, "{%p for attachment in attachments %}"),
    (S.LABEL, "{{ attachment.label }}"), (S.ATTACHMENT_TITLE, "{{ attachment.title }}"),
    (None, "{{p attachment.body }}"),
    (None, "{%p endfor %}"),
)


def build_template(path: Path) -> Path:
    document = Document()
    _page(document)
    _styles(document)
    body = document.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)  # python-docx's default document starts with one empty paragraph
    for style, text in BODY:
        paragraph = document.add_paragraph(text, style=style)
        if style is None:
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _declare_fallbacks(document)
    document.save(path)
    return path


def _page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(24)  # the page number about 7 mm below the text
    _page_numbers(section.footer.paragraphs[0])


def _page_numbers(footer) -> None:
    """— 1 — centred in 宋体 四号: a PAGE field between two dashes."""
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("— ", "1", " —"):
        run = footer.add_run(text)
        _font(run.font, run._r.get_or_add_rPr(), PAGE_FONT, IMPRINT_PT)
    field = OxmlElement("w:fldSimple", {qn("w:instr"): "PAGE"})
    footer.runs[1]._r.addprevious(field)
    field.append(footer.runs[1]._r)  # the run moves into the field as the value shown before updating


def _styles(document: DocxDocument) -> None:
    normal = document.styles["Normal"]
    _font(normal.font, normal.element.get_or_add_rPr(), BODY_FONT, BODY_PT)
    normal.element.get_or_add_rPr().append(OxmlElement("w:lang", {qn("w:val"): "en-US",
                                                                  qn("w:eastAsia"): "zh-CN"}))
    _spacing(normal, exact=28)
    for spec in S.ALL:
        _style(document, spec)


def _style(document: DocxDocument, spec) -> None:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = spec.style_id
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    _font(style.font, style.element.get_or_add_rPr(), spec.font, spec.size)
    style.font.bold = spec.bold or None
    if spec.red:
        style.font.color.rgb = RGBColor.from_string(RED)
    fmt = style.paragraph_format
    fmt.alignment = getattr(WD_ALIGN_PARAGRAPH, spec.align)
    fmt.page_break_before = spec.page_break or None
    fmt.keep_with_next = spec.keep_with_next or None
    fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
    _spacing(style, exact=spec.exact)
    _indent(style, spec)
    if spec.rules:
        _rule(style, spec.rules, spec.rule_color)
    if spec.name == S.IMPRINT_LAST:
        fmt.tab_stops.add_tab_stop(Mm(TEXT_MM), WD_TAB_ALIGNMENT.RIGHT)


def _spacing(style, exact: int | None) -> None:
    fmt = style.paragraph_format
    if exact:
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(exact)
    else:  # pictures and titles: an exact line would clip them
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _indent(style: ParagraphStyle, spec) -> None:
    """Indents in characters (firstLineChars, leftChars): right whatever font the office picks."""
    if not (spec.first_chars or spec.left_chars):
        return
    fmt = style.paragraph_format
    fmt.first_line_indent = Pt(spec.size * spec.first_chars) if spec.first_chars else None
    fmt.left_indent = Pt(spec.size * spec.left_chars) if spec.left_chars else None
    ind = style.element.get_or_add_pPr().find(qn("w:ind"))
    if spec.first_chars:
        ind.set(qn("w:firstLineChars"), str(spec.first_chars * 100))
    if spec.left_chars:
        ind.set(qn("w:leftChars"), str(spec.left_chars * 100))


def _font(font, rPr, name: str, size: int) -> None:
    """Chinese fonts go on w:eastAsia too: python-docx's ``font.name`` sets only the Latin slots."""
    font.name, font.size = name, Pt(size)
    rPr.rFonts.set(qn("w:eastAsia"), name)


def _rule(style, sides: tuple[str, ...], color: str) -> None:
    """Horizontal rules as paragraph borders: they stay with the text when it reflows."""
    borders = OxmlElement("w:pBdr")
    for side in sides:
        borders.append(OxmlElement(f"w:{side}", {qn("w:val"): "single", qn("w:sz"): "12",
                                                 qn("w:space"): "1", qn("w:color"): color}))
    style.element.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)  # Word wants schema order


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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m monitor.bulletin.template_builder OUT.docx")
    print(build_template(Path(sys.argv[1])))
