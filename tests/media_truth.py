"""The sample portal's accounts and letters judged straight from its truth, as the rules read (for the tests).

Written apart from monitor.newmedia, from the rules themselves: twice a week in
every ISO week lying wholly in the period (up to the day judged); silent more
than 14 days; a letter's answer due 5 working days (mainland calendar) after it came.
"""
from __future__ import annotations

from datetime import date, timedelta

from monitor.rectification import add_workdays
from monitor.rectification.workdays import is_workday

PER_WEEK, STALE_DAYS, REPLY_DAYS = 2, 14, 5


def full_mondays(start: date, end: date) -> list[date]:
    days = (start + timedelta(days=n) for n in range((end - start).days + 1))
    return [d for d in days if d.weekday() == 0 and d + timedelta(days=6) <= end]


def newest(account, as_of: date) -> date | None:
    return max((a.pub_date for a in account.articles if a.pub_date <= as_of), default=None)


def is_stale(account, as_of: date) -> bool:
    last = newest(account, as_of)
    return account.status == "active" and (last is None or (as_of - last).days > STALE_DAYS)


def is_closed_active(account, as_of: date) -> bool:
    last = newest(account, as_of)
    return account.status == "to_close" and last is not None and (as_of - last).days <= STALE_DAYS


def account_json(account, period, as_of: date) -> dict:
    """One entry of ``stats --json``'s newmedia accounts."""
    days = [a.pub_date for a in account.articles if period.start <= a.pub_date <= period.end]
    weeks = []
    for monday in full_mondays(period.start, min(period.end, as_of)):
        count = sum(monday <= d <= monday + timedelta(days=6) for d in days)
        year, week, _ = monday.isocalendar()
        weeks.append({"week": f"{year}-W{week:02d}", "start": monday.isoformat(), "count": count,
                      "short": count < PER_WEEK})
    last = newest(account, as_of)
    return {"name": account.name, "platform": account.platform, "unit": account.unit, "status": account.status,
            "readable": True, "period_count": len(days), "meets": not any(w["short"] for w in weeks) if weeks else None,
            "newest": last and last.isoformat(), "stale": is_stale(account, as_of),
            "closed_active": is_closed_active(account, as_of), "weeks": weeks}


def answered(letter, as_of: date) -> bool:
    return letter.answered is not None and letter.answered <= as_of


def deadline(letter) -> date:
    return add_workdays(letter.received, REPLY_DAYS)


def is_overdue(letter, as_of: date) -> bool:
    return not answered(letter, as_of) and deadline(letter) < as_of


def working_days(start: date, end: date) -> int:
    return sum(is_workday(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))


def received_in(letters, period) -> list:
    return sorted((x for x in letters if period.start <= x.received <= period.end), key=lambda x: x.received)


def box_json(name: str, letters, period, as_of: date) -> dict:
    """One letter box (or 合计) of ``stats --json``'s interaction section."""
    got = received_in(letters, period)
    done = [x for x in got if answered(x, as_of)]
    overdue = [x for x in got if is_overdue(x, as_of)]
    times = [working_days(x.received, x.answered) for x in done]
    return {"name": name, "received": len(got), "answered": len(done),
            "done_ratio": len(done) / len(got) if got else None,
            "average_reply_days": sum(times) / len(times) if times else None,
            "longest_reply_days": max(times, default=None), "pending": len(got) - len(done) - len(overdue),
            "overdue": len(overdue), "late": sum(x.answered > deadline(x) for x in done)}
