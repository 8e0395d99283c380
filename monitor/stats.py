"""Counts for a period straight from the database: per unit, totals, by category and class, key areas.

A post counts on its publication date, once, however many columns list it.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from monitor.newmedia import interaction_stats, newmedia_stats
from monitor.newmedia.report import interaction_json, newmedia_json
from monitor.periods import Period
from monitor.profile import Profile
from monitor.stats_classes import class_counts, empty_classes
from monitor.stats_key_areas import key_areas
from monitor.stats_model import PeriodStats, Totals, UnitStats
from storage.models import Column, ColumnEntry, Post, Site, Unit


class NoDataError(LookupError):
    """The site of the profile has never been crawled into this database."""


def compute_stats(session: Session, profile: Profile, period: Period) -> PeriodStats:
    site = session.scalar(select(Site).where(Site.name == profile.site.name))
    if site is None:
        raise NoDataError(f"site {profile.site.name!r} has no crawl in this database; run 'portal-monitor crawl' first")
    names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.site_id == site.id)).all())
    in_period = _counts(session, site.id, period.start, period.end)
    ytd = _counts(session, site.id, period.year_start, period.end)
    classes = class_counts(session, site.id, period.start, period.end)
    by_name = {names[unit_id]: counts for unit_id, counts in classes.items() if unit_id is not None}
    units = [
        UnitStats(name=u.name, kind=u.kind, annual_quota=u.annual_quota, months=period.months,
                  period_count=_for(in_period, names, u.name), ytd_count=_for(ytd, names, u.name),
                  class_counts=by_name.get(u.name, empty_classes()))
        for u in profile.units
    ]
    previous = period.previous()
    as_of = profile.freshness.as_of or date.today()
    totals = Totals(
        period_count=sum(in_period.values()),
        ytd_count=sum(ytd.values()),
        cumulative_count=sum(_counts(session, site.id, None, period.end).values()),
        previous_period_count=sum(_counts(session, site.id, previous.start, previous.end).values()),
    )
    return PeriodStats(site=profile.site.name, period=period, totals=totals, units=units,
                       unattributed_count=in_period.get(None, 0),
                       by_category=_by_category(session, site.id, period),
                       unattributed_classes=classes.get(None, empty_classes()),
                       key_areas=key_areas(session, site.id, profile, period),
                       newmedia=newmedia_stats(session, site.id, profile, period, as_of),
                       interaction=interaction_stats(session, site.id, profile, period, as_of))


def _counts(session: Session, site_id: int, start: date | None, end: date) -> dict[int | None, int]:
    query = select(Post.unit_id, func.count()).where(Post.site_id == site_id, Post.pub_date <= end)
    if start is not None:
        query = query.where(Post.pub_date >= start)
    return dict(session.execute(query.group_by(Post.unit_id)).all())


def _for(counts: dict[int | None, int], names: dict[int, str], unit: str) -> int:
    return sum(n for unit_id, n in counts.items() if unit_id is not None and names.get(unit_id) == unit)


def _by_category(session: Session, site_id: int, period: Period) -> dict[str, int]:
    """Distinct posts of the period listed in columns of each category."""
    rows = session.execute(
        select(Column.category, func.count(distinct(Post.id)))
        .join(ColumnEntry, ColumnEntry.column_id == Column.id)
        .join(Post, (Post.url == ColumnEntry.url) & (Post.site_id == Column.site_id))
        .where(Column.site_id == site_id, Post.pub_date.between(period.start, period.end))
        .group_by(Column.category))
    return {category or "other": count for category, count in rows}


def stats_json(stats: PeriodStats) -> dict:
    """The ``stats --json`` document; ratios as exact floats, None without a quota."""
    def number(value):
        return None if value is None else float(value)

    return {
        "site": stats.site,
        "period": {"start": stats.period.start.isoformat(), "end": stats.period.end.isoformat(),
                   "kind": stats.period.kind},
        "totals": {
            "period_count": stats.totals.period_count, "ytd_count": stats.totals.ytd_count,
            "cumulative_count": stats.totals.cumulative_count,
            "previous_period_count": stats.totals.previous_period_count,
            "change": number(stats.totals.change),
        },
        "units": [{
            "name": u.name, "kind": u.kind, "annual_quota": u.annual_quota,
            "period_quota": number(u.period_quota), "period_count": u.period_count,
            "period_ratio": number(u.period_ratio), "ytd_count": u.ytd_count, "ytd_ratio": number(u.ytd_ratio),
            "classes": u.class_counts,
        } for u in stats.units],
        "unattributed_count": stats.unattributed_count,
        "unattributed_classes": stats.unattributed_classes,
        "by_category": stats.by_category,
        "key_areas": [{"column": k.column, "url": k.url, "lead": k.lead, "period_count": k.period_count,
                       "ytd_count": k.ytd_count} for k in stats.key_areas],
        "newmedia": newmedia_json(stats.newmedia),
        "interaction": interaction_json(stats.interaction),
    }
