"""Plain-text tables for the terminal, aligned for Chinese (wide) characters."""
from __future__ import annotations

import unicodedata

from monitor.newmedia.model import AccountStats, InteractionStats, LetterFigures, NewMediaStats
from monitor.newmedia.report import meets_text, times
from monitor.numbers import percent, plain
from monitor.profile_newmedia import PLATFORMS
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
    return "\n\n".join([head + render(rows), *newmedia_table(stats.newmedia, label),
                        *interaction_table(stats.interaction, label)])


def newmedia_table(media: NewMediaStats, label: str) -> list[str]:
    """政务新媒体: one row per account with what is wrong with it; nothing without accounts."""
    if not media.accounts:
        return []
    rows = [["政务新媒体", "平台", "主办单位", f"{label}发表", f"每周{times(media.per_week)}", "最近发布", "问题"]]
    rows += [[a.name, PLATFORMS[a.platform], a.unit or "—", str(a.period_count), meets_text(a),
              str(a.newest or "—"), _account_problem(a, media.stale_days)] for a in media.accounts]
    return [render(rows)]


def _account_problem(account: AccountStats, stale_days: int) -> str:
    if not account.readable:
        return "未能读取"
    if account.stale:
        return f"超过{stale_days}天未更新"
    return "申请关停仍在发布" if account.closed_active else ""


def interaction_table(letters: InteractionStats, label: str) -> list[str]:
    """互动交流: each letter box, 合计 when there are several, then the back-office figures."""
    parts = []
    if letters.total is not None:
        rows = [["信箱", f"{label}收到", "办结", "办结率", "平均答复工作日", "最长", "期限内待答复", "逾期未答复",
                 "超期答复"]]
        shown = [*letters.boxes, letters.total] if len(letters.boxes) > 1 else list(letters.boxes)
        rows += [_letter_row(figures) for figures in shown]
        parts.append(render(rows))
    if letters.back_office:
        parts.append("后台统计：" + "，".join(f"{b.unit or '全县'}{b.metric} {b.value}" for b in letters.back_office))
    return parts


def _letter_row(f: LetterFigures) -> list[str]:
    return [f.name, str(f.received), str(f.answered), percent(f.done_ratio), plain(f.average_days, 1),
            plain(f.longest_days), str(f.pending), str(f.overdue), str(f.late)]
