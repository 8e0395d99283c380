"""Store pipeline: write articles, column listings, findings and notices as they come.

Rows are keyed by URL, so a page seen twice (or a crawl run twice) updates in
place. Writes are batched and committed as they go: a crawl that dies keeps
what it had stored.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import select

from crawler.frontier import PageDone
from crawler.items import ArticleItem, FindingsItem, ListingItem, NoticeItem
from crawler.pipelines.database import BatchPipeline
from storage.findings import record_checked, record_notice
from storage.models import Column, ColumnEntry, Post
from storage.pages import record_pages

class StorePipeline(BatchPipeline):
    def store(self, session, items: list) -> None:
        self._store_articles(session, [i for i in items if isinstance(i, ArticleItem)])
        for listing in (i for i in items if isinstance(i, ListingItem)):
            self._store_listing(session, listing)
        self._store_checks(session, items)
        # Pages answered, with the requests they found: the resumable frontier (crawler.frontier).
        record_pages(session, self.site_id, self.run_id, [i for i in items if isinstance(i, PageDone)],
                     datetime.now())

    def _store_checks(self, session, items: list) -> None:
        now = datetime.now()
        for item in items:
            if isinstance(item, FindingsItem):
                record_checked(session, self.site_id, self.run_id, item.url, item.page_url,
                               item.title, item.findings, now)
            elif isinstance(item, NoticeItem):
                record_notice(session, self.site_id, self.run_id, item.url, item.kind, item.message)

    def _store_articles(self, session, articles: list[ArticleItem]) -> None:
        latest = {a.url: a for a in articles}
        known = {p.url: p for p in session.scalars(
            select(Post).where(Post.site_id == self.site_id, Post.url.in_(latest)))}
        for url, article in latest.items():
            post = known.get(url) or Post(site_id=self.site_id, url=url, first_seen_run_id=self.run_id)
            for field, value in asdict(article.meta).items():
                setattr(post, field, value)
            post.external = False
            post.last_seen_run_id = self.run_id
            session.add(post)

    def _store_listing(self, session, listing: ListingItem) -> None:
        column = session.scalar(select(Column).where(
            Column.site_id == self.site_id, Column.url == listing.column_url))
        if column is None:
            column = Column(site_id=self.site_id, url=listing.column_url)
            session.add(column)
            session.flush()
        if listing.page_url == listing.column_url or not column.name:
            column.name = listing.name or column.name
            column.trail = " > ".join(listing.trail) or column.trail
        column.last_seen_run_id = self.run_id
        known = {e.url: e for e in session.scalars(
            select(ColumnEntry).where(ColumnEntry.column_id == column.id,
                                      ColumnEntry.url.in_([e[0] for e in listing.entries])))}
        for url, title, list_date, external in listing.entries:
            entry = known.get(url) or ColumnEntry(column_id=column.id, url=url)
            entry.title, entry.list_date, entry.external = title[:500], list_date, external
            session.add(entry)
