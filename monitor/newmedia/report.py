"""The ``newmedia`` and ``interaction`` sections of ``stats --json`` (every figure, ratios as exact
floats), and the words the text table and the bulletin share."""
from __future__ import annotations

from datetime import date
from fractions import Fraction

from monitor.newmedia.model import AccountStats, InteractionStats, LetterFigures, NewMediaStats

CN_COUNTS = "零一两三四五六七八九十"  # 每周更新两次: 两, not 二, before a measure word


def times(n: int) -> str:
    """2 -> 两次, 3 -> 三次 …, as the requirement is written; 11 -> 11次."""
    return f"{CN_COUNTS[n] if 0 < n <= 10 else n}次"


def meets_text(account: AccountStats) -> str:
    """是 / 否, or — when there is nothing to judge (no read, no full week)."""
    return {True: "是", False: "否", None: "—"}[account.meets]


def newmedia_json(stats: NewMediaStats) -> dict:
    return {
        "per_week": stats.per_week, "stale_days": stats.stale_days, "as_of": _day(stats.as_of),
        "period_count": stats.period_count,
        "accounts": [{
            "name": a.name, "platform": a.platform, "unit": a.unit, "status": a.status, "readable": a.readable,
            "period_count": a.period_count, "meets": a.meets, "newest": _day(a.newest), "stale": a.stale,
            "closed_active": a.closed_active,
            "weeks": [{"week": w.name, "start": w.start.isoformat(), "count": w.count, "short": w.short}
                      for w in a.weeks],
        } for a in stats.accounts],
        "units": [{"unit": u.unit, "accounts": u.accounts, "period_count": u.period_count} for u in stats.units],
    }


def interaction_json(stats: InteractionStats) -> dict:
    return {
        "reply_days": stats.reply_days, "as_of": _day(stats.as_of),
        "boxes": [_figures(box) for box in stats.boxes],
        "total": stats.total and _figures(stats.total),
        "overdue_letters": [{"box": o.box, "title": o.title, "url": o.url, "unit": o.unit,
                             "received": o.received.isoformat(), "deadline": o.deadline.isoformat()}
                            for o in stats.overdue_letters],
        "back_office": [{"unit": b.unit, "metric": b.metric, "value": b.value} for b in stats.back_office],
    }


def _figures(figures: LetterFigures) -> dict:
    return {"name": figures.name, "received": figures.received, "answered": figures.answered,
            "done_ratio": _number(figures.done_ratio), "average_reply_days": _number(figures.average_days),
            "longest_reply_days": figures.longest_days, "pending": figures.pending, "overdue": figures.overdue,
            "late": figures.late}


def _number(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
