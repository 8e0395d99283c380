"""A finding's rectification (整改) state: open → notified → fixed, or overdue once its deadline passes.

The crawl keeps ``status`` (open | fixed: does the site still show it?);
this module adds when the unit was told (``notified_at``) and the day it must
be fixed by (``deadline``, so many 工作日 later). The state shown to people is
derived as of a day, never stored, so it is right on any day without a job
that flips it. A finding notified once keeps its first deadline, even when
it is mailed again or reappears after a fix (屡改屡犯 stays overdue).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.profile_alerts import RectificationSettings
from monitor.rectification.workdays import add_workdays
from storage.models import FindingRecord, Site

STATES = ("open", "notified", "overdue", "fixed", "fixed_late")
STATE_NAMES = {"open": "待通知", "notified": "整改中", "overdue": "逾期未整改", "fixed": "已整改",
               "fixed_late": "逾期整改"}


def finding_state(record: FindingRecord, as_of: date, fixed_on: date | None = None) -> str:
    """``fixed_on``: the day of the crawl that no longer saw it; after the deadline the fix was late (年终考评 counts it)."""
    if record.status == "fixed":
        late = record.deadline is not None and fixed_on is not None and fixed_on > record.deadline
        return "fixed_late" if late else "fixed"
    if record.deadline is not None and as_of > record.deadline:
        return "overdue"
    return "notified" if record.notified_at is not None else "open"


def notify(records: list[FindingRecord], when: datetime, settings: RectificationSettings) -> None:
    """Start the deadline of findings just sent to their unit (those told before keep theirs)."""
    deadline = add_workdays(when.date(), settings.deadline_days)
    for record in records:
        if record.notified_at is None:
            record.notified_at, record.deadline = when, deadline


def overdue_findings(session: Session, site: Site, as_of: date) -> list[FindingRecord]:
    """Findings still on the site after their deadline, as of ``as_of``, by unit then category.

    What the bulletin names as 逾期未整改; ``unit_id`` says whose they are
    (None: no unit could be credited).
    """
    return list(session.scalars(
        select(FindingRecord)
        .where(FindingRecord.site_id == site.id, FindingRecord.status == "open",
               FindingRecord.deadline < as_of)
        .order_by(FindingRecord.unit_id, FindingRecord.category, FindingRecord.id)))
