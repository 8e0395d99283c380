"""Plain-text tables for the terminal, aligned for Chinese (wide) characters."""
from __future__ import annotations

import unicodedata

from monitor.numbers import percent, plain
from monitor.stats_model import PeriodStats


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(rows: list[list[str]]) -> str:
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (w - width(cell)) if i == 0 else " " * (w - width(cell)) + cell
                 for i, (cell, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def stats_table(stats: PeriodStats) -> str:
    label = stats.period.short_label()
    rows = [["责任单位", "当年任务数", "本期任务数", f"{label}发布数", f"{label}完成比", "当年完成数", "当年完成比例"]]
    for u in stats.units:
        rows.append([u.name, plain(u.annual_quota), plain(u.period_quota), str(u.period_count),
                     percent(u.period_ratio), str(u.ytd_count), percent(u.ytd_ratio)])
    t = stats.totals
    head = (f"{stats.site}  {stats.period.label()}（{stats.period.start}～{stats.period.end}）\n"
            f"本期发布 {t.period_count} 条，当年累计 {t.ytd_count} 条，历年累计 {t.cumulative_count} 条，"
            f"未归属单位 {stats.unattributed_count} 条\n")
    return head + render(rows)
