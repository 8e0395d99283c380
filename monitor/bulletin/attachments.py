"""The bulletin's attachments, in print order: unit tables, key areas, new media, completion charts, problems.

Labels (附件 or 附件1, 附件2 …) are given once the list is known, so a
county without key-area columns or without findings gets no gap in the numbering.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from monitor.bulletin.chart import Bar, Chart
from monitor.bulletin.newmedia import newmedia_table
from monitor.bulletin.problems import PROBLEM_HEADER, PROBLEM_MM, ProblemFacts, problem_rows
from monitor.bulletin.tables import Table, key_area_table, unit_table
from monitor.bulletin.wording import UNIT_GROUPS
from monitor.stats_model import PeriodStats, UnitStats


@dataclass(frozen=True)
class Figure:
    """A picture attachment: the completion chart of one group of units."""

    label: str
    title: str
    chart: Chart


Attachment = Table | Figure


def build_attachments(stats: PeriodStats, problems: ProblemFacts | None) -> list[Attachment]:
    groups = unit_groups(stats.units)
    found: list[Attachment] = [unit_table(title, units, stats.period) for title, units in groups]
    if stats.key_areas:
        found.append(key_area_table(stats.key_areas, stats.period))
    if stats.newmedia.accounts:
        found.append(newmedia_table(stats.newmedia))
    found.extend(_figure(title, units, stats) for title, units in groups
                 if any(u.annual_quota for u in units))
    if problems is not None:
        listed = problem_rows(problems.findings)
        found.append(Table("", "网站检查发现问题清单", PROBLEM_HEADER, listed, PROBLEM_MM, compact=True,
                           values=[[int(row[0]), *row[1:]] for row in listed]))
    if len(found) == 1:
        return [replace(found[0], label="附件")]
    return [replace(a, label=f"附件{i}") for i, a in enumerate(found, 1)]


def unit_groups(units: list[UnitStats]) -> list[tuple[str, list[UnitStats]]]:
    """Departments and townships in separate tables when the county has both."""
    if {u.kind for u in units} != {kind for kind, _ in UNIT_GROUPS}:
        return [("责任单位政府信息公开情况", units)]
    return [(f"{name}政府信息公开情况", [u for u in units if u.kind == kind]) for kind, name in UNIT_GROUPS]


def attachment_lines(titles: list[str]) -> list[str]:
    """附件：1.… with the further titles under the first."""
    if len(titles) == 1:
        return [f"附件：{titles[0]}"]
    return [("附件：" if i == 1 else "") + f"{i}.{title}" for i, title in enumerate(titles, 1)]


def _figure(title: str, units: list[UnitStats], stats: PeriodStats) -> Figure:
    """Bars by the year's completion ratio, best first; numbers are the units' 序号 in their table."""
    bars = [Bar(number, u.name, u.ytd_ratio) for number, u in enumerate(units, 1)]
    bars.sort(key=lambda bar: (bar.value is None, -(bar.value or 0)))
    name = title.removesuffix("政府信息公开情况")
    return Figure("", f"{name}当年信息公开完成比例", Chart(f"{name}当年信息公开完成比例", tuple(bars),
                                                         _pace(stats)))


def _pace(stats: PeriodStats) -> Fraction:
    """序时进度: the share of the year elapsed at the period's end, in whole months."""
    return Fraction(stats.period.end.month, 12)
