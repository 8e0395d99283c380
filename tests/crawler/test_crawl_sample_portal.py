"""A real crawl of the served sample portal reproduces its ground truth exactly."""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest
from sqlalchemy import create_engine, select

from snapshots import expected_stats
from support import postgres_url, run_cli
from crawler.urls import canonical, column_key
from storage.models import Column, ColumnEntry, CrawlRun, Post, Unit


def stored_posts(db_url: str) -> dict[str, tuple]:
    """url → (title, pub_date, unit name or None) as the database holds them."""
    engine = create_engine(db_url)
    with engine.connect() as connection:
        names = dict(connection.execute(select(Unit.id, Unit.name)).all())
        rows = connection.execute(select(Post.url, Post.title, Post.pub_date, Post.unit_id)).all()
    engine.dispose()
    return {url: (title, pub_date, names.get(unit_id)) for url, title, pub_date, unit_id in rows}


def truth_posts(site, base_url: str) -> dict[str, tuple]:
    def url(post):
        return canonical(post.external_url or base_url + post.path)
    return {url(p): (p.title, p.pub_date, p.unit) for p in site.truth}


def test_every_post_with_its_date_unit_and_title(sqlite_db, sample_site, portal):
    stored, truth = stored_posts(sqlite_db), truth_posts(sample_site, portal.base_url)
    assert sorted(set(stored) - set(truth)) == [], "pages stored as posts that are not posts"
    assert sorted(set(truth) - set(stored)) == [], "posts the crawl missed"
    wrong = {url: (stored[url], truth[url]) for url in truth if stored[url] != truth[url]}
    assert wrong == {}


def test_every_unit_every_month(sqlite_db, sample_site):
    stored = Counter((unit, d.year, d.month) for _, d, unit in stored_posts(sqlite_db).values())
    truth = Counter((p.unit, p.pub_date.year, p.pub_date.month) for p in sample_site.truth)
    assert stored == truth


def test_cross_listed_posts_keep_all_their_columns(sqlite_db, sample_site, portal):
    engine = create_engine(sqlite_db)
    with engine.connect() as connection:
        rows = connection.execute(select(ColumnEntry.url, Column.url).join(Column)).all()
    listed = defaultdict(set)
    for url, column in rows:
        listed[url].add(column)
    crossed = [p for p in sample_site.truth if len(p.columns) > 1]
    assert crossed, "the sample portal must have cross-listed posts"
    for post in crossed:
        url = canonical(post.external_url or portal.base_url + post.path)
        assert listed[url] >= {column_key(portal.base_url + c) for c in post.columns}


def stats_for(db_url: str, profile_path, period: str) -> dict:
    return json.loads(run_cli("--db", db_url, "stats", str(profile_path), "--period", period, "--json").stdout)


@pytest.mark.parametrize("period", ["2024-06", "2024-02", "2024-Q2", "2023", "2023-12-15..2023-12-31"])
def test_stats_json_equals_ground_truth(sqlite_db, profile_path, sample_site, period):
    got, want = stats_for(sqlite_db, profile_path, period), expected_stats(sample_site, period)
    assert {k: got["totals"][k] for k in ("period_count", "ytd_count", "cumulative_count")} == {
        k: want[k] for k in ("period_count", "ytd_count", "cumulative_count")}
    assert got["unattributed_count"] == want["unattributed_count"]
    units = {u["name"]: (u["period_count"], u["ytd_count"]) for u in got["units"]}
    assert {n: units[n] for n in want["units"]} == want["units"]
    assert all(units[n] == (0, 0) for n in set(units) - set(want["units"]))


def test_stats_json_shape(sqlite_db, profile_path, sample_site):
    got = stats_for(sqlite_db, profile_path, "2024-02")
    assert got["site"] == "定南县人民政府门户网站"
    assert got["period"] == {"start": "2024-02-01", "end": "2024-02-29", "kind": "month"}
    first = got["units"][0]
    assert set(first) >= {"name", "kind", "annual_quota", "period_quota", "period_count", "period_ratio",
                          "ytd_count", "ytd_ratio"}
    assert [u["name"] for u in got["units"]][:3] == ["政府办公室", "行政审批局", "审计局"]
    assert first["period_quota"] == first["annual_quota"] / 12


def test_recrawl_changes_nothing(sqlite_db, profile_path, tmp_path):
    before = stored_posts(sqlite_db)
    copy = tmp_path / "again.sqlite"
    copy.write_bytes(open(sqlite_db.removeprefix("sqlite:///"), "rb").read())
    run_cli("--db", f"sqlite:///{copy}", "crawl", str(profile_path), "--quiet")
    assert stored_posts(f"sqlite:///{copy}") == before
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as connection:
        assert [r.status for r in connection.execute(select(CrawlRun)).all()] == ["ok", "ok"]


def test_postgresql_gives_the_same_numbers(sqlite_db, profile_path):
    pg = postgres_url()
    run_cli("--db", pg, "crawl", str(profile_path), "--quiet")
    assert stored_posts(pg) == stored_posts(sqlite_db)
    for period in ("2024-06", "2023"):
        assert stats_for(pg, profile_path, period) == stats_for(sqlite_db, profile_path, period)
    assert findings_for(pg, profile_path) == findings_for(sqlite_db, profile_path)


def findings_for(db_url: str, profile_path) -> list[dict]:
    rows = json.loads(run_cli("--db", db_url, "findings", str(profile_path), "--json").stdout)
    assert rows
    return sorted((r["rule"], r["url"], r["place"], r["matched"], r["evidence"], r["unit"], r["status"])
                  for r in rows)


def test_unreachable_start_url_fails_clearly_and_keeps_earlier_runs(sqlite_db, profile_path, tmp_path):
    db = tmp_path / "kept.sqlite"
    db.write_bytes(open(sqlite_db.removeprefix("sqlite:///"), "rb").read())
    before = stored_posts(f"sqlite:///{db}")
    text = profile_path.read_text("utf-8")
    start = text.split('start_url = "', 1)[1].split('"', 1)[0]
    dead = tmp_path / "dead.toml"
    dead.write_text(text.replace(start, "http://127.0.0.1:9/"), encoding="utf-8")
    result = run_cli("--db", f"sqlite:///{db}", "crawl", str(dead), "--quiet", check=False)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("portal-monitor: error: crawl of http://127.0.0.1:9/ failed")
    assert stored_posts(f"sqlite:///{db}") == before
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        assert [r.status for r in connection.execute(select(CrawlRun)).all()] == ["ok", "failed"]


def test_bad_profile_is_refused_before_crawling(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nname = "x"\nregion = "定南县"\n', encoding="utf-8")
    result = run_cli("--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "crawl", str(bad), check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == f"portal-monitor: error: {bad}:1: site: missing required key 'start_url'"
