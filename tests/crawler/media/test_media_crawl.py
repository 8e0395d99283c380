"""``crawl`` reads the accounts' sources and the letter box next to the portal: exact rows, one notice per fault.

Two crawls of tests/media_site.py through the CLI. The first (full) stores
the good sources' articles and the letters exactly and leaves one notice for
each source that cannot be read (malformed, empty, HTML instead of a feed, a
closed port), the run ok. Before the second (incremental), the Atom feed and
the local .xlsx export break, and the office answers the pending letter:
the broken sources' accounts keep what they had (and their last good read),
the answer is found by reading that letter alone, and nothing is duplicated.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import NamedTuple

import openpyxl
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from crawler.urls import canonical
from media_site import (ATOM_ENTRIES, BOX, CSV_ROWS, FEED_ITEMS, LETTERS, LIST_ITEMS, MISSING_LETTER,
                        answer_letter, break_atom, closed_port, serve_media_site)
from storage.media import Account, AccountArticle, Letter
from storage.models import CrawlRun, FindingRecord, Notice, Post, Unit
from support import run_cli

PENDING = "/hdjl/xzxx/202406/t20240607_12.html"
XLSX_ROWS = (("发布日期", "作品标题", "作品链接"), (date(2024, 6, 21), "端午龙舟赛精彩瞬间", "https://dy.dingnan.invalid/v/1"))
PROFILE = """[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "{base}/"

[crawl]
obey_robots = false  # no robots.txt to ask the closed port for (3 s of retries)
download_delay = 0
autothrottle = false
timeout = 2
concurrency = 8

[[units]]
name = "交通运输局"
kind = "department"

[[units]]
name = "林业局"
kind = "department"
"""
ACCOUNTS = (  # name, unit, source, where
    ("定南发布", "交通运输局", "feed", "{base}/feeds/dnfb.xml"),
    ("定南教育", None, "feed", "{base}/feeds/jy.xml"),
    ("定南林业", "林业局", "list", "{base}/wx/lyj/index.html"),
    ("定南城管", None, "export", "{base}/exports/cg.csv"),
    ("定南融媒", None, "export", "{folder}/rm.xlsx"),
    ("坏订阅源", None, "feed", "{base}/feeds/bad.xml"),
    ("空订阅源", None, "feed", "{base}/feeds/empty.xml"),
    ("迁移订阅源", None, "feed", "{base}/feeds/moved.xml"),
    ("断开订阅源", None, "feed", "http://127.0.0.1:{closed}/rss.xml"),
)


def profile_text(base: str, folder, closed: int) -> str:
    tables = [PROFILE.format(base=base)]
    for name, unit, source, where in ACCOUNTS:
        owner = f'unit = "{unit}"\n' if unit else ""
        location = where.format(base=base, folder=folder, closed=closed)
        tables.append(f'[[accounts]]\nname = "{name}"\nplatform = "wechat"\n{owner}{source} = "{location}"\n')
    tables.append(f'[[letters]]\nname = "县长信箱"\nurl = "{base}/hdjl/xzxx/index.html"\n')
    return "\n".join(tables)


def snapshot(db: str) -> dict:
    with Session(create_engine(db)) as session:
        names = dict(session.execute(select(Account.id, Account.name)).all())
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        return {
            "articles": sorted((names[a.account_id], a.key, a.url, a.title, a.pub_date.isoformat())
                               for a in session.scalars(select(AccountArticle))),
            "read": {a.name: a.last_read_run_id for a in session.scalars(select(Account))},
            "letters": sorted((r.url, r.box, r.title, r.received.isoformat(), r.answered and r.answered.isoformat(),
                               r.state, r.answered_by, units.get(r.unit_id)) for r in session.scalars(select(Letter))),
            "notices": sorted((n.url, n.kind, n.message) for n in session.scalars(select(Notice))),
            "posts": sorted(session.scalars(select(Post.url))),
            "runs": [r.status for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))],
        }


class Crawls(NamedTuple):
    base: str
    folder: str
    closed: int
    first: dict
    second: dict
    requests: Counter  # path → requests in the second crawl


def write_xlsx(path, rows) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


@pytest.fixture(scope="module")
def crawls(tmp_path_factory) -> Crawls:
    folder = tmp_path_factory.mktemp("media")
    db, profile, closed = f"sqlite:///{folder / 'media.sqlite'}", folder / "profile.toml", closed_port()
    write_xlsx(folder / "rm.xlsx", XLSX_ROWS)
    with serve_media_site() as server:
        profile.write_text(profile_text(server.base_url, folder, closed), encoding="utf-8")
        run_cli("--db", db, "crawl", str(profile), "--quiet")
        first, before = snapshot(db), Counter(server.requests)
        break_atom(server.pages)
        (folder / "rm.xlsx").write_bytes(b"PK\x03\x04 not a workbook any more")
        answer_letter(server.pages, PENDING, "2024-06-14", "定南县林业局")
        run_cli("--db", db, "crawl", str(profile), "--quiet")
        return Crawls(server.base_url, str(folder), closed, first, snapshot(db), server.requests - before)


def expected_articles(base: str) -> list[tuple]:
    rows = [("定南发布", base + p, t, d) for p, t, d in
            zip((p for p, _, _ in FEED_ITEMS), (t for _, t, _ in FEED_ITEMS), ("2024-06-12", "2024-06-10"))]
    rows += [("定南教育", base + p, t, d[:10]) for p, t, d in ATOM_ENTRIES]
    rows += [("定南林业", base + p, t, d) for p, t, d, _ in LIST_ITEMS]
    rows += [("定南城管", base + p if p else None, t, d) for p, t, d in CSV_ROWS]
    rows += [("定南融媒", canonical(XLSX_ROWS[1][2]), XLSX_ROWS[1][1], "2024-06-21")]
    return sorted((name, url or f"{title}|{day}", url, title, day) for name, url, title, day in rows)


def test_both_runs_complete(crawls):
    assert crawls.second["runs"] == ["ok", "ok"]


def test_good_sources_give_exactly_their_articles(crawls):
    assert crawls.first["articles"] == expected_articles(crawls.base)


def test_each_unreadable_source_leaves_one_notice_with_its_reason(crawls):
    base = crawls.base
    assert crawls.first["notices"] == sorted([
        (f"http://127.0.0.1:{crawls.closed}/rss.xml", "newmedia", "无法下载：连接被拒绝，重试2次后仍失败"),
        (f"{base}/exports/cg.csv", "newmedia", "有1条没有发布日期或标题，未计入统计"),
        (f"{base}/feeds/bad.xml", "newmedia", "订阅源无法解析：XML格式错误（第1行）"),
        (f"{base}/feeds/empty.xml", "newmedia", "订阅源为空：没有任何文章"),
        (f"{base}/feeds/moved.xml", "newmedia", "返回的不是订阅源（text/html）"),
        (canonical(base + MISSING_LETTER), "interaction", "无法下载：HTTP 404"),
    ])


def test_an_account_is_read_only_when_its_source_was(crawls):
    unread = {"坏订阅源", "空订阅源", "迁移订阅源", "断开订阅源"}
    assert crawls.first["read"] == {name: None if name in unread else 1 for name, *_ in ACCOUNTS}


def test_every_letter_with_its_dates_state_and_unit(crawls):
    expected = sorted((canonical(crawls.base + path), "县长信箱", *fields) for path, fields in LETTERS.items())
    assert crawls.first["letters"] == expected


def test_letters_never_become_posts(crawls):
    assert crawls.first["posts"] == [canonical(crawls.base + "/gzdt/t20240612_1.html")]


def test_a_second_crawl_duplicates_nothing_and_broken_sources_keep_their_rows(crawls):
    first, second = crawls.first, crawls.second
    assert (second["articles"], second["posts"]) == (first["articles"], first["posts"])
    assert second["read"] == {**{name: 2 for name in first["read"] if first["read"][name]},
                              "定南教育": 1, "定南融媒": 1} | {n: None for n in first["read"] if not first["read"][n]}
    assert sorted(set(second["notices"]) - set(first["notices"])) == sorted([
        (f"{crawls.base}/feeds/jy.xml", "newmedia", "订阅源无法解析：XML格式错误（第1行）"),
        (f"{crawls.folder}/rm.xlsx", "newmedia", "导出文件无法打开：不是有效的.xlsx文件"),
    ])


def test_an_incremental_crawl_reads_only_the_boxs_new_page_and_the_unanswered_letter(crawls):
    pending = canonical(crawls.base + PENDING)
    answered = [row if row[0] != pending else (*row[:4], "2024-06-14", "已办结", "定南县林业局", "林业局")
                for row in crawls.first["letters"]]
    assert crawls.second["letters"] == answered
    assert {path: n for path, n in crawls.requests.items() if path.startswith("/hdjl/")} == {BOX: 1, PENDING: 1}


def test_an_accounts_article_is_content_checked_and_its_finding_is_the_owners(crawls):
    engine = create_engine(f"sqlite:///{crawls.folder}/media.sqlite")
    with engine.connect() as connection:
        rows = connection.execute(select(FindingRecord.category, FindingRecord.page_url, FindingRecord.matched,
                                         Unit.name).outerjoin(Unit, Unit.id == FindingRecord.unit_id)
                                  .where(FindingRecord.category.not_like("newmedia%"),
                                         FindingRecord.category != "interaction_overdue")).all()
    engine.dispose()
    typo = canonical(crawls.base + FEED_ITEMS[1][0])
    assert [tuple(r) for r in rows if r.page_url == typo] == [("typo", typo, "再接再励", "交通运输局")]
