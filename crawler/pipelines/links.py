"""Links pipeline: store which pages cite which URLs, and each URL's check outcome.

A page fetched in this run replaces the links stored for it (a link removed
from the page is gone); a URL's check result is one row, overwritten by each
run that checks it, with the run and time, so an incremental crawl knows
when a URL was last checked. Written in batches, committed as they go.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from crawler.linkcheck.items import LinkOutcomeItem, PageLinksItem
from crawler.urls import canonical
from crawler.pipelines.database import DatabasePipeline
from storage.models import Link, LinkCheck

BATCH = 200


class LinksPipeline(DatabasePipeline):
    def __init__(self, db_url: str, site_id: int, run_id: int):
        super().__init__(db_url, site_id, run_id)
        self.pages: dict[str, PageLinksItem] = {}
        self.outcomes: dict[str, LinkOutcomeItem] = {}

    def process_item(self, item):
        if isinstance(item, PageLinksItem):
            self.pages[item.page_url] = item
        elif isinstance(item, LinkOutcomeItem):
            self.outcomes[item.url] = item
        else:
            return item
        if len(self.pages) + len(self.outcomes) >= BATCH:
            self.flush()
        return item

    def close_spider(self) -> None:
        self.flush()

    def flush(self) -> None:
        if not self.pages and not self.outcomes:
            return
        with self.sessions.begin() as session:
            self._store_pages(session)
            self._store_outcomes(session, datetime.now())
        self.pages.clear()
        self.outcomes.clear()

    def _store_pages(self, session) -> None:
        if not self.pages:
            return
        session.execute(delete(Link).where(Link.site_id == self.site_id, Link.source_url.in_(self.pages)))
        for page in self.pages.values():
            for link in _unique(page.links):
                session.add(Link(site_id=self.site_id, source_url=page.page_url, target_url=link[0],
                                 kind=link[1], text=link[2][:500] or None, last_seen_run_id=self.run_id))

    def _store_outcomes(self, session, now: datetime) -> None:
        known = {c.url: c for c in session.scalars(select(LinkCheck).where(
            LinkCheck.site_id == self.site_id, LinkCheck.url.in_(self.outcomes)))}
        for url, item in self.outcomes.items():
            check = known.get(url) or LinkCheck(site_id=self.site_id, url=url)
            outcome = item.outcome
            check.state, check.status_code, check.reason = outcome.state, outcome.status, outcome.reason[:500]
            check.run_id, check.checked_at = self.run_id, now
            session.add(check)


def _unique(links) -> list[tuple[str, str, str]]:
    """(canonical target, kind, text) once each: two spellings of one URL are one link."""
    seen: dict[tuple[str, str], str] = {}
    for link in links:
        key = (canonical(link.url), link.kind)
        if not seen.get(key):
            seen[key] = link.text
    return [(url, kind, text) for (url, kind), text in seen.items()]
