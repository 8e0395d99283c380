"""After a crawl: settle columns (owner, category) and credit every post to a unit.

Recomputed from the stored raw metadata each time, so it follows the
current profile. Findings follow their page: the post's unit, else the owner
of a column listing it or of the column the page is. Order of evidence: the unit printed in the post's metadata,
else the owner of a column that lists it (pinned in the profile, or named in
the column's breadcrumb); else the post stays unattributed and is counted so.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.urls import column_key
from monitor.categories import infer_category
from monitor.profile import Profile
from monitor.units import UnitMatcher
from storage.media import Account, AccountArticle
from storage.models import Column, ColumnEntry, FindingRecord, Post, Site, Unit


def settle(session: Session, site: Site, profile: Profile) -> None:
    matcher = UnitMatcher(profile)
    unit_ids = {u.name: u.id for u in session.scalars(select(Unit).where(Unit.site_id == site.id))}
    columns = list(session.scalars(select(Column).where(Column.site_id == site.id)))
    _settle_columns(columns, profile, matcher, unit_ids)
    session.flush()
    _add_external_posts(session, site)
    owners = _owners_by_url(session, site)
    for post in session.scalars(select(Post).where(Post.site_id == site.id)):
        printed = matcher.match(post.source)
        post.unit_id = unit_ids[printed] if printed else owners.get(post.url)
    session.flush()
    settle_findings(session, site, owners)


OWN_UNIT_PLACES = ("account", "letter")


def settle_findings(session: Session, site: Site, owners: dict[str, int] | None = None) -> None:
    """A finding belongs to the unit of the post it is on, else of the column that lists or is the page.

    Run by :func:`settle`, and again by the site checks once they have written theirs. Findings on a
    new-media account or a letter keep the unit their check gave them (the owner, the answering unit)."""
    owners = _owners_by_url(session, site) if owners is None else owners
    post_units = dict(session.execute(select(Post.url, Post.unit_id).where(Post.site_id == site.id)).all())
    columns = {c.url: c for c in session.scalars(select(Column).where(Column.site_id == site.id))}
    listed_in = dict(session.execute(
        select(ColumnEntry.url, ColumnEntry.column_id).join(Column).where(Column.site_id == site.id)
        .order_by(ColumnEntry.column_id.desc())).all())
    for finding in session.scalars(select(FindingRecord).where(FindingRecord.site_id == site.id,
                                                               FindingRecord.place.not_in(OWN_UNIT_PLACES))):
        page = finding.page_url
        own_column = columns.get(column_key(page))
        finding.column_id = listed_in.get(page) or (own_column.id if own_column else None)
        finding.unit_id = (post_units.get(page) or owners.get(page)
                           or (own_column.unit_id if own_column else None))


def _settle_columns(columns, profile: Profile, matcher: UnitMatcher, unit_ids: dict[str, int]) -> None:
    pins = {column_key(pin.url): pin for pin in profile.columns}
    for column in columns:
        pin = pins.get(column.url)
        if pin and pin.name:
            column.name = pin.name
        owner = pin.unit if pin and pin.unit else matcher.match_any(reversed((column.trail or "").split(" > ")))
        column.unit_id = unit_ids.get(owner) if owner else None
        column.category = (pin.category if pin and pin.category else None) or infer_category(column.name)


def _add_external_posts(session: Session, site: Site) -> None:
    """List items linking off-site (e.g. WeChat articles) are posts of their column."""
    rows = session.execute(
        select(ColumnEntry).join(Column).where(
            Column.site_id == site.id, ColumnEntry.external.is_(True), ColumnEntry.list_date.is_not(None))
        .order_by(ColumnEntry.id)).scalars()
    known = set(session.scalars(select(Post.url).where(Post.site_id == site.id)))
    for entry in rows:
        if entry.url not in known:
            known.add(entry.url)
            session.add(Post(site_id=site.id, url=entry.url, title=entry.title or entry.url,
                             pub_date=entry.list_date, external=True))
    session.flush()


def _owners_by_url(session: Session, site: Site) -> dict[str, int]:
    """The owning unit of the first (by URL) owned column listing each URL."""
    listed: dict[str, list[tuple[str, int]]] = defaultdict(list)
    rows = session.execute(
        select(ColumnEntry.url, Column.url, Column.unit_id).join(Column)
        .where(Column.site_id == site.id, Column.unit_id.is_not(None)))
    for url, column_url, unit_id in rows:
        listed[url].append((column_url, unit_id))
    owners = {url: min(owners)[1] for url, owners in listed.items()}
    articles = session.execute(  # an account's article belongs to the account's owner
        select(AccountArticle.url, Account.unit_id).join(Account)
        .where(Account.site_id == site.id, Account.unit_id.is_not(None), AccountArticle.url.is_not(None)))
    return {url: unit_id for url, unit_id in articles} | owners
