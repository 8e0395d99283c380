"""Freshness checks over a crawl: stale and blank columns, a home page not updated.

A column's newest date is the newest of what its list shows: the list date
of each entry, or the publication date of the post it links when the list
prints none (pinned old posts on top do not matter: the newest wins). Only
columns the run saw (read, or answered 304 unchanged to an incremental crawl)
are judged, so a column the site dropped is not reported forever. The day judged is the profile's ``[freshness] as_of`` or the
crawl's own day.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.parsing.dates import resolve_month_day
from crawler.urls import canonical, column_key
from monitor.categories import infer_with_keyword
from monitor.health.staleness import ColumnFacts, column_finding, count_findings, home_finding, judge
from monitor.profile import Profile
from monitor.spans import Span
from storage.findings import record_site_findings
from storage.models import Column, ColumnEntry, CrawlRun, Page, Post, Site

CATEGORIES = ("stale_column", "empty_column", "site_stale")


def record(session: Session, site: Site, profile: Profile, run_id: int, now: datetime) -> None:
    settings = profile.freshness
    as_of = settings.as_of or now.date()
    facts = column_facts(session, site, profile, run_id)
    standings = [judge(f, settings, as_of) for f in facts]
    home_url = canonical(site.start_url)
    found = [f for f in map(lambda s: column_finding(s, as_of), standings) if f]
    found += count_findings(standings, settings, home_url)
    home = home_finding(_home_dates(session, site, run_id, as_of), settings, as_of, home_url)
    found += [home] if home else []
    record_site_findings(session, site.id, run_id, CATEGORIES,
                         [(f, f.url, _title(f)) for f in found], now,
                         checked_urls={f.url for f in facts} | {home_url})


def column_facts(session: Session, site: Site, profile: Profile, run_id: int) -> list[ColumnFacts]:
    """Every column the run saw, with its category, the reason for it, its newest date and its limit."""
    pins = {column_key(pin.url): pin for pin in profile.columns}
    newest = _newest_dates(session, site)
    facts, seen = [], _seen_columns(session, site, run_id)
    for column in session.scalars(select(Column).where(Column.site_id == site.id).order_by(Column.url)):
        if column.last_seen_run_id != run_id and column.url not in seen:
            continue
        pin = pins.get(column.url)
        category, reason = _category(column, pin)
        limit = Span.parse(pin.stale_after) if pin and pin.stale_after else None
        facts.append(ColumnFacts(column.url, column.name or column.url, category, reason,
                                 newest.get(column.id), limit or profile.freshness.limits[category]))
    return facts


def _seen_columns(session: Session, site: Site, run_id: int) -> set[str]:
    """Columns whose list answered "unchanged" (304) in this run: still there, as they were."""
    unchanged = session.scalars(select(Page.url).where(
        Page.site_id == site.id, Page.done_run_id == run_id, Page.status == 304, Page.kind.in_(("column", "list"))))
    return {column_key(url) for url in unchanged}


def _category(column: Column, pin) -> tuple[str, str]:
    if pin and pin.category:
        return pin.category, "配置文件指定"
    category, keyword = infer_with_keyword(column.name)
    return category, f"由栏目名称中的“{keyword}”推断" if keyword else "栏目名称未体现类别，按其他类"


def _newest_dates(session: Session, site: Site) -> dict[int, date]:
    """Column id → the newest date its list shows (list date, else the linked post's date)."""
    shown = func.coalesce(ColumnEntry.list_date, Post.pub_date)
    rows = session.execute(
        select(ColumnEntry.column_id, func.max(shown))
        .join(Column, Column.id == ColumnEntry.column_id)
        .outerjoin(Post, (Post.url == ColumnEntry.url) & (Post.site_id == site.id))
        .where(Column.site_id == site.id).group_by(ColumnEntry.column_id))
    return {column_id: newest for column_id, newest in rows if newest is not None}


def _home_dates(session: Session, site: Site, run_id: int, as_of: date) -> list[date]:
    """The dates the home page showed (year-less ones placed before ``as_of``).

    An incremental run told "304 unchanged" did not read the home page: the
    newest run that did speaks for it."""
    runs = session.scalars(select(CrawlRun.stats).where(CrawlRun.site_id == site.id, CrawlRun.id <= run_id)
                           .order_by(CrawlRun.id.desc()))
    stats = next((s for s in runs if s and "portal/home_dates" in s), {})
    shown = (resolve_month_day(d, as_of) for d in str(stats.get("portal/home_dates", "")).split(",") if d)
    return [d for d in shown if d]


def _title(finding) -> str:
    return finding.matched if finding.place == "column" else "网站整体"
