"""A finding's rectification on a real crawl: notified → fixed after the unit fixes the page in time,
fixed but late when the fix came after the deadline, and one notified before 国庆 → overdue the
working day after its deadline."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from crawler.urls import canonical
from fix_round import NOW
from monitor.rectification import add_workdays, overdue_findings
from storage.models import Site
from support import run_cli


def findings_json(profile, db, *options) -> list[dict]:
    return json.loads(run_cli("--db", db, "findings", str(profile), "--json", *options).stdout)


@pytest.fixture(scope="module")
def lifecycle(fix_round):
    """The shared fix round: one problem notified now and fixed, one notified before 国庆 and fixed
    (late), one notified before 国庆 and left."""
    page_of = {p.name: canonical(fix_round.base_url + p.path) for p in fix_round.notified.values()}
    names = [fix_round.notified[role].name for role in ("fixed", "late", "ignored")]
    return (fix_round.profile, fix_round.db, page_of, *names)


def test_fixed_page_turns_fixed_a_late_fix_is_marked_and_the_other_is_overdue(lifecycle):
    profile, db, page_of, fixed, late, ignored = lifecycle
    rows = findings_json(profile, db, "--as-of", "2024-10-11")
    states = {name: {(r["state"], r["deadline"], r["notified_at"]) for r in rows if r["page_url"] == url}
              for name, url in page_of.items()}
    deadline = add_workdays(NOW.date(), 5).isoformat()  # notified just before the fixing crawl
    assert states[fixed] == {("fixed", deadline, NOW.isoformat(timespec="seconds"))}
    assert states[late] == {("fixed_late", "2024-10-10", "2024-09-27T10:00:00")}
    assert states[ignored] == {("overdue", "2024-10-10", "2024-09-27T10:00:00")}
    others = {r["state"] for r in rows if r["page_url"] not in page_of.values()}
    assert others == {"open", "fixed"}, "findings nobody was told about have no deadline"


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
