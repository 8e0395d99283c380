"""The bulletin as plain data: every sentence and table cell already worded.

The writers only lay this out, so the .docx, .xlsx and .html cannot disagree
on a figure, and the wording is tested once, here, without opening a document.
"""
from __future__ import annotations

from dataclasses import dataclass

from monitor.bulletin import newmedia, wording
from monitor.bulletin.attachments import Attachment, Figure, attachment_lines, build_attachments
from monitor.bulletin.options import BulletinOptions
from monitor.bulletin.problems import ProblemFacts, problem_paragraphs
from monitor.bulletin.tables import Table
from monitor.periods import Period, cn_date
from monitor.stats_model import PeriodStats

TITLE_KIND = {"month": "月报", "quarter": "季报"}  # a year or a range: 报告


@dataclass(frozen=True)
class Section:
    heading: str  # 一、政府门户网站内容保障情况 (numbered once all sections are known)
    paragraphs: list[str]


@dataclass(frozen=True)
class Bulletin:
    key: str  # the period as 2024-02, 2024-Q2 …: names the files
    title_lines: list[str]  # broken after 暨, as printed
    issue: str | None  # 第2期（总第136期）; None for a year or range without a number
    compiled_by: str  # …办公室编
    sections: list[Section]
    attachment_lines: list[str]  # 附件：1.… / 2.…
    recipients: str  # 主送 (the template prints the label)
    issuer: str
    issued_on: str  # 2024年3月15日 (the template adds 印发)
    attachments: list[Attachment]
    instructions_label: str = "领导批示："

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    @property
    def tables(self) -> list[Table]:
        return [a for a in self.attachments if isinstance(a, Table)]

    @property
    def figures(self) -> list[Figure]:
        return [a for a in self.attachments if isinstance(a, Figure)]


def build_bulletin(stats: PeriodStats, options: BulletinOptions, problems: ProblemFacts | None = None) -> Bulletin:
    """Word the figures of one period, and the problems found, as the county office prints them."""
    period = stats.period
    attachments = build_attachments(stats, problems)
    key_area_label = next((t.label for t in attachments if t.title == "重点领域信息发布情况统计表"), "")
    newmedia_label = next((t.label for t in attachments if t.title == newmedia.TITLE), "")
    sections = [Section("政府门户网站内容保障情况", [wording.portal_sentence(stats), *wording.kind_sentence(stats.units),
                                                   *wording.class_sentence(stats)]),
                Section("政府信息公开情况", wording.disclosure_paragraphs(stats.units, options.top_n)
                        + wording.key_area_paragraphs(stats.key_areas, key_area_label)
                        + wording.threshold_paragraphs(stats.units, options, period.months))]
    if media := (newmedia.newmedia_paragraphs(stats.newmedia, period, newmedia_label)
                 + newmedia.interaction_paragraphs(stats.interaction, period)):
        sections.append(Section("政务新媒体和互动交流情况", media))
    if problems is not None:
        sections.append(Section("存在问题", problem_paragraphs(problems, attachments[-1].label)))
    sections.append(Section("工作要求", list(options.requirements)))
    return Bulletin(
        key=period.key(),
        title_lines=[f"{short_site_name(stats.site)}内容保障暨", f"政府信息公开{TITLE_KIND.get(period.kind, '报告')}"],
        issue=_issue(period, options.issue_number, options.issue_total),
        compiled_by=f"{options.issuer}编",
        sections=[Section(f"{wording.CN_DIGITS[i]}、{s.heading}", s.paragraphs) for i, s in enumerate(sections, 1)],
        attachment_lines=attachment_lines([a.title for a in attachments]),
        recipients=options.recipients,
        issuer=options.issuer,
        issued_on=cn_date(options.issue_date),
        attachments=attachments,
    )


def short_site_name(site: str) -> str:
    """定南县人民政府门户网站 -> 定南县政府门户网站, the form titles use."""
    short = site.replace("人民政府", "政府")
    return short if short.endswith(("网站", "网")) else f"{short}门户网站"


def _issue(period: Period, number: int | None, total: int | None) -> str | None:
    """第N期（总第M期）: without a number monthly issues go by month, quarterly ones 1–4."""
    if number is None:
        number = {"month": period.start.month, "quarter": (period.start.month - 1) // 3 + 1}.get(period.kind)
    if number is None:
        return None
    return f"第{number}期" + (f"（总第{total}期）" if total else "")
