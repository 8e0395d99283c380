"""The named styles of the bulletin template: what the builder defines and the writer relies on.

Names are the Chinese ones an office sees in Word's style list; the ids are
ASCII so every word processor keeps them when the template is saved again.
"""
from __future__ import annotations

from dataclasses import dataclass

TITLE_FONT, BODY_FONT, HEADING_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
BODY_PT, TITLE_PT, TABLE_PT, IMPRINT_PT, COMPACT_PT = 16, 22, 10.5, 14, 9  # 三号, 二号, 五号, 四号, 小五
TEXT_MM = 156  # the A4 text width at 28/26 mm margins


@dataclass(frozen=True)
class StyleSpec:
    name: str
    style_id: str
    font: str = BODY_FONT
    size: float = BODY_PT
    align: str = "JUSTIFY"
    exact: int | None = 28  # exact line height in pt; None: single (titles, pictures, table cells)
    first_chars: int = 0  # first-line indent in characters
    left_chars: int = 0
    before: int = 0
    after: int = 0
    bold: bool = False
    red: bool = False
    rules: tuple[str, ...] = ()  # paragraph borders: top, bottom
    rule_color: str = "000000"
    page_break: bool = False
    keep_with_next: bool = False


class S:
    """Style names, and the specs of the default template."""

    TITLE, ISSUE, COMPILED, INSTRUCTIONS = "版头", "期号", "编发单位", "领导批示"
    HEADING, BODY, ATTACHMENTS, ATTACHMENTS_MORE = "一级标题", "通报正文", "附件说明", "附件说明续行"
    IMPRINT, IMPRINT_LAST = "版记", "版记末行"
    LABEL, ATTACHMENT_TITLE, CELL, CELL_SMALL, FIGURE = "附件标签", "附件标题", "表格文字", "表格小字", "附件图"
    ALL = (
        StyleSpec(TITLE, "BulletinTitle", TITLE_FONT, TITLE_PT, "CENTER", None, red=True),
        StyleSpec(ISSUE, "BulletinIssue", align="CENTER", before=12),
        StyleSpec(COMPILED, "BulletinCompiled", align="CENTER", rules=("bottom",), rule_color="FF0000"),
        StyleSpec(INSTRUCTIONS, "BulletinInstructions", align="LEFT", after=84),
        StyleSpec(HEADING, "BulletinHeading", HEADING_FONT, first_chars=2, keep_with_next=True),
        StyleSpec(BODY, "BulletinBody", first_chars=2),
        StyleSpec(ATTACHMENTS, "BulletinAttachments", first_chars=2),
        StyleSpec(ATTACHMENTS_MORE, "BulletinAttachmentsMore", left_chars=5),
        StyleSpec(IMPRINT, "BulletinImprint", size=IMPRINT_PT, align="LEFT", rules=("top",)),
        # 小四: a long issuer and the 印发 date still share one line
        StyleSpec(IMPRINT_LAST, "BulletinImprintLast", size=12, align="LEFT", rules=("top", "bottom")),
        StyleSpec(LABEL, "AttachmentLabel", HEADING_FONT, align="LEFT", page_break=True, keep_with_next=True),
        StyleSpec(ATTACHMENT_TITLE, "AttachmentTitle", TITLE_FONT, 18, "CENTER", None, after=12, keep_with_next=True),
        StyleSpec(CELL, "TableText", size=TABLE_PT, align="CENTER", exact=None),
        StyleSpec(CELL_SMALL, "TableTextSmall", size=COMPACT_PT, align="CENTER", exact=None),
        StyleSpec(FIGURE, "AttachmentFigure", align="CENTER", exact=None),
    )
    REQUIRED = tuple(spec.name for spec in ALL)
