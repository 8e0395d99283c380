"""Broken links (不可用链接): one finding per page and dead target, from this run's link checks.

The crawl stored which pages cite which URLs and the latest outcome per URL;
here every page fetched in this run that cites a broken URL gets a ``broken_link``
finding naming the link's text (or image alt), the target and the reason,
and whether it is on the home page (扣分 items count those apart). A URL
that could not be verified (robots, 403/429 from another site) or sits
behind an anti-bot challenge is a notice, never a finding.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.urls import column_key
from monitor.profile import Profile
from rules.base import Finding
from storage.findings import record_notice, record_site_findings
from storage.models import Link, LinkCheck, Post, Site

CATEGORY = "broken_link"
RULE = "broken_link.dead"
PLACES = {"page": "link", "frame": "link", "image": "image", "script": "resource", "style": "resource",
          "attachment": "attachment"}
WHAT = {"link": "链接不可用", "image": "图片无法显示", "resource": "页面资源无法加载", "attachment": "附件无法下载"}
UNCERTAIN = {"unverified": "链接未能核实", "blocked": "链接所在网站有反爬虫验证，未能核实"}


def record(session: Session, site: Site, profile: Profile, run_id: int, now: datetime) -> None:
    """Write this run's broken-link findings and unverifiable-link notices."""
    links = list(session.scalars(select(Link).where(Link.site_id == site.id, Link.last_seen_run_id == run_id)))
    # The latest check of each URL: an incremental run does not re-check what it did not re-fetch.
    checks = {c.url: c for c in session.scalars(select(LinkCheck).where(LinkCheck.site_id == site.id))}
    titles = dict(session.execute(select(Post.url, Post.title).where(Post.site_id == site.id)).all())
    home = column_key(profile.site.start_url)
    findings, uncertain = [], defaultdict(set)
    for link in links:
        check = checks.get(link.target_url)
        if check is None or check.state == "ok":
            continue
        if check.state == "broken":
            finding = _finding(link, check, column_key(link.source_url) == home)
            findings.append((finding, link.source_url, titles.get(link.source_url, "")))
        else:
            uncertain[link.target_url].add(link.source_url)
    sources = {link.source_url for link in links}
    record_site_findings(session, site.id, run_id, (CATEGORY,), findings, now, checked_urls=sources)
    for url, pages in uncertain.items():
        message = f"{UNCERTAIN[checks[url].state]}：{checks[url].reason}（{len(pages)}个页面引用，如 {min(pages)}）"
        record_notice(session, site.id, run_id, url, "link", message)


def _finding(link: Link, check: LinkCheck, on_home: bool) -> Finding:
    place = PLACES.get(link.kind, "link")
    text = link.text or ""
    evidence = f"“{text}” → {link.target_url}" if text else link.target_url
    detail = f"{'首页' if on_home else ''}{WHAT[place]}：{check.reason}"
    return Finding(RULE, CATEGORY, "deduct", link.source_url, place, link.target_url, evidence, detail)
