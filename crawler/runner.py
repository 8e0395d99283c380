"""Run one crawl of a profile's site into a database.

The profile's ``[crawl]`` table is layered over :mod:`crawler.settings`; the
crawl run is recorded (running → ok | failed) with Scrapy's stats. A failed
crawl (start page unreachable) changes no post, so earlier runs stay intact.
Scrapy's reactor runs once per process: call this once per process.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.incremental import Recheck, begin_run, describe_run, load_plan
from crawler.media.imports import import_exports
from crawler.media.plan import MediaPlan, load_media_plan
from crawler.media.scope import box_prefixes
from crawler.middlewares.browser import browser_settings, chromium_path
from crawler.spiders.media import MediaSpider
from crawler.spiders.portal import PortalSpider
from crawler.urls import host
from monitor.attribution import settle
from monitor.health import after_crawl
from monitor.profile import Profile
from monitor.profile_rules import build_ruleset
from monitor.units import UnitMatcher
from storage.database import database_url, open_engine, session_factory
from storage.media_store import sync_accounts
from storage.repository import finish_run, sync_site


@dataclass(frozen=True)
class CrawlOutcome:
    run_id: int
    ok: bool
    message: str
    stats: dict
    blocked: bool = False  # the start page answered an anti-bot challenge


def scrapy_settings(profile: Profile, db_url: str, site_id: int, run_id: int, log_level: str,
                    progress: bool = True) -> Settings:
    crawl = profile.crawl
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict({
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "DOWNLOAD_DELAY": crawl.download_delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency,
        "CONCURRENT_REQUESTS": max(crawl.concurrency, 1),
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(crawl.download_delay, 0.1),
        "CLOSESPIDER_PAGECOUNT": crawl.max_pages,
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "USER_AGENT": crawl.user_agent,
        "PORTAL_MONITOR_CHECK_LINKS": crawl.check_links,
        "PORTAL_MONITOR_LINK_TIMEOUT": crawl.link_timeout,
        "PORTAL_MONITOR_LINK_IGNORE": list(crawl.link_ignore),
        "LOG_LEVEL": log_level,
        "PORTAL_MONITOR_DB": db_url,
        "PORTAL_MONITOR_SITE_ID": site_id,
        "PORTAL_MONITOR_RUN_ID": run_id,
        "PORTAL_MONITOR_RULESET": build_ruleset(profile),
    }, priority="spider")
    if not progress:
        settings.set("PORTAL_MONITOR_PROGRESS_INTERVAL", 0, priority="spider")
    if crawl.browser:
        settings.setdict(browser_settings(crawl.timeout), priority="spider")
    return settings


def run_crawl(profile: Profile, db_url: str | None = None, log_level: str = "INFO",
              progress: bool = True, full: bool = False) -> CrawlOutcome:
    """Crawl the site: incremental after a first full crawl unless ``full``; a killed run is continued."""
    if profile.crawl.browser:
        chromium_path()  # no browser to drive: say so before a run is begun
    db_url = database_url(db_url)
    sessions = session_factory(open_engine(db_url))
    with sessions.begin() as session:
        site = sync_site(session, profile)
        sync_accounts(session, site.id, profile.newmedia.accounts)
        run, resumed = begin_run(session, site, full)
        site_id, run_id, mode = site.id, run.id, run.mode
        plan = load_plan(session, site_id, run, Recheck(), date.today())
        media_plan = load_media_plan(session, site_id, mode == "full")
    if resumed:
        logging.getLogger(__name__).warning("continuing crawl run %s, interrupted before it finished", run_id)
    process = CrawlerProcess(scrapy_settings(profile, db_url, site_id, run_id, log_level, progress))
    crawler = process.create_crawler(PortalSpider)
    portal_done = process.crawl(crawler, start_url=profile.site.start_url, plan=plan,
                                hosts=tuple({host(c.url) for c in profile.columns}),
                                exclude=box_prefixes(b.url for b in profile.interaction.boxes))
    media = _read_media_after(process, portal_done, profile, media_plan)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    with sessions.begin() as session:
        stats |= _media_stats(media, import_exports(session, site_id, run_id, profile.newmedia.accounts))
    failure = getattr(crawler.spider, "start_failure", None)
    blocked = getattr(crawler.spider, "start_blocked", False)
    message = f"start page {'blocked' if blocked else 'unreachable'}: {failure}" if failure else _summary(stats)
    with sessions.begin() as session:
        if not failure:
            message = f"{mode}{' (continued)' if resumed else ''}: {message}; {describe_run(session, site_id, run_id)}"
        finish_run(session, run_id, "failed" if failure else "ok", message, stats)
        if not failure:  # site checks read the run's stats (the home page's dates)
            settled = session.get(type(site), site_id)
            settle(session, settled, profile)
            after_crawl(session, settled, profile, run_id, datetime.now())
    logging.getLogger(__name__).info("crawl run %s: %s", run_id, message)
    return CrawlOutcome(run_id, not failure, message, stats, blocked)


def _read_media_after(process: CrawlerProcess, portal_done, profile: Profile, plan: MediaPlan):
    """The media spider's crawler, started once the portal spider is done (None when there is nothing to read).

    One after the other in one reactor, so a host both read never gets more
    than the profile's politeness allows; the portal's outcome is passed on."""
    accounts, boxes = profile.newmedia.accounts, profile.interaction.boxes
    if not boxes and not any(a.location.startswith(("http://", "https://")) for a in accounts):
        return None
    media = process.create_crawler(MediaSpider)
    portal_done.addBoth(lambda outcome: process.crawl(media, accounts=accounts, boxes=boxes, plan=plan,
                                                      matcher=UnitMatcher(profile)).addBoth(lambda _: outcome))
    return media


def _media_stats(media, imported: Counter) -> dict:
    """The media spider's counts (``media/…``) and the local imports', as one set of run stats."""
    counts = Counter({k: v for k, v in (media.stats.get_stats() if media and media.stats else {}).items()
                      if k.startswith("media/")})
    return dict(counts + imported)


def _summary(stats: dict) -> str:
    media = (f"; new media: {stats.get('media/articles', 0)} articles, {stats.get('media/letters', 0)} letters, "
             f"{stats.get('media/notices', 0)} sources not read") if any(k.startswith("media/") for k in stats) else ""
    return (f"{stats.get('portal/pages', 0)} pages, {stats.get('portal/articles', 0)} articles, "
            f"{stats.get('portal/list_pages', 0)} list pages, {stats.get('item_scraped_count', 0)} items{media}")
