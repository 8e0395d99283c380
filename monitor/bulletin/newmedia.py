"""政务新媒体和互动交流情况: the accounts' table and the two paragraphs, worded from the period's figures.

The table follows the xinxiang seed's 附件3 (账号, 发表文章数量, 是否达到每周更新两次要求),
with the platform and owner a reader needs to act on it. An account that could
not be read is shown with — and said so, never judged on nothing.
"""
from __future__ import annotations

from collections import Counter

from monitor.bulletin.tables import Cell, Table, cell_text
from monitor.newmedia.model import AccountStats, InteractionStats, NewMediaStats
from monitor.newmedia.report import CN_COUNTS, meets_text, times
from monitor.numbers import percent, plain
from monitor.periods import Period, cn_date
from monitor.profile_newmedia import PLATFORMS

TITLE = "政务新媒体检查情况"
NEWMEDIA_MM = (12, 40, 24, 32, 22, 26)  # 156 mm, the A4 text width


def newmedia_table(media: NewMediaStats) -> Table:
    header = ["序号", "账号", "平台", "主办单位", "发表文章数量", f"是否达到每周更新{times(media.per_week)}要求"]
    values: list[list[Cell]] = [[i, a.name, PLATFORMS[a.platform], a.unit or "—", a.period_count, meets_text(a)]
                                for i, a in enumerate(media.accounts, 1)]
    return Table("", TITLE, header, [[cell_text(c) for c in row] for row in values], NEWMEDIA_MM, values=values)


def newmedia_paragraphs(media: NewMediaStats, period: Period, label: str) -> list[str]:
    """Accounts and articles; who falls short each week, who is silent (单项否决), who should be closed."""
    if not media.accounts:
        return []
    text = (f"●{period.label()}，全县纳入检查的政务新媒体账号{len(media.accounts)}个，"
            f"共发表文章{media.period_count}条（详见{label}）。")
    requirement = f"每周更新{times(media.per_week)}要求"
    judged = [a for a in media.accounts if a.meets is not None]
    if short := [a for a in judged if not a.meets]:
        text += f"{_names(short)}未达到{requirement}。"
    elif judged:
        text += f"各账号均达到{requirement}。"
    if stale := [a for a in media.accounts if a.stale]:
        text += f"{_names(stale)}超过{_span(media.stale_days)}未更新（单项否决）。"
    if live := [a for a in media.accounts if a.closed_active]:
        text += f"已申请关停的{_names(live)}仍在发布信息（单项否决）。"
    if unread := [a for a in media.accounts if not a.readable]:
        text += f"{_names(unread)}未能读取发布数据，本期未作评价。"
    return [text]


def interaction_paragraphs(letters: InteractionStats, period: Period) -> list[str]:
    """Letters received, 办结 and 办结率, reply times, overdue letters by unit; then the back office's figures."""
    text = f"●{period.label()}，"
    if (total := letters.total) is not None:
        boxes = "、".join(box.name for box in letters.boxes)
        if not total.received:
            text += f"政府网站{boxes}未收到群众来信。"
        else:
            text += (f"政府网站{boxes}共收到群众来信{total.received}件，已办结{total.answered}件，"
                     f"办结率{percent(total.done_ratio)}。") + _replies(letters)
    if back := _back_office(letters):
        text += f"据后台统计，{back}。"
    return [text] if total is not None or back else []


def _replies(letters: InteractionStats) -> str:
    total, text = letters.total, ""
    if total.reply_times:
        text += f"平均答复用时{plain(total.average_days, 1)}个工作日，最长{total.longest_days}个工作日。"
    if total.late:
        text += f"其中{total.late}件超过答复期限（{letters.reply_days}个工作日）才答复。"
    if total.overdue:
        units = Counter(letter.unit for letter in letters.overdue_letters)
        parts = [f"{unit}{n}件" for unit, n in units.items() if unit] + (
            [f"未明确承办单位{units[None]}件"] if units[None] else [])
        text += (f"截至{cn_date(letters.as_of)}，超过答复期限仍未答复的来信{total.overdue}件"
                 f"（{'、'.join(parts)}）。")
    if total.pending:
        text += f"另有{total.pending}件尚在答复期限内。"
    return text


def _back_office(letters: InteractionStats) -> str:
    """Each figure for the county: its own row, else the units' rows added up."""
    metrics = list(dict.fromkeys(b.metric for b in letters.back_office))
    parts = []
    for metric in metrics:
        rows = [b for b in letters.back_office if b.metric == metric]
        county = [b.value for b in rows if not b.unit]
        value = county[0] if county else sum(b.value for b in rows)
        parts.append(f"{metric}为{value}" if metric.endswith("数") else f"{metric}{value}件")
    return "、".join(parts)


def _names(accounts: list[AccountStats]) -> str:
    return "、".join(f"“{a.name}”（{a.unit}）" if a.unit else f"“{a.name}”" for a in accounts)


def _span(days: int) -> str:
    """14 -> 两周, 10 -> 10天."""
    weeks = days // 7
    return f"{CN_COUNTS[weeks]}周" if days % 7 == 0 and weeks <= 10 else f"{days}天"
