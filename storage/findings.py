"""Writing findings and notices; a finding's life: open → fixed (→ open again).

Findings are matched across crawls by fingerprint (rule, URL, place and
matched text). When a page is checked, every finding it still shows is
refreshed and every open finding it no longer shows is marked fixed by this
run — so re-crawls update, never duplicate.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rules.base import CATEGORIES, Finding
from storage.models import FindingRecord, Notice


def record_checked(session: Session, site_id: int, run_id: int, url: str, page_url: str,
                   title: str, findings: list[Finding], now: datetime) -> None:
    known = session.scalars(select(FindingRecord).where(  # site checks' findings on this page are not ours
        FindingRecord.site_id == site_id, FindingRecord.url == url, FindingRecord.category.in_(CATEGORIES)))
    _sync(session, site_id, run_id, known, [(f, page_url, title) for f in findings], now, lambda _: True)


def _sync(session: Session, site_id: int, run_id: int, known, findings: list[tuple[Finding, str, str]],
          now: datetime, in_scope) -> None:
    """Refresh (or open) each finding seen now; mark fixed the open ``known`` ones ``in_scope`` no longer seen."""
    known = {r.fingerprint: r for r in known}
    current = {f.fingerprint: (f, page_url, title) for f, page_url, title in findings}
    for fingerprint, (finding, page_url, title) in current.items():
        record = known.get(fingerprint) or FindingRecord(
            site_id=site_id, fingerprint=fingerprint, first_seen_run_id=run_id, first_seen_at=now)
        _fill(record, finding, page_url, title)
        record.status, record.fixed_run_id = "open", None
        record.last_seen_run_id, record.last_seen_at = run_id, now
        session.add(record)
    for fingerprint, record in known.items():
        if fingerprint not in current and record.status == "open" and in_scope(record):
            record.status, record.fixed_run_id = "fixed", run_id


def _fill(record: FindingRecord, finding: Finding, page_url: str, title: str) -> None:
    record.rule, record.category, record.severity = finding.rule, finding.category, finding.severity
    record.url, record.page_url, record.title = finding.url, page_url, (title or "")[:500]
    record.place, record.matched = finding.place, finding.matched[:500]
    record.evidence, record.detail = finding.evidence[:1000], (finding.detail or "")[:500]
    record.count = finding.count


def record_notice(session: Session, site_id: int, run_id: int, url: str, kind: str, message: str) -> None:
    notice = session.scalar(select(Notice).where(
        Notice.site_id == site_id, Notice.url == url, Notice.kind == kind))
    notice = notice or Notice(site_id=site_id, url=url, kind=kind)
    notice.message, notice.last_seen_run_id = message[:500], run_id
    session.add(notice)


def record_site_findings(session: Session, site_id: int, run_id: int, categories: tuple[str, ...],
                         findings: list[tuple[Finding, str, str]], now: datetime,
                         checked_urls: set[str] | None = None) -> None:
    """Write the findings of a site-wide check (each with its page URL and title).

    Open findings of ``categories`` this check no longer reports are marked
    fixed; with ``checked_urls``, only those on pages this run looked at (an
    incremental crawl does not revisit every page, so silence elsewhere is
    not a fix).
    """
    known = session.scalars(
        select(FindingRecord).where(FindingRecord.site_id == site_id, FindingRecord.category.in_(categories)))
    _sync(session, site_id, run_id, known, findings, now,
          lambda record: checked_urls is None or record.url in checked_urls)
