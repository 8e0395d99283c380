"""A finding's rectification on a real crawl: notified → fixed after the unit fixes the page in time,
fixed but late when the fix came after the deadline, and one notified before 国庆 → overdue the
working day after its deadline."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from support import run_cli
from crawler.urls import canonical
from monitor.profile_alerts import RectificationSettings
from monitor.rectification import add_workdays, notify, overdue_findings
from monitor.sampleportal import build_site, serve
from storage.models import FindingRecord, Site

NOTIFIED = datetime(2024, 9, 27, 10, 0)  # a Friday before 国庆: 5 工作日 end on 10-10
NOW = datetime.now().replace(microsecond=0)  # the fix crawl runs minutes later: inside the deadline


def findings_json(profile, db, *options) -> list[dict]:
    return json.loads(run_cli("--db", db, "findings", str(profile), "--json", *options).stdout)


@pytest.fixture(scope="module")
def lifecycle(tmp_path_factory):
    """Crawl, notify three planted problems, fix two on the served site, crawl again."""
    tmp = tmp_path_factory.mktemp("lifecycle")
    site = build_site()
    fixed, late, ignored = [p for p in site.planting.planted if p.fix][:3]
    db = f"sqlite:///{tmp / 'lifecycle.sqlite'}"
    with serve(site) as running:
        profile = tmp / "profile.toml"
        profile.write_text(site.profile_toml(running.base_url), encoding="utf-8")
        run_cli("--db", db, "crawl", str(profile), "--quiet")
        pages = {canonical(running.base_url + p.path): p for p in (fixed, late, ignored)}
        _notify(db, {url for url, p in pages.items() if p is fixed}, NOW)
        _notify(db, {url for url, p in pages.items() if p is not fixed}, NOTIFIED)
        for planted in (fixed, late):
            page = site.pages[planted.path]
            page.body = page.body.decode("utf-8").replace(planted.bad, planted.fix).encode("utf-8")
        run_cli("--db", db, "crawl", str(profile), "--quiet")
    return profile, db, {p.name: url for url, p in pages.items()}, fixed.name, late.name, ignored.name


def _notify(db: str, page_urls: set[str], when: datetime) -> None:
    engine = create_engine(db)
    with Session(engine) as session:
        records = list(session.scalars(select(FindingRecord).where(FindingRecord.page_url.in_(page_urls))))
        assert {r.page_url for r in records} == page_urls
        notify(records, when, RectificationSettings())
        session.commit()
    engine.dispose()


def test_fixed_page_turns_fixed_a_late_fix_is_marked_and_the_other_is_overdue(lifecycle):
    profile, db, page_of, fixed, late, ignored = lifecycle
    rows = findings_json(profile, db, "--as-of", "2024-10-11")
    states = {name: {(r["state"], r["deadline"], r["notified_at"]) for r in rows if r["page_url"] == url}
              for name, url in page_of.items()}
    deadline = add_workdays(NOW.date(), 5).isoformat()
    assert states[fixed] == {("fixed", deadline, NOW.isoformat(timespec="seconds"))}
    assert states[late] == {("fixed_late", "2024-10-10", "2024-09-27T10:00:00")}
    assert states[ignored] == {("overdue", "2024-10-10", "2024-09-27T10:00:00")}
    others = {r["state"] for r in rows if r["page_url"] not in page_of.values()}
    assert others == {"open"}, "findings nobody was told about have no deadline"


def test_on_the_deadline_day_it_is_still_being_rectified(lifecycle):
    profile, db, page_of, _, _, ignored = lifecycle
    rows = findings_json(profile, db, "--as-of", "2024-10-10", "--status", "notified")
    assert {r["page_url"] for r in rows} == {page_of[ignored]}
    assert findings_json(profile, db, "--as-of", "2024-10-10", "--status", "overdue") == []
    overdue = findings_json(profile, db, "--as-of", "2024-10-11", "--status", "overdue")
    assert {r["page_url"] for r in overdue} == {page_of[ignored]}


def test_text_listing_shows_state_and_deadline(lifecycle):
    profile, db, *_ = lifecycle
    text = run_cli("--db", db, "findings", str(profile), "--as-of", "2024-10-11").stdout
    assert "逾期未整改（期限 2024-10-10）" in text and "已整改 ·" in text and "待通知 ·" in text
    assert "逾期整改（期限 2024-10-10）" in text


def test_overdue_findings_for_the_bulletin(lifecycle):
    _, db, page_of, _, _, ignored = lifecycle
    engine = create_engine(db)
    with Session(engine) as session:
        site = session.scalars(select(Site)).one()
        assert overdue_findings(session, site, date(2024, 10, 10)) == []
        late = overdue_findings(session, site, date(2024, 10, 11))
        assert {r.page_url for r in late} == {page_of[ignored]} and all(r.unit_id for r in late)
    engine.dispose()
