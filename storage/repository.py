"""Writing the profile's site, units and crawl runs; reading them back."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.profile import Profile
from storage.models import CrawlRun, Site, Unit


def sync_site(session: Session, profile: Profile) -> Site:
    """Create or update the site and its units from the profile (units keep their ids)."""
    site = find_site(session, profile)
    if site is None:
        site = Site(name=profile.site.name, region=profile.site.region, start_url=profile.site.start_url)
        session.add(site)
        session.flush()
    site.region, site.start_url = profile.site.region, profile.site.start_url
    known = {u.name: u for u in session.scalars(select(Unit).where(Unit.site_id == site.id))}
    for position, spec in enumerate(profile.units):
        unit = known.get(spec.name) or Unit(site_id=site.id, name=spec.name)
        unit.kind, unit.annual_quota, unit.position = spec.kind, spec.annual_quota, position
        session.add(unit)
    session.flush()
    return site


def find_site(session: Session, profile: Profile) -> Site | None:
    return session.scalar(select(Site).where(Site.name == profile.site.name))


def start_run(session: Session, site: Site) -> CrawlRun:
    run = CrawlRun(site_id=site.id, started_at=datetime.now(), status="running")
    session.add(run)
    session.flush()
    return run


def finish_run(session: Session, run_id: int, status: str, message: str | None, stats: dict) -> None:
    run = session.get(CrawlRun, run_id)
    run.status, run.message, run.finished_at = status, message, datetime.now()
    run.stats = {k: v for k, v in stats.items() if isinstance(v, (int, float, str))}
