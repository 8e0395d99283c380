"""``portal-monitor audit URL``: crawl a portal with no profile, discover its units, write the report.

One crawl with a profile that knows only the site; then the units are
discovered from what was stored, and attribution and the site checks run
again with them (:func:`monitor.attribution.settle` works from the stored raw
metadata, so nothing is fetched twice).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from monitor.attribution import settle
from monitor.audit.discover import Discovery, FoundUnit, discover
from monitor.audit.html_report import render
from monitor.audit.report import build_report
from monitor.audit.site import AuditError, starting_profile
from monitor.health import after_crawl
from monitor.profile import CrawlSettings, Profile, UnitSettings
from storage.database import open_engine, session_factory
from storage.repository import find_site, sync_site


@dataclass(frozen=True)
class AuditOptions:
    url: str
    out: Path | None = None
    db: str | None = None
    region: str | None = None
    as_of: date | None = None
    crawl: CrawlSettings = CrawlSettings()
    progress: bool = True


@dataclass(frozen=True)
class AuditResult:
    out: Path
    report: dict
    json_path: Path
    html_path: Path


def default_out(url: str) -> Path:
    """A folder named after the host (www.example.gov.cn, 127.0.0.1_8000)."""
    return Path(urlsplit(url).netloc.replace(":", "_"))


def run_audit(options: AuditOptions) -> AuditResult:
    from crawler.runner import run_crawl

    profile = starting_profile(options.url, options.crawl, options.region)
    if options.as_of:
        profile = replace(profile, freshness=replace(profile.freshness, as_of=options.as_of))
    out = options.out or default_out(profile.site.start_url)
    out.mkdir(parents=True, exist_ok=True)
    db = options.db or f"sqlite:///{(out / 'audit.sqlite').resolve()}"
    outcome = run_crawl(profile, db, log_level="WARNING", progress=options.progress)
    if not outcome.ok:
        raise AuditError(f"crawl of {profile.site.start_url} failed: {outcome.message}")
    crawl = {"run_id": outcome.run_id, "message": outcome.message, "database": db,
             **{key.split("/")[1]: value for key, value in outcome.stats.items() if key.startswith("portal/")}}
    return _write(out, settle_and_report(db, profile, crawl, options.as_of or date.today()))


def settle_and_report(db: str, profile: Profile, crawl: dict, as_of: date) -> dict:
    """Discover the units in what the crawl stored, attribute and check again with them, report."""
    with session_factory(open_engine(db)).begin() as session:
        site = find_site(session, profile)
        discovery = discover(session, site)
        profile = with_units(profile, discovery)
        sync_site(session, profile)
        settle(session, site, profile)
        after_crawl(session, site, profile, crawl["run_id"], datetime.now())
        return build_report(session, site, profile, discovery, crawl, as_of)


def with_units(profile: Profile, discovery: Discovery) -> Profile:
    """The starting profile with the discovered units (no quotas: the office sets them)."""
    return replace(profile, units=tuple(_unit_settings(u) for u in discovery.units))


def _unit_settings(unit: FoundUnit) -> UnitSettings:
    return UnitSettings(name=unit.name, kind=unit.kind, aliases=tuple(unit.aliases()))


def _write(out: Path, report: dict) -> AuditResult:
    json_path, html_path = out / "audit.json", out / "audit.html"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    html_path.write_text(render(report), encoding="utf-8")
    return AuditResult(out, report, json_path, html_path)
