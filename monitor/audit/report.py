"""The audit report as data: what ``audit.json`` holds and ``audit.html`` shows.

Everything comes from the database after the audit settled, through the same
queries the other commands use (:func:`monitor.stats.compute_stats`,
:func:`monitor.findings.query_findings`), so the audit and a configured crawl
cannot count differently. The categories are read from the rules and the
health checks at run time: a check added later shows up without an edit here.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.audit.discover import Discovery
from monitor.categories import infer_with_keyword
from monitor.findings import query_findings, query_notices
from monitor.health import HEALTH_CATEGORIES
from monitor.periods import Period
from monitor.profile import Profile
from monitor.stats import compute_stats
from rules.base import CATEGORIES, SEVERITIES
from storage.models import Column, Post, Site, Unit

RECENT_DAYS = 30


def build_report(session: Session, site: Site, profile: Profile, discovery: Discovery,
                 crawl: dict, as_of: date) -> dict:
    findings = query_findings(session, site)
    categories = list(dict.fromkeys([*CATEGORIES, *HEALTH_CATEGORIES, *(r["category"] for r in findings)]))
    return {
        "site": {"name": profile.site.name, "region": profile.site.region, "start_url": profile.site.start_url},
        "as_of": as_of.isoformat(),
        "crawl": crawl,
        "categories": categories,
        "severities": list(SEVERITIES),
        "summary": _summary(findings, categories),
        "units": _units(session, site, profile, discovery, findings, as_of),
        "other_sources": [{"name": name, "posts": n} for name, n in discovery.other_sources],
        "columns": _columns(session, site),
        "findings": findings,
        "notices": [{"url": n.url, "kind": n.kind, "message": n.message} for n in query_notices(session, site)],
    }


def _summary(findings: list[dict], categories: list[str]) -> dict:
    """Open findings by category and severity (fixed ones are listed, not counted)."""
    open_rows = [r for r in findings if r["status"] == "open"]
    cells = Counter((r["category"], r["severity"]) for r in open_rows)
    by_category = {c: {**{s: cells[c, s] for s in SEVERITIES}, "total": sum(cells[c, s] for s in SEVERITIES)}
                   for c in categories}
    by_severity = {s: sum(cells[c, s] for c in categories) for s in SEVERITIES}
    return {"by_category": by_category, "by_severity": by_severity, "open": len(open_rows),
            "fixed": len(findings) - len(open_rows)}


def _units(session: Session, site: Site, profile: Profile, discovery: Discovery, findings: list[dict],
           as_of: date) -> list[dict]:
    """Per unit: its name forms, posts this year and in the last 30 days, open findings by category."""
    stats = compute_stats(session, profile, Period(as_of - timedelta(days=RECENT_DAYS - 1), as_of, "range"))
    counts = {u.name: u for u in stats.units}
    forms = {u.name: u.aliases() for u in discovery.units}
    by_unit: dict[str | None, Counter] = defaultdict(Counter)
    for row in findings:
        if row["status"] == "open":
            by_unit[row["unit"]][row["category"]] += 1
    rows = [{"name": u.name, "kind": u.kind, "forms": forms.get(u.name, []),
             "posts_year": counts[u.name].ytd_count, "posts_recent": counts[u.name].period_count,
             "findings": dict(sorted(by_unit[u.name].items()))}
            for u in profile.units]
    unattributed = _unattributed(session, site, as_of, stats.unattributed_count)
    rows.append({"name": None, "kind": None, "forms": [], **unattributed, "findings": dict(sorted(by_unit[None].items()))})
    return rows


def _unattributed(session: Session, site: Site, as_of: date, recent: int) -> dict:
    """Posts no unit is credited with: this year, and (from the stats) the last 30 days."""
    year = select(func.count()).where(Post.site_id == site.id, Post.unit_id.is_(None),
                                      Post.pub_date.between(date(as_of.year, 1, 1), as_of))
    return {"posts_year": session.scalar(year), "posts_recent": recent}


def _columns(session: Session, site: Site) -> list[dict]:
    """Every column with its category and the keyword of its name that decided it."""
    units = dict(session.execute(select(Unit.id, Unit.name).where(Unit.site_id == site.id)).all())
    rows = []
    for column in session.scalars(select(Column).where(Column.site_id == site.id).order_by(Column.url)):
        category, keyword = infer_with_keyword(column.name)
        rows.append({"url": column.url, "name": column.name, "trail": column.trail,
                     "category": column.category or category, "keyword": keyword,
                     "unit": units.get(column.unit_id)})
    return rows
