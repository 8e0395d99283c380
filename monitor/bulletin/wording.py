"""The sentences of 基本情况 and 政府信息公开情况, worded from the period's figures.

Each function returns finished sentences; an empty list when the county has
nothing to say on the point (no quotas, no key-area columns …).
"""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

from monitor.bulletin.options import BulletinOptions
from monitor.numbers import bottom, percent, top
from monitor.periods import Period
from monitor.stats_model import KeyAreaStats, PeriodStats, Totals, UnitStats

UNIT_GROUPS = (("department", "县直部门"), ("township", "乡镇"))
CLASSES = (("disclosure", "政务公开类"), ("dynamic", "动态类"))
CN_DIGITS = "零一二三四五六七八九十"


def portal_sentence(stats: PeriodStats) -> str:
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


def kind_sentence(units: list[UnitStats]) -> list[str]:
    """其中，县直部门N个，发布信息X条；乡镇M个，发布信息Y条。 The kinds the county has, in table order."""
    parts = [f"{name}{len(group)}个，发布信息{sum(u.period_count for u in group)}条"
             for kind, name in UNIT_GROUPS if (group := [u for u in units if u.kind == kind])]
    return [f"其中，{'；'.join(parts)}。"] if parts else []


def class_sentence(stats: PeriodStats) -> list[str]:
    """按栏目分，政务公开类X条（县直部门a条、乡镇b条），动态类Y条（…）: each post counted once."""
    parts = []
    for key, name in (*CLASSES, ("other", "其他")):
        total = sum(u.class_counts.get(key, 0) for u in stats.units) + stats.unattributed_classes.get(key, 0)
        if total:
            parts.append(f"{name}信息{total}条" + _class_split(stats, key))
    return [f"按栏目类别分，发布{'，'.join(parts)}。"] if parts else []


def _class_split(stats: PeriodStats, key: str) -> str:
    split = [f"{name}{n}条" for kind, name in UNIT_GROUPS
             if any(u.kind == kind for u in stats.units)
             and (n := sum(u.class_counts.get(key, 0) for u in stats.units if u.kind == kind))]
    if unattributed := stats.unattributed_classes.get(key, 0):
        split.append(f"未归属单位{unattributed}条")
    return f"（{'、'.join(split)}）" if len(split) > 1 else ""


def disclosure_paragraphs(units: list[UnitStats], n: int) -> list[str]:
    """Who leads and who trails on the year's quota (含并列), and who published nothing."""
    paragraphs = []
    if ranked := [u for u in units if u.ytd_ratio is not None]:
        count = CN_DIGITS[n] if 0 < n <= 10 else str(n)
        paragraphs.append(
            f"政府信息公开当年总进度列前{count}位的单位是（含并列）：{names(top(ranked, ytd, n))}。"
            f"列后{count}位的单位是（含并列）：{names(bottom(ranked, ytd, n))}。")
    if idle := [u for u in units if u.period_count == 0]:
        paragraphs.append(f"本期发布信息为零的单位有：{names(idle)}。")
    return paragraphs


def threshold_paragraphs(units: list[UnitStats], options: BulletinOptions, months: int) -> list[str]:
    """表扬 at or above, 批评 below the office's posts per month, scaled to the period."""
    paragraphs = []
    if options.praise_at and (good := [u for u in units if u.period_count >= options.praise_at * months]):
        paragraphs.append(f"本期发布信息达到{options.praise_at * months}条及以上、予以表扬的单位有：{names(good)}。")
    if options.criticise_below and (low := [u for u in units if u.period_count < options.criticise_below * months]):
        paragraphs.append(f"本期发布信息少于{options.criticise_below * months}条、"
                          f"予以通报批评的单位有：{names(low)}。")
    return paragraphs


def key_area_paragraphs(areas: list[KeyAreaStats], label: str) -> list[str]:
    """重点领域: the period's total, and the columns nobody fed, with their lead units."""
    if not areas:
        return []
    text = (f"重点领域{len(areas)}个栏目本期发布信息{sum(a.period_count for a in areas)}条，"
            f"当年累计{sum(a.ytd_count for a in areas)}条（详见{label}）。")
    if idle := [a for a in areas if a.period_count == 0]:
        text += "本期发布为零的重点领域栏目有：" + "、".join(
            f"{a.column}（{a.lead}）" if a.lead else a.column for a in idle) + "。"
    return [text]


def ytd(unit: UnitStats) -> Fraction:
    return unit.ytd_ratio


def names(units: Iterable[UnitStats]) -> str:
    return "、".join(u.name for u in units)


def _change(totals: Totals, period: Period) -> str | None:
    """环比 against the period before; a year is compared 比上年. None without data."""
    if totals.change is None:
        return None
    word = "比上年" if period.kind == "year" else "环比"
    if totals.change == 0:
        return f"{word}持平"
    return f"{word}{'增长' if totals.change > 0 else '下降'}{percent(abs(totals.change))}"
