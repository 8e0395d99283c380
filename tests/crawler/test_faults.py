"""A crawl of a misbehaving server finishes, keeps every good page once and reports each fault once, by its class.

One crawl and one full re-crawl of tests/fault_site.py through the CLI, with
a 2 s timeout. Transient faults (5xx with Retry-After, a reset) that recover
within the retries leave no trace; the others leave exactly one notice each,
naming the fault in plain Chinese, and their links are broken-link findings.
"""
from __future__ import annotations

import time
from collections import Counter
from typing import NamedTuple

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from crawler.urls import canonical
from fault_site import ARTICLES, FAULTS, HUGE_PAGE, LOOP, LOOP_BACK, PDF, serve_fault_site
from storage.models import CrawlRun, FindingRecord, Notice, Post
from support import run_cli

TIMEOUT, RETRIES = 2, 2  # [crawl] timeout below; crawler.settings.RETRY_TIMES
PROFILE = f"""[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "{{base}}/"

[crawl]
obey_robots = true
download_delay = 0
autothrottle = false
timeout = {TIMEOUT}
concurrency = 8

[freshness]
as_of = 2024-06-30

[[units]]
name = "林业局"
kind = "department"
"""


def expected_notice(fault) -> tuple[str, str]:
    """(kind, message) the crawl must leave for ``fault``."""
    if fault.kind == "robots":
        return fault.notice, f"链接未能核实：{fault.expected}，未检查"
    if fault.kind == "huge":
        return fault.notice, f"{fault.expected}，未下载检查"
    waited = f"（超过{TIMEOUT}秒）" if fault.kind in ("slow", "stall") else ""
    retried = "" if fault.kind == "loop" else f"，重试{RETRIES}次后仍失败"
    return fault.notice, f"无法下载：{fault.expected}{waited}{retried}"


def snapshot(db: str) -> dict:
    with Session(create_engine(db)) as session:
        return {
            "posts": sorted((p.url, p.title, p.pub_date.isoformat(), p.source) for p in session.scalars(select(Post))),
            "notices": sorted((n.url, n.kind, n.message) for n in session.scalars(select(Notice))),
            "broken": sorted((f.page_url, f.matched, f.detail, f.status) for f in session.scalars(
                select(FindingRecord).where(FindingRecord.category == "broken_link"))),
            "runs": [r.status for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))],
        }


class Crawls(NamedTuple):
    base: str
    first: dict  # the database after the first crawl (snapshot)
    second: dict  # after a second, full crawl
    requests: Counter  # path → requests the server saw during the first crawl
    seconds: float  # the first crawl's wall time, process start included
    exit_code: int


@pytest.fixture(scope="module")
def crawls(tmp_path_factory) -> Crawls:
    folder = tmp_path_factory.mktemp("faults")
    db = f"sqlite:///{folder / 'faults.sqlite'}"
    with serve_fault_site() as server:
        profile = folder / "profile.toml"
        profile.write_text(PROFILE.format(base=server.base_url), encoding="utf-8")
        started = time.monotonic()
        result = run_cli("--db", db, "crawl", str(profile), "--quiet")
        seconds, requests, first = time.monotonic() - started, Counter(server.requests), snapshot(db)
        run_cli("--db", db, "crawl", str(profile), "--full", "--quiet")
        return Crawls(server.base_url, first, snapshot(db), requests, seconds, result.returncode)


def url(base: str, path: str) -> str:
    return canonical(base + path)


def test_the_crawl_finishes(crawls):
    print(f"fault site crawl: {crawls.seconds:.1f} s")
    assert (crawls.exit_code, crawls.first["runs"], crawls.second["runs"]) == (0, ["ok"], ["ok", "ok"])


def test_every_good_article_is_stored_once_with_its_exact_text(crawls):
    expected = sorted((url(crawls.base, a.path), a.title, a.day, a.unit) for a in ARTICLES)
    assert crawls.first["posts"] == expected


def test_each_fault_leaves_one_notice_naming_its_class_and_recovered_pages_none(crawls):
    notices = {u: (kind, message) for u, kind, message in crawls.first["notices"]}
    assert len(notices) == len(crawls.first["notices"]) == len(FAULTS), crawls.first["notices"]
    for fault in FAULTS:
        kind, message = notices.get(url(crawls.base, fault.path), ("", ""))
        if fault.kind == "robots":  # the link notice goes on to say how many pages cite it
            message = message.split("（", 1)[0]
        assert (kind, message) == expected_notice(fault), fault.path


def test_pages_that_never_answer_are_broken_links_for_the_same_reason(crawls):
    dead = {url(crawls.base, f.path): f.expected for f in FAULTS if f.kind not in ("huge", "robots")}
    assert {target for _page, target, _detail, _status in crawls.first["broken"]} == set(dead)
    for _page, target, detail, status in crawls.first["broken"]:
        assert (detail.split("：", 1)[1], status) == (dead[target], "open")


def test_retries_and_robots_as_requested(crawls):
    """Each failing URL is tried 1 + RETRIES times; recovered ones until they answer; robots.txt is obeyed."""
    retried = {f.path: 1 + RETRIES for f in FAULTS if f.kind in ("status", "slow", "stall", "reset", "truncated")}
    once = {a.path: 1 + len(a.fails) for a in ARTICLES} | {PDF: 1, LOOP: 1, LOOP_BACK: 1, HUGE_PAGE: 1}
    assert {path: crawls.requests[path] for path in retried | once} == retried | once
    assert crawls.requests["/nbgl/index.html"] == 0


def test_a_second_crawl_changes_nothing(crawls):
    for table in ("posts", "notices", "broken"):
        assert crawls.second[table] == crawls.first[table], table
