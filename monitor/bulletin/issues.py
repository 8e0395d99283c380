"""期号: each issued bulletin keeps the 第N期 (within its year) and 总第M期 it first took.

A period issued for the first time takes the next numbers; issuing it again
(a corrected re-run) keeps them, so the office never prints two numbers for
one bulletin nor skips one. The first issue of a year is numbered by its
place in the year (a February 月报 is 第2期) as offices number them, and the
very first issue in a database continues the office's own 总第M期 when the
profile says where it stands (``[bulletin] first_total``).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.periods import Period
from storage.models import BulletinIssue, Site


def natural_number(period: Period) -> int:
    """The month, or the quarter 1–4; 1 for a year or a custom range."""
    return {"month": period.start.month, "quarter": (period.start.month - 1) // 3 + 1}.get(period.kind, 1)


def issue(session: Session, site: Site, period: Period, day: date, first_total: int | None = None) -> BulletinIssue:
    """The period's issue, created with the next numbers if new; ``day`` becomes its 印发 date."""
    key = period.key()
    found = session.scalar(select(BulletinIssue).where(BulletinIssue.site_id == site.id,
                                                       BulletinIssue.period_key == key))
    if found is None:
        found = BulletinIssue(site_id=site.id, period_key=key, year=period.end.year)
        found.number, found.total = _next_numbers(session, site, period, first_total)
        session.add(found)
    found.issued_on = day
    session.flush()
    return found


def _next_numbers(session: Session, site: Site, period: Period, first_total: int | None) -> tuple[int, int]:
    of_site = BulletinIssue.site_id == site.id
    last_number = session.scalar(select(func.max(BulletinIssue.number))
                                 .where(of_site, BulletinIssue.year == period.end.year))
    last_total = session.scalar(select(func.max(BulletinIssue.total)).where(of_site))
    number = last_number + 1 if last_number else natural_number(period)
    return number, last_total + 1 if last_total else (first_total or number)
