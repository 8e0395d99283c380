"""The key-area columns (重点领域) of a site with their lead unit (牵头责任单位) and posts.

A column's lead is the profile's ``lead`` if set (several units may lead one
area), else the unit owning the column, else the unit(s) credited with most of
its posts, so a column without an owner still names who fills it.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from crawler.urls import column_key
from monitor.periods import Period
from monitor.profile import Profile
from monitor.stats_model import KeyAreaStats
from monitor.units import UnitMatcher
from storage.models import Column, ColumnEntry, Post, Unit

KEY_AREA = "key_area"
SEPARATOR = "、"


def key_areas(session: Session, site_id: int, profile: Profile, period: Period) -> list[KeyAreaStats]:
    """Every key-area column of the site, zero counts included, in the profile's order of units."""
    columns = session.execute(
        select(Column.id, Column.name, Column.url, Unit.name).outerjoin(Unit, Unit.id == Column.unit_id)
        .where(Column.site_id == site_id, Column.category == KEY_AREA)).all()
    counts = _counts(session, site_id, period)
    order = _UnitOrder(profile)
    credited = _most_credited(session, site_id, order)
    leads = {column_key(pin.url): pin.lead for pin in profile.columns if pin.lead}
    rows = [KeyAreaStats(name or url, url, leads.get(url) or owner or credited.get(column_id),
                         *counts.get(column_id, (0, 0)))
            for column_id, name, url, owner in columns]
    return sorted(rows, key=lambda r: (order.of_lead(r.lead), r.column, r.url))


def _counts(session: Session, site_id: int, period: Period) -> dict[int, tuple[int, int]]:
    """Distinct posts listed per key-area column: in the period, and from the year start to its end."""
    in_period = case((Post.pub_date >= period.start, Post.id))
    in_year = case((Post.pub_date >= period.year_start, Post.id))
    rows = session.execute(
        _listed(site_id).with_only_columns(ColumnEntry.column_id, func.count(distinct(in_period)),
                                           func.count(distinct(in_year)))
        .where(Post.pub_date.between(min(period.start, period.year_start), period.end))
        .group_by(ColumnEntry.column_id))
    return {column_id: (period_count, ytd_count) for column_id, period_count, ytd_count in rows}


def _most_credited(session: Session, site_id: int, order: "_UnitOrder") -> dict[int, str]:
    """Per key-area column, the unit(s) credited with the most posts it ever listed, ties joined."""
    rows = session.execute(
        _listed(site_id).with_only_columns(ColumnEntry.column_id, Unit.name, func.count(distinct(Post.id)))
        .join(Unit, Unit.id == Post.unit_id)
        .group_by(ColumnEntry.column_id, Unit.name))
    per_column: dict[int, dict[str, int]] = defaultdict(dict)
    for column_id, unit, count in rows:
        per_column[column_id][unit] = count
    return {column_id: _tied_top(units, order) for column_id, units in per_column.items()}


def _tied_top(counts: dict[str, int], order: "_UnitOrder") -> str:
    top = max(counts.values())
    return SEPARATOR.join(sorted((u for u, n in counts.items() if n == top), key=lambda u: (order.of_unit(u), u)))


def _listed(site_id: int):
    """Posts joined to the key-area columns listing them; callers pick what to count."""
    return (select(ColumnEntry.column_id)
            .join(Column, Column.id == ColumnEntry.column_id)
            .join(Post, (Post.url == ColumnEntry.url) & (Post.site_id == Column.site_id))
            .where(Column.site_id == site_id, Column.category == KEY_AREA))


class _UnitOrder:
    """Position among the profile's units of a unit, or of the first unit a lead names that the profile knows."""

    def __init__(self, profile: Profile):
        self.matcher = UnitMatcher(profile)
        self.positions = {unit.name: i for i, unit in enumerate(profile.units)}

    def of_unit(self, name: str) -> int:
        return self.positions.get(self.matcher.match(name), len(self.positions))

    def of_lead(self, lead: str | None) -> int:
        known = (self.of_unit(part) for part in (lead or "").split(SEPARATOR) if part)
        return next((position for position in known if position < len(self.positions)), len(self.positions))
