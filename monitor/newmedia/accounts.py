"""政务新媒体 judged from the stored articles: per account and unit, per ISO week, stale or still live.

An account is judged by the profile as it stands (name, owner, status) and by
what the reading stored for it. One never read successfully has no figures to
judge: its fault is a notice of the crawl, not a finding here. Only articles up
to the day judged count as its newest, so a re-run on a later snapshot agrees.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.newmedia.model import AccountStats, NewMediaStats, UnitMediaStats, WeekCount
from monitor.periods import Period
from monitor.profile import Profile
from monitor.profile_newmedia import AccountSettings
from storage.media import Account, AccountArticle
from storage.models import Unit


@dataclass(frozen=True)
class AccountFacts:
    """One profile account with its stored row and newest article, judged as of ``as_of``."""

    settings: AccountSettings
    account_id: int | None  # None: the crawl has not stored it yet
    unit_id: int | None
    readable: bool
    newest: AccountArticle | None
    as_of: date
    stale_days: int

    @property
    def silent_days(self) -> int | None:
        return None if self.newest is None else (self.as_of - self.newest.pub_date).days

    @property
    def stale(self) -> bool:
        """Active, read, and nothing within ``stale_days`` (or nothing at all)."""
        if not self.readable or self.settings.status != "active":
            return False
        return self.newest is None or self.silent_days > self.stale_days

    @property
    def closed_active(self) -> bool:
        """To be closed, yet an article within the last ``stale_days``."""
        return (self.readable and self.settings.status == "to_close" and self.newest is not None
                and self.silent_days <= self.stale_days)


def account_facts(session: Session, site_id: int, profile: Profile, as_of: date) -> list[AccountFacts]:
    rows = {a.name: a for a in session.scalars(select(Account).where(Account.site_id == site_id))}
    units = dict(session.execute(select(Unit.name, Unit.id).where(Unit.site_id == site_id)).all())
    facts = []
    for settings in profile.newmedia.accounts:
        row = rows.get(settings.name)
        newest = None if row is None else session.scalars(
            select(AccountArticle).where(AccountArticle.account_id == row.id, AccountArticle.pub_date <= as_of)
            .order_by(AccountArticle.pub_date.desc(), AccountArticle.id.desc()).limit(1)).first()
        facts.append(AccountFacts(settings, row and row.id, units.get(settings.unit),
                                  row is not None and row.last_read_run_id is not None, newest, as_of,
                                  profile.newmedia.stale_days))
    return facts


def full_weeks(start: date, end: date) -> list[date]:
    """The Mondays of the ISO weeks lying wholly inside [start, end]: a part week cannot be judged."""
    monday = start + timedelta(days=(7 - start.weekday()) % 7)
    weeks = []
    while monday + timedelta(days=6) <= end:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def newmedia_stats(session: Session, site_id: int, profile: Profile, period: Period, as_of: date) -> NewMediaStats:
    settings = profile.newmedia
    facts = account_facts(session, site_id, profile, as_of)
    dates = _period_dates(session, [f.account_id for f in facts if f.account_id is not None], period)
    mondays = full_weeks(period.start, min(period.end, as_of))
    accounts = tuple(_account_stats(f, dates.get(f.account_id, []), mondays, settings.per_week) for f in facts)
    return NewMediaStats(settings.per_week, settings.stale_days, as_of, accounts, _units(accounts, profile))


def _period_dates(session: Session, account_ids: list[int], period: Period) -> dict[int, list[date]]:
    found: dict[int, list[date]] = {}
    rows = session.execute(select(AccountArticle.account_id, AccountArticle.pub_date).where(
        AccountArticle.account_id.in_(account_ids), AccountArticle.pub_date.between(period.start, period.end)))
    for account_id, day in rows:
        found.setdefault(account_id, []).append(day)
    return found


def _account_stats(facts: AccountFacts, dates: list[date], mondays: list[date], per_week: int) -> AccountStats:
    by_week = Counter(day - timedelta(days=day.weekday()) for day in dates)
    weeks = tuple(WeekCount(monday, by_week[monday], by_week[monday] < per_week) for monday in mondays)
    s = facts.settings
    return AccountStats(s.name, s.platform, s.unit, s.status, facts.readable, len(dates), weeks,
                        facts.newest and facts.newest.pub_date, facts.stale, facts.closed_active)


def _units(accounts: tuple[AccountStats, ...], profile: Profile) -> tuple[UnitMediaStats, ...]:
    """Owners in the profile's order of units, accounts without one last."""
    order = [u.name for u in profile.units] + [None]
    owners = sorted({a.unit for a in accounts}, key=order.index)
    return tuple(UnitMediaStats(unit, sum(a.unit == unit for a in accounts),
                                sum(a.period_count for a in accounts if a.unit == unit)) for unit in owners)
