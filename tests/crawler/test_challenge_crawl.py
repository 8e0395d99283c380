"""A site behind a JavaScript challenge: reported blocked without a browser, crawled with one."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from challenge_site import ARTICLES, serve_challenge_site
from support import require_programs, run_cli
from storage.models import CrawlRun, FindingRecord, Notice, Post

PROFILE = """[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "{base}/"

[crawl]
obey_robots = false
download_delay = 0
autothrottle = false
browser = {browser}

[[units]]
name = "林业局"
kind = "department"
"""


@pytest.fixture
def chromium():
    """Debian's Chromium (.ci/run installs it); outside CI a machine without it skips."""
    require_programs("chromium", install="apt-get install chromium")


@pytest.fixture
def site():
    with serve_challenge_site() as base:
        yield base


def crawl(tmp_path, base: str, db: str, browser: bool):
    profile = tmp_path / f"profile-{browser}.toml"
    profile.write_text(PROFILE.format(base=base, browser=str(browser).lower()), encoding="utf-8")
    started = time.monotonic()
    result = run_cli("--db", db, "crawl", str(profile), "--quiet", check=False)
    return result, time.monotonic() - started


def stored(db: str):
    with Session(create_engine(db)) as session:
        posts = {(p.url, p.title, p.pub_date.isoformat(), p.removed_run_id) for p in session.scalars(select(Post))}
        notices = [(n.url, n.kind, n.message) for n in session.scalars(select(Notice))]
        runs = [(r.status, r.message) for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))]
        broken = session.scalars(select(FindingRecord).where(FindingRecord.category == "broken_link")).all()
    return posts, notices, runs, broken


def test_without_browser_the_site_is_reported_blocked(tmp_path, site):
    db = f"sqlite:///{tmp_path / 'blocked.sqlite'}"
    result, _ = crawl(tmp_path, site, db, browser=False)
    assert result.returncode == 2
    error = [line for line in result.stderr.splitlines() if line.startswith("portal-monitor: error:")]
    assert len(error) == 1 and "blocked" in error[0] and "[crawl] browser = true" in error[0], result.stderr
    posts, notices, runs, broken = stored(db)
    assert posts == set() and broken == []
    assert notices == [(f"{site}/", "blocked",
                        "网站启用了反爬虫验证（HTTP 412 JavaScript挑战），页面未能读取；可在配置中开启浏览器抓取")]
    assert runs == [("failed", "start page blocked: " + notices[0][2])]


def test_with_browser_the_crawl_gets_through_and_a_later_block_keeps_the_posts(tmp_path, site, chromium):
    db = f"sqlite:///{tmp_path / 'browser.sqlite'}"
    result, seconds = crawl(tmp_path, site, db, browser=True)
    assert result.returncode == 0, result.stderr[-3000:]
    print(f"browser crawl: {seconds:.1f} s")
    expected = {(f"{site}{path}", title, day, None) for path, (title, day) in ARTICLES.items()}
    posts, notices, runs, broken = stored(db)
    assert posts == expected and notices == [] and broken == []
    assert runs[0][0] == "ok"
    result, _ = crawl(tmp_path, site, db, browser=False)
    assert result.returncode == 2
    posts, notices, runs, _ = stored(db)
    assert posts == expected and {n[1] for n in notices} == {"blocked"} and f"{site}/" in {n[0] for n in notices}
    assert [r[0] for r in runs] == ["ok", "failed"] and runs[1][1].startswith("start page blocked: ")
