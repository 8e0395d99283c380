"""The bulletin's attachment tables: each unit's figures as numbers and as printed.

A row is built once with typed values (whole numbers, quota fractions,
:class:`Percent` ratios); the printed text is made from those values, so the
.docx, .html and .xlsx cannot disagree on a figure.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

from monitor.numbers import percent, plain, ratio
from monitor.periods import Period
from monitor.stats_model import KeyAreaStats, UnitStats


@dataclass(frozen=True)
class Percent:
    """A ratio the tables show as a percentage (— without a quota)."""

    value: Fraction | None


Cell = str | int | Fraction | Percent | None  # None: no quota, shown as —
UNIT_COLUMNS_MM = (14, 34, 18, 18, 18, 18, 18, 18)  # 序号, 责任单位, the figures: 156 mm, the A4 text width
KEY_AREA_MM = (14, 50, 48, 22, 22)


@dataclass(frozen=True)
class Table:
    label: str  # 附件 or 附件1
    title: str
    header: list[str]
    rows: list[list[str]]  # one per unit, then 合计, as printed
    widths: tuple[int, ...] = UNIT_COLUMNS_MM  # column widths in mm
    compact: bool = False  # a long list with long cells, set smaller (五号)
    values: list[list[Cell]] | None = None  # the rows as numbers, for the .xlsx; None: as printed


def unit_table(title: str, units: list[UnitStats], period: Period) -> Table:
    name = "本期" if period.kind == "range" else period.short_label()
    quota = "每月任务数" if period.kind == "month" else "本期任务数"
    header = ["序号", "责任单位", "当年任务数", quota, f"{name}发布数", f"{name}完成比", "当年完成数", "当年完成比例"]
    values = [[i, *row(u.name, u.annual_quota, u.period_quota, u.period_count, u.ytd_count)]
              for i, u in enumerate(units, 1)]
    annual = quota_sum(u.annual_quota for u in units)
    period_quota = quota_sum(u.period_quota for u in units)
    values.append(["", *row("合计", annual, period_quota,
                            sum(u.period_count for u in units), sum(u.ytd_count for u in units))])
    return Table("", title, header, [[cell_text(cell) for cell in row] for row in values], values=values)


def row(name: str, annual: int | Fraction | None, period_quota: Fraction | None,
         period_count: int, ytd_count: int) -> list[Cell]:
    """Ratios come from the cells shown, so a reader dividing them gets the same figure."""
    return [name, annual, period_quota, period_count, Percent(ratio(period_count, period_quota)),
            ytd_count, Percent(ratio(ytd_count, annual))]


def cell_text(cell: Cell) -> str:
    """A cell as printed: 7.5, 21.3%, —."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Percent):
        return percent(cell.value)
    return plain(cell)


def quota_sum(values: Iterable[int | Fraction | None]) -> Fraction | None:
    """Sum of the quotas that exist; None when no unit has one (shown as —)."""
    known = [Fraction(v) for v in values if v is not None]
    return sum(known, Fraction(0)) if known else None


def key_area_table(areas: list[KeyAreaStats], period: Period) -> Table:
    """重点领域: column, lead unit, the period's and the year's posts, as the junan seed's 附件3."""
    name = "本期" if period.kind == "range" else period.short_label()
    header = ["序号", "重点领域栏目", "牵头责任单位", f"{name}发布数", "当年发布数"]
    values: list[list[Cell]] = [[i, a.column, a.lead or "—", a.period_count, a.ytd_count]
                                for i, a in enumerate(areas, 1)]
    values.append(["", "合计", "", sum(a.period_count for a in areas), sum(a.ytd_count for a in areas)])
    return Table("", "重点领域信息发布情况统计表", header, [[cell_text(c) for c in row] for row in values],
                 KEY_AREA_MM, values=values)
