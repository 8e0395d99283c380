"""One round of "the units fix what was found", shared by the tests of fixes (one pair of crawls, not one per test).

A fresh sample portal is served and crawled in full; three planted problems are
notified (one now, two before 国庆 2024); every planted problem that has a fix
and one planted broken image are fixed on the served site; then it is crawled
again in full (a full crawl re-reads the pages citing the fixed image).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from crawler.urls import canonical
from monitor.profile_alerts import RectificationSettings
from monitor.rectification import notify
from monitor.sampleportal import build_site, serve
from monitor.sampleportal.attachments import PNG
from monitor.sampleportal.model import Page
from storage.models import FindingRecord
from support import run_cli

NOTIFIED = datetime(2024, 9, 27, 10, 0)  # a Friday before 国庆: 5 工作日 end on 10-10
NOW = datetime.now().replace(microsecond=0)  # the second crawl runs minutes later: inside the deadline


@dataclass
class FixRound:
    site: object  # the SamplePortal, as fixed
    base_url: str
    profile: Path
    db: str
    first_requests: Counter  # (method, target) the first crawl sent
    notified: dict  # role (fixed | late | ignored) -> the planted problem
    fixed: list  # planted problems with a fix, all fixed before the second crawl
    photo: object  # the planted broken image, served again before the second crawl
    findings_before: list[tuple]  # (category, rule, url, place, matched, status) after the first crawl


def run_fix_round(folder: Path) -> FixRound:
    site = build_site()
    fixable = [p for p in site.planting.planted if p.fix]
    ignored = next(p for p in site.planting.planted if not p.fix)
    notified = {"fixed": fixable[0], "late": fixable[1], "ignored": ignored}
    photo = next(b for b in site.links.broken if b.target.endswith(".jpg"))
    db = f"sqlite:///{folder / 'fixes.sqlite'}"
    with serve(site) as running:
        profile = folder / "profile.toml"
        profile.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        run_cli("--db", db, "crawl", str(profile), "--quiet")
        first = Counter(running.requests)
        before = _findings(db)
        url = {role: canonical(running.base_url + p.path) for role, p in notified.items()}
        _notify(db, {url["fixed"]}, NOW)
        _notify(db, {url["late"], url["ignored"]}, NOTIFIED)
        for problem in fixable:
            replace_text(site, problem.path, problem.bad, problem.fix)
        site.pages[photo.target] = Page(PNG, "image/jpeg")
        run_cli("--db", db, "crawl", str(profile), "--full", "--quiet")
    return FixRound(site, running.base_url, profile, db, first, notified, fixable, photo, before)


def replace_text(site, path: str, old: str, new: str) -> None:
    """The unit edits its page (GBK or UTF-8, as served)."""
    page = site.pages[path]
    for encoding in ("utf-8", "gb18030"):
        try:
            text = page.body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if old in text:
            page.body = text.replace(old, new).encode(encoding)
            return
    raise AssertionError(f"{old!r} not on {path}")


def _notify(db: str, page_urls: set[str], when: datetime) -> None:
    engine = create_engine(db)
    with Session(engine) as session:
        records = list(session.scalars(select(FindingRecord).where(FindingRecord.page_url.in_(page_urls))))
        assert {r.page_url for r in records} == page_urls
        notify(records, when, RectificationSettings())
        session.commit()
    engine.dispose()


def _findings(db: str) -> list[tuple]:
    engine = create_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(select(FindingRecord.category, FindingRecord.rule, FindingRecord.url, FindingRecord.place,
                                         FindingRecord.matched, FindingRecord.status)).all()
    engine.dispose()
    return [tuple(r) for r in rows]
