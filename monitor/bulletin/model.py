"""The bulletin as plain data: every sentence and table cell already worded.

Both writers only lay this out, so the .docx and the .html cannot disagree on
a figure, and the wording is tested once, here, without opening a document.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Iterable

from monitor.bulletin.options import BulletinOptions
from monitor.bulletin.tables import Table, unit_table
from monitor.bulletin.problems import PROBLEM_HEADER, PROBLEM_MM, ProblemFacts, problem_paragraphs, problem_rows
from monitor.numbers import bottom, percent, top
from monitor.periods import Period, cn_date
from monitor.stats_model import PeriodStats, Totals, UnitStats

TITLE_KIND = {"month": "月报", "quarter": "季报"}  # a year or a range: 报告
UNIT_GROUPS = (("department", "县直部门"), ("township", "乡镇"))
_CN_DIGITS = "零一二三四五六七八九十"


@dataclass(frozen=True)
class Section:
    heading: str  # 一、政府门户网站内容保障情况 (numbered once all sections are known)
    paragraphs: list[str]


@dataclass(frozen=True)
class Bulletin:
    key: str  # the period as 2024-02, 2024-Q2 …: names the files
    title_lines: list[str]  # broken after 暨, as printed
    issue: str | None  # 第2期; None for a year or range without a number
    compiled_by: str  # …办公室编
    sections: list[Section]
    attachment_lines: list[str]  # 附件：1.… / 2.…
    recipients: str  # 主送：…
    issuer: str
    issued_on: str  # 2024年3月15日印发
    tables: list[Table]
    instructions_label: str = "领导批示："

    @property
    def title(self) -> str:
        return "".join(self.title_lines)


def build_bulletin(stats: PeriodStats, options: BulletinOptions, problems: ProblemFacts | None = None) -> Bulletin:
    """Word the figures of one period, and the problems found, as the county office prints them."""
    period = stats.period
    groups = _groups(stats.units)
    tables = [unit_table(title, units, period) for title, units in groups]
    if problems is not None:
        listed = problem_rows(problems.findings)
        tables.append(Table("", "网站检查发现问题清单", PROBLEM_HEADER, listed, PROBLEM_MM, compact=True,
                            values=[[int(row[0]), *row[1:]] for row in listed]))
    tables = _labelled(tables)
    sections = [Section("政府门户网站内容保障情况", [_portal_sentence(stats), *_kind_sentence(stats.units)]),
                Section("政府信息公开情况", _disclosure_paragraphs(stats.units, options.top_n)
                        + _threshold_paragraphs(stats.units, options, period.months))]
    if problems is not None:
        sections.append(Section("存在问题", problem_paragraphs(problems, tables[-1].label)))
    sections.append(Section("工作要求", list(options.requirements)))
    return Bulletin(
        key=period.key(),
        title_lines=[f"{short_site_name(stats.site)}内容保障暨", f"政府信息公开{TITLE_KIND.get(period.kind, '报告')}"],
        issue=_issue(period, options.issue_number, options.issue_total),
        compiled_by=f"{options.issuer}编",
        sections=[Section(f"{_CN_DIGITS[i]}、{s.heading}", s.paragraphs) for i, s in enumerate(sections, 1)],
        attachment_lines=_attachment_lines([t.title for t in tables]),
        recipients=f"主送：{options.recipients}",
        issuer=options.issuer,
        issued_on=f"{cn_date(options.issue_date)}印发",
        tables=tables,
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


def _portal_sentence(stats: PeriodStats) -> str:
    """Posts this period, 环比, all-time and this year; unattributed posts said openly."""
    t = stats.totals
    change = _change(t, stats.period)
    text = (f"●{stats.period.label()}，各单位在政府网站共计发布信息{t.period_count}条，"
            + (f"{change}，" if change else "") + f"历年累计发布信息{t.cumulative_count}条。")
    if stats.period.kind != "year":  # for a year 当年 is the period itself
        text += f"当年累计发布{t.ytd_count}条。"
    if stats.unattributed_count:
        text += f"另有{stats.unattributed_count}条信息未能归属到责任单位，未计入附件统计。"
    return text


def _change(totals: Totals, period: Period) -> str | None:
    """环比 against the period before; a year is compared 比上年. None without data."""
    if totals.change is None:
        return None
    word = "比上年" if period.kind == "year" else "环比"
    if totals.change == 0:
        return f"{word}持平"
    return f"{word}{'增长' if totals.change > 0 else '下降'}{percent(abs(totals.change))}"


def _disclosure_paragraphs(units: list[UnitStats], n: int) -> list[str]:
    """Who leads and who trails on the year's quota (含并列), and who published nothing."""
    paragraphs = []
    ranked = [u for u in units if u.ytd_ratio is not None]
    if ranked:
        count = _cn_count(n)
        paragraphs.append(
            f"政府信息公开当年总进度列前{count}位的单位是（含并列）：{_names(top(ranked, _ytd, n))}。"
            f"列后{count}位的单位是（含并列）：{_names(bottom(ranked, _ytd, n))}。")
    if idle := [u for u in units if u.period_count == 0]:
        paragraphs.append(f"本期发布信息为零的单位有：{_names(idle)}。")
    return paragraphs


def _kind_sentence(units: list[UnitStats]) -> list[str]:
    """其中，县直部门N个，发布信息X条；乡镇M个，发布信息Y条。 The kinds the county has, in table order."""
    parts = [f"{name}{len(group)}个，发布信息{sum(u.period_count for u in group)}条"
             for kind, name in UNIT_GROUPS if (group := [u for u in units if u.kind == kind])]
    return [f"其中，{'；'.join(parts)}。"] if parts else []


def _threshold_paragraphs(units: list[UnitStats], options: BulletinOptions, months: int) -> list[str]:
    """表扬 at or above, 批评 below the office's posts per month, scaled to the period."""
    paragraphs = []
    if options.praise_at and (good := [u for u in units if u.period_count >= options.praise_at * months]):
        paragraphs.append(f"本期发布信息达到{options.praise_at * months}条及以上、予以表扬的单位有：{_names(good)}。")
    if options.criticise_below and (low := [u for u in units if u.period_count < options.criticise_below * months]):
        paragraphs.append(f"本期发布信息少于{options.criticise_below * months}条、"
                          f"予以通报批评的单位有：{_names(low)}。")
    return paragraphs


def _ytd(unit: UnitStats) -> Fraction:
    return unit.ytd_ratio


def _names(units: Iterable[UnitStats]) -> str:
    return "、".join(u.name for u in units)


def _cn_count(n: int) -> str:
    return _CN_DIGITS[n] if 0 < n <= 10 else str(n)


def _groups(units: list[UnitStats]) -> list[tuple[str, list[UnitStats]]]:
    """Departments and townships in separate tables when the county has both."""
    if {u.kind for u in units} != {kind for kind, _ in UNIT_GROUPS}:
        return [("责任单位政府信息公开情况", units)]
    return [(f"{name}政府信息公开情况", [u for u in units if u.kind == kind]) for kind, name in UNIT_GROUPS]


def _attachment_lines(titles: list[str]) -> list[str]:
    if len(titles) == 1:
        return [f"附件：{titles[0]}"]
    return [("附件：" if i == 1 else "") + f"{i}.{title}" for i, title in enumerate(titles, 1)]


def _labelled(tables: list[Table]) -> list[Table]:
    """附件 alone, or 附件1, 附件2 … in order."""
    if len(tables) == 1:
        return [replace(tables[0], label="附件")]
    return [replace(t, label=f"附件{i}") for i, t in enumerate(tables, 1)]
