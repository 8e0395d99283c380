"""What a crawl left in a database, in comparable form (incremental and resume tests)."""
from __future__ import annotations

import json

from sqlalchemy import create_engine, select

from crawler.urls import canonical
from monitor.periods import parse_period
from storage.models import Column, ColumnEntry, FindingRecord, Notice, Post, Unit
from support import run_cli, truth_counts


def _rows(db_url: str, query) -> list:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    engine.dispose()
    return rows


def stored_posts(db_url: str) -> dict[str, tuple]:
    """url → (title, pub_date, unit name or None)."""
    names = dict(_rows(db_url, select(Unit.id, Unit.name)))
    rows = _rows(db_url, select(Post.url, Post.title, Post.pub_date, Post.unit_id))
    return {url: (title, pub_date, names.get(unit_id)) for url, title, pub_date, unit_id in rows}


def truth_posts(site, base_url: str) -> dict[str, tuple]:
    return {canonical(p.external_url or base_url + p.path): (p.title, p.pub_date, p.unit) for p in site.truth}


def column_entries(db_url: str) -> set[tuple]:
    return set(_rows(db_url, select(Column.url, ColumnEntry.url, ColumnEntry.title, ColumnEntry.list_date,
                                    ColumnEntry.external).join(Column)))


def findings_and_notices(db_url: str) -> set[tuple]:
    """Findings (fingerprint, count, status, category, page, unit, column) and notices."""
    units = dict(_rows(db_url, select(Unit.id, Unit.name)))
    columns = dict(_rows(db_url, select(Column.id, Column.url)))
    rows = _rows(db_url, select(FindingRecord.fingerprint, FindingRecord.count, FindingRecord.status,
                                FindingRecord.category, FindingRecord.page_url, FindingRecord.unit_id,
                                FindingRecord.column_id))
    notices = _rows(db_url, select(Notice.url, Notice.kind, Notice.message))
    return {(f, n, s, c, p, units.get(u), columns.get(k)) for f, n, s, c, p, u, k in rows} | set(notices)


def stats_json(db_url: str, profile_path, period: str) -> dict:
    return json.loads(run_cli("--db", db_url, "stats", str(profile_path), "--period", period, "--json").stdout)


def expected_stats(site, period_text: str) -> dict:
    """Totals and per-unit (period, year to date) counts from the ground truth."""
    period = parse_period(period_text)
    in_period = truth_counts(site.truth, period.start, period.end)
    ytd = truth_counts(site.truth, period.year_start, period.end)
    return {
        "period_count": sum(in_period.values()), "ytd_count": sum(ytd.values()),
        "cumulative_count": sum(1 for p in site.truth if p.pub_date <= period.end),
        "unattributed_count": in_period[None],
        "units": {name: (in_period[name], ytd[name]) for name in {p.unit for p in site.truth} if name},
    }
