"""Who gets an alert this round: units behind their quota's pace, or with problems not yet mailed.

Pace is pro rata by day: by 30 June a unit with 36 a year should have
published 36 × 182/366 posts (exact fractions, as in the stats). Problems
are open findings worth 整改 (单项否决 and 扣分; a 提示 is a warning, not a
fault). A finding mailed to the unit within the cool-down is not mailed
again, and a unit mailed within it is not reminded of its pace again, so a
second round inside the cool-down sends nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.profile import Profile, UnitSettings
from storage.models import AlertFinding, AlertSend, FindingRecord, Post, Site, Unit

PROBLEM_SEVERITIES = ("veto", "deduct")


@dataclass(frozen=True)
class Pace:
    """Posts this year to the round's day against the pro-rata share of the annual quota."""

    ytd_count: int
    annual_quota: int
    expected: Fraction

    @property
    def behind(self) -> bool:
        return self.ytd_count < self.expected


@dataclass
class UnitAlert:
    unit: UnitSettings
    unit_id: int
    pace: Pace | None  # set only when the unit is behind
    findings: list[FindingRecord] = field(default_factory=list)


def pace(ytd_count: int, annual_quota: int, as_of: date) -> Pace:
    days = (date(as_of.year, 12, 31) - date(as_of.year, 1, 1)).days + 1
    return Pace(ytd_count, annual_quota, Fraction(annual_quota * as_of.timetuple().tm_yday, days))


def alert_round(session: Session, profile: Profile, site: Site, now: datetime) -> list[UnitAlert]:
    """The units to alert as of ``now``, in profile order, each with its problems not mailed lately."""
    since = now - timedelta(days=profile.rectification.cooldown_days)
    mailed_findings, mailed_units = _recently_mailed(session, site, since)
    ids = dict(session.execute(select(Unit.name, Unit.id).where(Unit.site_id == site.id)).all())
    problems, counts = _problems(session, site), _ytd_counts(session, site, now.date())
    alerts = []
    for spec in profile.units:
        unit_id = ids[spec.name]
        found = [f for f in problems.get(unit_id, []) if f.id not in mailed_findings]
        behind = _pace_if_behind(spec, counts.get(unit_id, 0), now.date())
        if found or (behind and unit_id not in mailed_units):
            alerts.append(UnitAlert(spec, unit_id, behind, found))
    return alerts


def _problems(session: Session, site: Site) -> dict[int, list[FindingRecord]]:
    """Open findings worth 整改, by unit."""
    by_unit: dict[int, list[FindingRecord]] = {}
    for finding in session.scalars(
            select(FindingRecord)
            .where(FindingRecord.site_id == site.id, FindingRecord.unit_id.is_not(None),
                   FindingRecord.status == "open", FindingRecord.severity.in_(PROBLEM_SEVERITIES))
            .order_by(FindingRecord.category, FindingRecord.page_url, FindingRecord.id)):
        by_unit.setdefault(finding.unit_id, []).append(finding)
    return by_unit


def _ytd_counts(session: Session, site: Site, as_of: date) -> dict[int, int]:
    """Counted like ``stats``: posts credited to each unit, by publication date, 1 January to ``as_of``."""
    return dict(session.execute(
        select(Post.unit_id, func.count()).where(
            Post.site_id == site.id, Post.unit_id.is_not(None),
            Post.pub_date.between(date(as_of.year, 1, 1), as_of)).group_by(Post.unit_id)).all())


def _pace_if_behind(spec: UnitSettings, count: int, as_of: date) -> Pace | None:
    if spec.annual_quota is None:
        return None
    result = pace(count, spec.annual_quota, as_of)
    return result if result.behind else None


def _recently_mailed(session: Session, site: Site, since: datetime) -> tuple[set[int], set[int]]:
    """Findings and units named in mails sent since ``since`` (failed sends do not count)."""
    sent = (AlertSend.site_id == site.id, AlertSend.status == "sent", AlertSend.sent_at >= since)
    findings = session.scalars(select(AlertFinding.finding_id).join(AlertSend, AlertFinding.send_id == AlertSend.id)
                               .where(*sent))
    units = session.scalars(select(AlertSend.unit_id).where(*sent))
    return set(findings), set(units)
