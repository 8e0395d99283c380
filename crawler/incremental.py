"""What a crawl fetches: everything (full), or what may have changed (incremental).

After a first full crawl, a nightly crawl need not read 3,000 pages to find
twenty new posts. An incremental crawl re-reads every run the first page of
each column and the pages through which the crawl first found a column (the
home page, 信息公开 directories, unit pages: new columns appear there), and
reads a list's further pages only until a run of already-known posts shows
(lists carry pinned 置顶 posts on top, so one known post is not the end).
Stored pages are asked again with conditional requests (If-None-Match /
If-Modified-Since; 304 = unchanged, 404/410 = removed) on a schedule that
favours recent posts, spread over the days by a stable hash of the URL so
each night carries an even share. Pages with an open content finding are
asked every run: the office chases units to fix them and wants to see the
fix the next morning. A full crawl also asks again for every stored post, so
removed ones are noticed.

A run killed before it finished (status still ``running``) is continued by
the next crawl, in its own mode, from the frontier in the ``pages`` table
(see crawler.frontier).
"""
from __future__ import annotations

import datetime
import zlib
from dataclasses import dataclass, field

import scrapy
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crawler.frontier import RECHECK, SETTLED, python_meta, resolve
from rules.base import CATEGORIES
from storage.models import Column, ColumnEntry, CrawlRun, FindingRecord, Page, Post, Site
from storage.pages import run_counts
from storage.repository import start_run


@dataclass(frozen=True)
class Recheck:
    """How often stored pages are asked again, in days, by the age of the post."""

    known_run: int = 5  # known posts in a row that end a list's reading
    tiers: tuple[tuple[int, int], ...] = ((30, 1), (365, 14))  # (age up to, every) in days
    old_every: int = 120  # older posts: about 1 in 120 a night, so a night stays near a tenth of a full crawl
    page_every: int = 30  # undated pages that led to no column (机构职能, 领导信息)

    def every(self, age_days: int | None) -> int:
        for limit, every in self.tiers:
            if age_days is not None and age_days <= limit:
                return every
        return self.old_every


@dataclass(frozen=True)
class Start:
    """A request the plan makes at the start: a known page due, or one pending from a killed run."""

    url: str
    callback: str
    meta: dict
    headers: dict


@dataclass
class CrawlPlan:
    full: bool = True
    scheduled: frozenset[str] = frozenset()  # keys the spider must not request again
    starts: tuple[Start, ...] = ()
    known_pages: frozenset[str] = frozenset()  # not followed when linked (incremental)
    followable: frozenset[str] = frozenset()  # known list pages: followed while a list is read
    known_posts: frozenset[str] = frozenset()
    known_run: int = 5
    stopped: set[str] = field(default_factory=set)

    def wants(self, key: str) -> bool:
        """Follow a link to ``key``? Incremental crawls skip known pages (due ones are started)."""
        return self.full or key not in self.known_pages or key in self.followable

    def listed(self, page_url: str, urls: list[str]) -> None:
        """A list page read: once it shows a run of known posts, its further pages are not read."""
        if not self.full and _run_of_known(urls, self.known_posts, self.known_run):
            self.stopped.add(page_url)

    def pages_on(self, page_url: str) -> bool:
        return page_url not in self.stopped

    def start_requests(self, spider) -> list[scrapy.Request]:
        requests = []
        for start in self.starts:
            names = start.callback.split()
            requests.append(scrapy.Request(
                start.url, callback=resolve(spider, names[0]), headers=start.headers, meta=start.meta,
                errback=resolve(spider, names[1]) if len(names) > 1 else None, dont_filter=True))
        return requests


def _run_of_known(urls: list[str], known: frozenset[str], need: int) -> bool:
    run = best = 0
    for url in urls:
        run = run + 1 if url in known else 0
        best = max(best, run)
    return bool(urls) and best >= min(need, len(urls))


def begin_run(session: Session, site: Site, full: bool) -> tuple[CrawlRun, bool]:
    """The interrupted run to continue (True), or a new one: full if asked or if none has finished."""
    running = session.scalar(select(CrawlRun).where(CrawlRun.site_id == site.id, CrawlRun.status == "running")
                             .order_by(CrawlRun.id.desc()))
    if running is not None:
        running.mode = running.mode or "full"
        return running, True
    finished = session.scalar(select(CrawlRun.id).where(
        CrawlRun.site_id == site.id, CrawlRun.status == "ok", CrawlRun.mode.is_not(None)).limit(1))
    run = start_run(session, site)
    run.mode = "full" if full or finished is None else "incremental"
    return run, False


