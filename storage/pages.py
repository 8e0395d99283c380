"""Writing the page map: what each request answered, and the requests it found.

Called by the store pipeline inside the transaction that stores the page's
items (see crawler.frontier). A page is new in the run that first fetched
it, changed when its text's digest differs from the one stored, unchanged on
a 304 or the same digest, and removed on 404/410 — a removed post keeps its
row in ``posts`` with ``removed_run_id`` set, and gets it cleared if it
comes back.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models import Page, Post

if TYPE_CHECKING:
    from crawler.frontier import PageDone

GONE = (404, 410)


def record_pages(session: Session, site_id: int, run_id: int, dones: "list[PageDone]", now: datetime) -> None:
    keys = {d.url for d in dones} | {c[0] for d in dones for c in d.children}
    rows = {p.url: p for p in session.scalars(select(Page).where(Page.site_id == site_id, Page.url.in_(keys)))}
    for done in dones:
        row = rows.get(done.url) or _new(site_id, run_id, done.url, done.request_url, done.callback, done.meta)
        rows[done.url] = row
        _answered(session, row, done, run_id, now)
        for key, url, callback, meta in done.children:
            child = rows.get(key)
            if child is None:
                rows[key] = child = _new(site_id, run_id, key, url, callback, meta)
                child.found_by = done.url
                session.add(child)
            elif child.queued_run_id != run_id:
                child.queued_run_id, child.request_url, child.meta = run_id, url, meta
    session.flush()


def _new(site_id: int, run_id: int, key: str, url: str, callback: str, meta: dict) -> Page:
    return Page(site_id=site_id, url=key, request_url=url, callback=callback, meta=meta,
                first_run_id=run_id, queued_run_id=run_id)


def _answered(session: Session, row: Page, done: "PageDone", run_id: int, now: datetime) -> None:
    row.done_run_id, row.status, row.checked_at = run_id, done.status, now
    session.add(row)
    if done.status in GONE and row.first_run_id != run_id:
        row.removed_run_id = row.removed_run_id or run_id
        _mark_post(session, row, row.removed_run_id)
    elif done.status != 304:
        if done.digest and row.digest and done.digest != row.digest:
            row.changed_run_id = run_id
        row.kind = done.kind or row.kind
        row.etag, row.last_modified, row.digest = done.etag, done.last_modified, done.digest or row.digest
        if row.removed_run_id is not None:
            row.removed_run_id = None
            _mark_post(session, row, None)


def _mark_post(session: Session, row: Page, removed_run_id: int | None) -> None:
    session.execute(update(Post).where(Post.site_id == row.site_id, Post.url == row.url)
                    .values(removed_run_id=removed_run_id))


def run_counts(session: Session, site_id: int, run_id: int) -> dict[str, int]:
    """Pages this run found new, changed, unchanged (and of those, answered 304), removed; new posts."""
    done = (Page.site_id == site_id) & (Page.done_run_id == run_id)

    def count(*conditions) -> int:
        return session.scalar(select(func.count()).select_from(Page).where(done, *conditions)) or 0

    new, changed = count(Page.first_run_id == run_id), count(Page.changed_run_id == run_id)
    removed = count(Page.removed_run_id == run_id)
    all_done = count()
    posts = session.scalar(select(func.count()).select_from(Post).where(
        Post.site_id == site_id, Post.first_seen_run_id == run_id)) or 0
    return {"new": new, "changed": changed, "removed": removed,
            "unchanged": all_done - new - changed - removed,
            "not_modified": count(Page.status == 304, Page.first_run_id != run_id), "new_posts": posts}
