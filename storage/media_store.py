"""Writing 政务新媒体 and 互动交流 rows: the profile's accounts, what each source showed, the letters.

Accounts follow the profile by name (one row per profile account; an
account taken out of the profile goes with its articles). Articles are
upserted by their key within the account and letters by URL within the
site, so a re-read updates in place. A read marks its source's earlier
notice resolved (deleted); a source that could not be read gets a notice
and nothing else changes: its account keeps its articles and its last good
read.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.findings import record_notice
from storage.media import Account, AccountArticle, Letter
from storage.models import Notice, Unit


class ArticleLike(Protocol):
    key: str
    url: str | None
    title: str
    pub_date: date


def sync_accounts(session: Session, site_id: int, accounts: Iterable) -> None:
    """Accounts as the profile has them (``AccountSettings``), owners by unit name."""
    units = unit_ids(session, site_id)
    known = {a.name: a for a in session.scalars(select(Account).where(Account.site_id == site_id))}
    for spec in accounts:
        row = known.pop(spec.name, None) or Account(site_id=site_id, name=spec.name)
        row.platform, row.unit_id, row.status = spec.platform, units.get(spec.unit), spec.status
        row.source, row.location = spec.source, spec.location
        session.add(row)
    for gone in known.values():
        session.execute(delete(AccountArticle).where(AccountArticle.account_id == gone.id))
        session.delete(gone)
    session.flush()


def account_ids(session: Session, site_id: int) -> dict[str, int]:
    return dict(session.execute(select(Account.name, Account.id).where(Account.site_id == site_id)).all())


def unit_ids(session: Session, site_id: int) -> dict[str, int]:
    return dict(session.execute(select(Unit.name, Unit.id).where(Unit.site_id == site_id)).all())


def record_read(session: Session, site_id: int, run_id: int, account_id: int, source: str,
                articles: Iterable[ArticleLike], note: str | None, first: bool) -> None:
    """One page of a source read: its articles stored; ``first``: the account's own source (not a further page)."""
    latest = {}
    for article in articles:
        latest.setdefault(article.key, article)
    known = {a.key: a for a in session.scalars(select(AccountArticle).where(
        AccountArticle.account_id == account_id, AccountArticle.key.in_(latest)))}
    for key, article in latest.items():
        row = known.get(key) or AccountArticle(account_id=account_id, key=key)
        row.url, row.title, row.pub_date = article.url, article.title[:500], article.pub_date
        row.last_seen_run_id = run_id
        session.add(row)
    if first:
        session.get(Account, account_id).last_read_run_id = run_id
    resolve_notice(session, site_id, run_id, source, "newmedia", note)


def record_letter(session: Session, site_id: int, run_id: int, box: str, url: str, letter,
                  unit_id: int | None) -> None:
    """A letter as its page shows it (``letter``: title, received, answered, state, answered_by)."""
    row = session.scalar(select(Letter).where(Letter.site_id == site_id, Letter.url == url))
    row = row or Letter(site_id=site_id, url=url)
    row.box, row.title = box, (letter.title or url)[:500]
    row.received, row.answered, row.state = letter.received, letter.answered, letter.state
    row.answered_by = letter.answered_by[:200] if letter.answered_by else None
    row.unit_id, row.last_seen_run_id = unit_id, run_id
    session.add(row)


def known_urls(session: Session, site_id: int) -> frozenset[str]:
    """The URLs of the site's stored articles and letters."""
    articles = select(AccountArticle.url).join(Account).where(Account.site_id == site_id,
                                                              AccountArticle.url.is_not(None))
    return frozenset(session.scalars(articles)) | frozenset(session.scalars(
        select(Letter.url).where(Letter.site_id == site_id)))


def unanswered_letters(session: Session, site_id: int) -> list[tuple[str, str, str, date | None]]:
    """(url, box, title, received) of the stored letters without an answer date."""
    rows = session.execute(select(Letter.url, Letter.box, Letter.title, Letter.received).where(
        Letter.site_id == site_id, Letter.answered.is_(None)).order_by(Letter.url))
    return [tuple(row) for row in rows]


def resolve_notice(session: Session, site_id: int, run_id: int, url: str, kind: str, note: str | None) -> None:
    """After a good read: the source's notice says what it left out, or is gone."""
    if note:
        record_notice(session, site_id, run_id, url, kind, note)
    else:
        session.execute(delete(Notice).where(Notice.site_id == site_id, Notice.url == url, Notice.kind == kind))
