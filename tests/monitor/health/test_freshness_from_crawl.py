"""Freshness on a real crawl of the sample portal: every stale, due-soon and
blank column the site knows of, each once, with its unit; the veto counts;
the home page judged by the dates it shows."""
from __future__ import annotations

import json
from collections import Counter

from datetime import date

import pytest
from sqlalchemy import create_engine, select

from support import run_cli
from crawler.parsing.dates import resolve_month_day
from crawler.urls import column_key
from monitor.categories import infer_category
from monitor.profile_freshness import LIMITS, WARN
from storage.models import CrawlRun


def expected_state(column, as_of) -> str:
    """What the inspection rule says, from the site's own truth (newest post per column)."""
    if column.newest is None:
        return "blank"
    category = column.pinned_category or infer_category(column.name)
    deadline = LIMITS[category].after(column.newest)
    if deadline < as_of:
        return "overdue"
    return "due_soon" if WARN[category].before(deadline) <= as_of else "ok"


RULE_STATE = {"stale_column.overdue": "overdue", "stale_column.due-soon": "due_soon", "empty_column.blank": "blank"}


@pytest.fixture(scope="module")
def health(sqlite_db, profile_path) -> list[dict]:
    rows = json.loads(run_cli("--db", sqlite_db, "findings", str(profile_path), "--json").stdout)
    return [r for r in rows if r["category"] in ("stale_column", "empty_column", "site_stale")]


def test_every_stale_due_and_blank_column_once_with_its_unit(health, sample_site, portal):
    expected = {column_key(portal.base_url + c.path): (expected_state(c, sample_site.as_of), c.owner)
                for c in sample_site.columns}
    expected = {url: pair for url, pair in expected.items() if pair[0] != "ok"}
    got = Counter((r["url"], RULE_STATE[r["rule"]], r["unit"]) for r in health if r["place"] == "column")
    assert got == Counter((url, state, owner) for url, (state, owner) in expected.items())
    states = Counter(state for state, _ in expected.values())
    assert states["overdue"] >= 10 and states["due_soon"] >= 3 and states["blank"] == 8


def test_findings_say_when_the_column_stopped_and_why_its_limit(health):
    overdue = next(r for r in health if r["rule"] == "stale_column.overdue" and r["column"] == "工作动态")
    assert "最近更新于" in overdue["evidence"] and "2024-06-30" in overdue["evidence"]
    assert "由栏目名称中的“动态”推断" in overdue["detail"] and "14天" in overdue["detail"]
    assert overdue["severity"] == "deduct" and overdue["status"] == "open"


def test_counts_against_the_national_veto(health, sample_site):
    states = Counter(expected_state(c, sample_site.as_of) for c in sample_site.columns
                     if (c.pinned_category or infer_category(c.name)) in ("dynamic", "notice", "disclosure"))
    counts = {r["matched"]: r for r in health if r["rule"].endswith(".count")}
    assert counts["不更新栏目"]["severity"] == "veto"
    assert f"共{states['overdue']}个" in counts["不更新栏目"]["evidence"]
    assert counts["空白栏目"]["severity"] == "veto" and "共8个" in counts["空白栏目"]["evidence"]


def test_home_page_updated_within_two_weeks_is_not_reported(health):
    """The sample's home page lists news of 06-21 (year-less, as most portals print it)."""
    assert [r for r in health if r["category"] == "site_stale"] == []


def test_the_run_keeps_the_dates_the_home_page_showed(sqlite_db):
    engine = create_engine(sqlite_db)
    with engine.connect() as connection:
        stats = connection.execute(select(CrawlRun.stats).order_by(CrawlRun.id.desc())).scalars().first()
    engine.dispose()
    shown = stats["portal/home_dates"].split(",")
    assert max(resolve_month_day(d, date(2024, 6, 30)) for d in shown) == date(2024, 6, 21)
