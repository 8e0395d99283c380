"""Accounts follow the profile; reads upsert by key; a good read resolves its source's notice, a bad one keeps rows."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from crawler.media.letters import LetterRecord
from crawler.media.records import Article
from monitor.profile_newmedia import AccountSettings
from storage.database import open_engine, session_factory
from storage.media import Account, AccountArticle, Letter
from storage.media_store import account_ids, record_letter, record_read, sync_accounts
from storage.findings import record_notice
from storage.models import CrawlRun, Notice, Site, Unit

FEED = "http://wx.dingnan.invalid/rss.xml"


@pytest.fixture
def db(tmp_path):
    sessions = session_factory(open_engine(f"sqlite:///{tmp_path / 'media.sqlite'}"))
    with sessions.begin() as session:
        site = Site(name="定南县人民政府门户网站", region="定南县", start_url="http://www.dingnan.invalid/")
        session.add(site)
        session.flush()
        session.add_all([Unit(site_id=site.id, name="林业局", kind="department"),
                         *(CrawlRun(site_id=site.id, started_at=date(2024, 6, d), status="ok") for d in (1, 2))])
    return sessions


def account(name: str, unit: str | None = "林业局", location: str = FEED) -> AccountSettings:
    return AccountSettings(name, "wechat", unit, "active", "feed", location)


def rows(session, model, *columns) -> list[tuple]:
    return sorted(tuple(getattr(r, c) for c in columns) for r in session.scalars(select(model)))


def test_accounts_follow_the_profile_by_name_and_a_removed_one_goes_with_its_articles(db):
    with db.begin() as session:
        sync_accounts(session, 1, [account("定南林业"), account("定南发布", None)])
        record_read(session, 1, 1, account_ids(session, 1)["定南发布"], FEED,
                    [Article(None, "防汛会议", date(2024, 6, 3))], None, True)
    with db.begin() as session:
        sync_accounts(session, 1, [account("定南林业", None, "http://wx.dingnan.invalid/atom.xml")])
        assert rows(session, Account, "id", "name", "unit_id", "location") == [
            (1, "定南林业", None, "http://wx.dingnan.invalid/atom.xml")]
        assert rows(session, AccountArticle, "key") == []


def test_a_read_upserts_by_key_and_only_the_source_itself_is_the_accounts_last_read(db):
    articles = [Article("http://wx.dingnan.invalid/s/1", "防汛会议", date(2024, 6, 3)),
                Article(None, "无链接的一条", date(2024, 6, 4)), Article(None, "无链接的一条", date(2024, 6, 4))]
    with db.begin() as session:
        sync_accounts(session, 1, [account("定南林业")])
        record_read(session, 1, 1, 1, FEED, articles, None, True)
    with db.begin() as session:
        record_read(session, 1, 2, 1, FEED + "?page=2", [Article(articles[0].url, "防汛会议（更正）", date(2024, 6, 3))],
                    None, False)
        assert rows(session, AccountArticle, "key", "title", "last_seen_run_id") == [
            ("http://wx.dingnan.invalid/s/1", "防汛会议（更正）", 2), ("无链接的一条|2024-06-04", "无链接的一条", 1)]
        assert session.get(Account, 1).last_read_run_id == 1


def test_a_good_read_resolves_its_notice_or_replaces_it_with_what_it_left_out(db):
    with db.begin() as session:
        sync_accounts(session, 1, [account("定南林业")])
        record_notice(session, 1, 1, FEED, "newmedia", "订阅源为空：没有任何文章")
        record_notice(session, 1, 1, "http://other.invalid/", "newmedia", "订阅源为空：没有任何文章")
    with db.begin() as session:
        record_read(session, 1, 2, 1, FEED, [], None, True)
        assert rows(session, Notice, "url") == [("http://other.invalid/",)]
        record_read(session, 1, 2, 1, FEED, [], "有2条没有发布日期或标题，未计入统计", True)
        assert rows(session, Notice, "url", "message") == [
            ("http://other.invalid/", "订阅源为空：没有任何文章"), (FEED, "有2条没有发布日期或标题，未计入统计")]


def test_a_letter_is_upserted_by_url(db):
    url = "http://www.dingnan.invalid/hdjl/xzxx/t1.html"
    with db.begin() as session:
        record_letter(session, 1, 1, "县长信箱", url, LetterRecord("修路建议", date(2024, 6, 3), None, "办理中", None), None)
    with db.begin() as session:
        answered = LetterRecord("修路建议", date(2024, 6, 3), date(2024, 6, 7), "已办结", "县林业局")
        record_letter(session, 1, 2, "县长信箱", url, answered, 1)
        assert rows(session, Letter, "url", "state", "answered", "answered_by", "unit_id", "last_seen_run_id") == [
            (url, "已办结", date(2024, 6, 7), "县林业局", 1, 2)]