def load_plan(session: Session, site_id: int, run: CrawlRun, recheck: Recheck,
              today: datetime.date) -> CrawlPlan:
    rows = session.scalars(select(Page).where(Page.site_id == site_id)).all()
    dates = dict(session.execute(select(Post.url, Post.pub_date).where(Post.site_id == site_id)).all())
    always, full = _hubs(rows) | _flagged(session, site_id), run.mode == "full"
    scheduled, starts = set(), []
    for row in rows:
        start = _start(row, run.id, full, always, dates, recheck, today)
        if start is not None:
            starts.append(start)
        if start is not None or row.done_run_id == run.id:
            scheduled.add(row.url)
    return CrawlPlan(full, frozenset(scheduled), tuple(starts), frozenset(r.url for r in rows),
                     frozenset(r.url for r in rows if r.kind == "list"), _known_posts(session, site_id, run.id),
                     recheck.known_run)


def _start(row: Page, run_id: int, full: bool, always: set[str], dates: dict, recheck: Recheck,
           today: datetime.date) -> Start | None:
    meta = python_meta(row.meta)
    if row.done_run_id == run_id:
        return None
    if row.queued_run_id == run_id:  # pending in a killed run
        return Start(row.request_url, row.callback, meta, {})
    if not row.callback.startswith("parse ") or row.kind in ("list", "file"):
        return None
    if full and row.kind != "article":
        return None
    if not full and not _due(row, always, dates, recheck, today):
        return None
    meta.update({RECHECK: True, "handle_httpstatus_list": list(SETTLED)})
    return Start(row.request_url, row.callback, meta, {} if full else _validators(row))


def _due(row: Page, always: set[str], dates: dict, recheck: Recheck, today: datetime.date) -> bool:
    if row.kind == "column" or row.url in always:
        return True
    published = dates.get(row.url) if row.kind == "article" else None
    every = recheck.every((today - published).days if published else None) if row.kind == "article" \
        else recheck.page_every
    overdue = row.checked_at is not None and (today - row.checked_at.date()).days >= 2 * every
    return every <= 1 or overdue or (zlib.crc32(row.url.encode()) + today.toordinal()) % every == 0


def _validators(row: Page) -> dict:
    headers = {}
    if row.etag:
        headers["If-None-Match"] = row.etag
    if row.last_modified:
        headers["If-Modified-Since"] = row.last_modified
    return headers


def _flagged(session: Session, site_id: int) -> set[str]:
    """Pages showing an open content finding (site health findings are judged every run anyway)."""
    return set(session.scalars(select(FindingRecord.page_url).where(
        FindingRecord.site_id == site_id, FindingRecord.status == "open", FindingRecord.category.in_(CATEGORIES))))


def _hubs(rows) -> set[str]:
    """Pages on the paths by which the crawl first reached each column."""
    found_by = {r.url: r.found_by for r in rows}
    hubs: set[str] = set()
    for row in rows:
        parent = found_by.get(row.url) if row.kind == "column" else None
        while parent and parent not in hubs:
            hubs.add(parent)
            parent = found_by.get(parent)
    return hubs


def _known_posts(session: Session, site_id: int, run_id: int) -> frozenset[str]:
    posts = session.scalars(select(Post.url).where(
        Post.site_id == site_id, Post.removed_run_id.is_(None),
        or_(Post.first_seen_run_id.is_(None), Post.first_seen_run_id != run_id)))
    entries = session.scalars(select(ColumnEntry.url).join(Column).where(Column.site_id == site_id))
    return frozenset(posts) | frozenset(entries)


def describe_run(session: Session, site_id: int, run_id: int) -> str:
    """The crawl summary's account of pages: new, changed, unchanged (304), removed."""
    counts = run_counts(session, site_id, run_id)
    return (f"pages {counts['new']} new, {counts['changed']} changed, {counts['unchanged']} unchanged "
            f"({counts['not_modified']} answered 304), {counts['removed']} removed; "
            f"{counts['new_posts']} new posts")
