"""The shared crawl of the sample portal reads its accounts and letter boxes exactly as its truth says.

Every account's articles (key, title, date), every letter's dates, state and
answering unit, the accounts as the profile has them, and no notice: every
planted source is readable. That letters never become posts is
tests/crawler/test_crawl_sample_portal.py's (the post truth is unchanged).
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from crawler.urls import canonical
from storage.media import Account, AccountArticle, Letter
from storage.models import Notice, Unit


def stored(db_url: str):
    engine = create_engine(db_url)
    with Session(engine) as session:
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        accounts = list(session.scalars(select(Account)))
        names = {a.id: a.name for a in accounts}
        articles = defaultdict(list)
        for row in session.scalars(select(AccountArticle)):
            articles[names[row.account_id]].append((row.key, row.title, row.pub_date))
        letters = sorted((r.url, r.box, r.title, r.received, r.answered, r.state, r.answered_by, units.get(r.unit_id))
                         for r in session.scalars(select(Letter)))
        rows = sorted((a.name, a.platform, units.get(a.unit_id), a.status, a.source, a.location, a.last_read_run_id)
                      for a in accounts)
        notices = sorted((n.url, n.message) for n in session.scalars(
            select(Notice).where(Notice.kind.in_(("newmedia", "interaction")))))
    engine.dispose()
    return rows, {name: sorted(found) for name, found in articles.items()}, letters, notices


def test_every_account_is_stored_as_the_profile_has_it_and_read(sqlite_db, sample_site, portal):
    rows, _, _, _ = stored(sqlite_db)
    assert rows == sorted((a.name, a.platform, a.unit, a.status, a.source, portal.base_url + a.path, 1)
                          for a in sample_site.media.accounts)


def test_every_account_article_with_its_key_title_and_date(sqlite_db, sample_site, portal):
    _, articles, _, _ = stored(sqlite_db)

    def key(article):
        return canonical(portal.base_url + article.url) if article.url else f"{article.title}|{article.pub_date}"

    assert articles == {a.name: sorted((key(t), t.title, t.pub_date) for t in a.articles)
                        for a in sample_site.media.accounts}


def test_every_letter_with_its_dates_state_and_unit(sqlite_db, sample_site, portal):
    _, _, letters, _ = stored(sqlite_db)
    assert letters == sorted((canonical(portal.base_url + t.path), t.box, t.title, t.received, t.answered, t.state,
                              t.answered_by, t.unit) for t in sample_site.media.letters)


def test_every_source_is_read_without_a_notice(sqlite_db):
    assert stored(sqlite_db)[3] == []
