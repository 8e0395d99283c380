"""Site health: checks of the site as a whole, run once a crawl has settled.

Content rules (``rules/``) judge one page at a time while the crawl runs;
these judge what only the whole crawl shows: columns gone stale or left
blank, a home page not updated, links that no longer work. They read the
database the crawl filled and write findings through
:func:`storage.findings.record_site_findings`, so a re-run updates rather
than duplicates and a problem that is gone turns ``fixed``.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from monitor.profile import Profile
from storage.models import Site

HEALTH_CATEGORIES = ("broken_link", "stale_column", "empty_column", "site_stale",
                     "newmedia_stale", "newmedia_closed_active", "interaction_overdue")  # monitor.newmedia


def after_crawl(session: Session, site: Site, profile: Profile, run_id: int, now: datetime) -> None:
    """Run every site-level check over what the crawl ``run_id`` stored, then give findings their units."""
    from monitor.attribution import settle_findings
    from monitor.health import freshness, links
    from monitor.newmedia import after_crawl as judge_media

    freshness.record(session, site, profile, run_id, now)
    links.record(session, site, profile, run_id, now)
    session.flush()
    settle_findings(session, site)
    judge_media(session, site.id, profile, run_id, now)
