"""政务新媒体 and 互动交流: judging the accounts and letters the crawl stored, and reporting them.

The crawl reads the accounts' articles and the letter boxes (``crawler``);
this package imports the back office's counts, records the findings
(``newmedia_stale``, ``newmedia_closed_active``, ``interaction_overdue``) and
gives ``stats`` and the bulletin their figures::

    figures = newmedia_stats(session, site_id, profile, period, as_of)
    letters = interaction_stats(session, site_id, profile, period, as_of)
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from monitor.newmedia.accounts import newmedia_stats
from monitor.newmedia.checks import CATEGORIES
from monitor.newmedia.letters import interaction_stats
from monitor.profile import Profile


def after_crawl(session: Session, site_id: int, profile: Profile, run_id: int, now: datetime) -> None:
    """Import the back-office files, then judge accounts and letters (after the page attribution: last)."""
    from monitor.newmedia import checks, imports

    imports.import_files(session, site_id, profile, run_id)
    checks.record(session, site_id, profile, run_id, now)


__all__ = ["CATEGORIES", "after_crawl", "interaction_stats", "newmedia_stats"]
