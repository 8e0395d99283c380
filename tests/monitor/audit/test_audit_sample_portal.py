"""``portal-monitor audit`` of the served sample portal with no profile finds what the configured crawl finds.

One audit crawl (module fixture) is compared with the configured crawl of
the same portal (the session ``sqlite_db``) and with the portal's own truth:
the same units, the same per-unit post counts, the same findings with the
same units, exactly.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from monitor.newmedia import CATEGORIES as MEDIA_CATEGORIES
from monitor.periods import Period
from monitor.profile import load_profile
from monitor.stats import compute_stats
from monitor.units import UnitMatcher, canonical
from storage.database import open_engine, session_factory
from storage.models import FindingRecord, Unit
from support import run_cli, truth_counts


@pytest.fixture(scope="module")
def configured(profile_path):
    return load_profile(profile_path)


@pytest.fixture(scope="module")
def audit(portal, configured, tmp_path_factory):
    """The sample portal audited once, with the configured crawl's day and ignored links, nothing else."""
    out = tmp_path_factory.mktemp("audit")
    args = ["audit", portal.base_url + "/", "--out", str(out), "--delay", "0", "--concurrency", "16",
            "--as-of", configured.freshness.as_of.isoformat()]
    for prefix in configured.crawl.link_ignore:
        args += ["--link-ignore", prefix]
    result = run_cli(*args)
    report = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    return {"out": out, "report": report, "stderr": result.stderr, "stdout": result.stdout}


@pytest.fixture(scope="module")
def unit_map(audit, sample_site):
    """Discovered unit name → sample unit name, by their name forms (each must fit exactly one)."""
    region = audit["report"]["site"]["region"]
    forms = {u.name: {canonical(f, region) for f in (u.name, u.full, *u.aliases)} for u in sample_site.units}
    mapping = {}
    for unit in audit["report"]["units"]:
        if unit["name"] is None:
            continue
        seen = {canonical(f, region) for f in (unit["name"], *unit["forms"])}
        fits = [name for name, known in forms.items() if seen <= known]
        assert len(fits) == 1, (unit["name"], unit["forms"], fits)
        mapping[unit["name"]] = fits[0]
    return mapping


def _as_of(configured) -> date:
    return configured.freshness.as_of


def test_discovered_units_are_the_sample_units(audit, unit_map, sample_site):
    assert sorted(unit_map.values()) == sorted(u.name for u in sample_site.units)
    kinds = {u.name: u.kind for u in sample_site.units}
    for unit in audit["report"]["units"]:
        if unit["name"] is not None:
            assert unit["kind"] == kinds[unit_map[unit["name"]]], unit["name"]


def test_site_and_region_read_from_the_home_page(audit, configured):
    site = audit["report"]["site"]
    assert site["region"] == configured.site.region
    assert site["name"] == configured.site.name


def test_per_unit_counts_equal_configured_crawl_and_truth(audit, unit_map, configured, sqlite_db, sample_site):
    as_of = _as_of(configured)
    recent = Period(as_of - timedelta(days=29), as_of, "range")
    with session_factory(open_engine(sqlite_db))() as session:
        stats = compute_stats(session, configured, recent)
    expected = {u.name: (u.ytd_count, u.period_count) for u in stats.units}
    year = truth_counts(sample_site.truth, date(as_of.year, 1, 1), as_of)
    last30 = truth_counts(sample_site.truth, recent.start, as_of)
    rows = {unit_map.get(u["name"]): (u["posts_year"], u["posts_recent"]) for u in audit["report"]["units"]}
    for name, counts in expected.items():
        assert rows[name] == counts == (year[name], last30[name]), name
    assert rows[None] == (year[None], last30[None])
    assert sum(year.values()) > 100  # the comparison covers a real year of posts


def _findings(db: str, rename: dict[str, str] | None = None) -> Counter:
    with session_factory(open_engine(db))() as session:
        rows = session.execute(select(FindingRecord.fingerprint, FindingRecord.category, FindingRecord.severity,
                                      FindingRecord.status, Unit.name)
                               .outerjoin(Unit, FindingRecord.unit_id == Unit.id)).all()
    return Counter((f, c, s, st, (rename or {}).get(u, u)) for f, c, s, st, u in rows)


def test_findings_equal_configured_crawl_with_units_by_name_form(audit, unit_map, sqlite_db):
    found = _findings(audit["report"]["crawl"]["database"], unit_map)
    # An audit knows no accounts or letter boxes (they come from a profile): those findings are the crawl's alone.
    assert found == Counter({row: n for row, n in _findings(sqlite_db).items() if row[1] not in MEDIA_CATEGORIES})
    assert len(found) == len(audit["report"]["findings"])


def test_summary_counts_every_open_finding_once(audit):
    report = audit["report"]
    open_rows = [r for r in report["findings"] if r["status"] == "open"]
    assert sum(c["total"] for c in report["summary"]["by_category"].values()) == len(open_rows)
    assert set(report["categories"]) >= {r["category"] for r in report["findings"]}
    per_unit = sum(sum(u["findings"].values()) for u in report["units"])
    assert per_unit == len(open_rows)


def test_html_report_is_one_escaped_page(audit):
    page = (audit["out"] / "audit.html").read_text(encoding="utf-8")
    report = audit["report"]
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "<script" not in page.lower()
    assert "<link" not in page
    for row in report["findings"]:
        assert html.escape(row["evidence"]) in page
    assert page.count('<td class="evidence">') == len(report["findings"])


def test_progress_is_printed_while_crawling(audit):
    lines = [line for line in audit["stderr"].splitlines() if line.startswith("进度：")]
    assert lines and "已抓取页面" in lines[-1] and "待抓取请求 0" in lines[-1]
    assert f"已抓取页面 {audit['report']['crawl']['pages']}，" in lines[-1]


def test_init_from_audit_writes_a_profile_that_loads(audit, unit_map, tmp_path):
    path = tmp_path / "profile.toml"
    run_cli("init", audit["report"]["site"]["start_url"], "--from-audit", str(audit["out"] / "audit.json"),
            "--out", str(path))
    profile = load_profile(path)
    assert {u.name for u in profile.units} == set(unit_map)
    assert all(u.annual_quota is None for u in profile.units)
    assert "# annual_quota =" in path.read_text(encoding="utf-8")
    matcher = UnitMatcher(profile)
    for unit in audit["report"]["units"]:
        for form in unit["forms"]:
            assert matcher.match(form) == unit["name"]
    columns = {c["url"]: c["category"] for c in audit["report"]["columns"]}
    assert {c.url: c.category for c in profile.columns} == columns
