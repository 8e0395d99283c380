"""The site profile (TOML) a crawler needs for the sample portal.

Written by hand rather than with a TOML library (none ships with Python);
strings are emitted as JSON strings, which TOML reads the same way.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from monitor.sampleportal.layout import SITE
from monitor.sampleportal.media import load as load_media
from monitor.sampleportal.units import load_plan

_CITED = re.compile(r"""(?:href|src)\s*=\s*["']?https?://([A-Za-z0-9.-]+)""")

if TYPE_CHECKING:
    from monitor.sampleportal.model import SamplePortal


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _elsewhere(site: "SamplePortal") -> list[str]:
    """Sites the sample cites that exist for real (all but RFC 6761 .invalid and loopback):
    a test crawl must not contact them, so their links are not checked."""
    hosts = set()
    for page in site.pages.values():
        if b"http" in page.body and page.content_type.startswith("text/html"):
            hosts.update(_CITED.findall(page.body.decode("latin-1")))
    return [f"{scheme}://{host}/" for host in sorted(hosts)
            if not host.endswith(".invalid") and not host.startswith("127.") for scheme in ("http", "https")]


def profile_toml(site: "SamplePortal", base_url: str) -> str:
    lines = [
        "[site]", f"name = {_q(SITE)}", 'region = "定南县"', f"start_url = {_q(base_url + '/')}", "",
        "[crawl]", "obey_robots = true", "download_delay = 0.0", "concurrency = 16",
        "autothrottle = false",
        f"link_ignore = [{', '.join(_q(p) for p in _elsewhere(site))}]  # real sites: tests stay on this machine", "",
        "[freshness]", f"as_of = {site.as_of.isoformat()}  # the sample is a snapshot of this day",
    ]
    quota_scale = load_plan().quota_scale
    for unit in site.units:
        lines += ["", "[[units]]", f"name = {_q(unit.name)}", f"kind = {_q(unit.kind)}",
                  f"annual_quota = {round(unit.quota * quota_scale)}"]
        if unit.aliases:
            lines.append(f"aliases = [{', '.join(_q(a) for a in unit.aliases)}]")
        lines.append(f"email = {_q(unit.email)}")
    for path, name, category in site.county_columns:
        lines += ["", "[[columns]]", f"url = {_q(base_url + path)}", f"name = {_q(name)}",
                  f"category = {_q(category)}"]
    return "\n".join(lines + _media(site, base_url)) + "\n"


def _media(site: "SamplePortal", base_url: str) -> list[str]:
    """[newmedia], [[accounts]], [interaction] and [[letters]]: every source on the sample host."""
    rules = load_media()["profile"]
    lines = ["", "[newmedia]", f"per_week = {rules['per_week']}", f"stale_days = {rules['stale_days']}"]
    for account in site.media.accounts:
        lines += ["", "[[accounts]]", f"name = {_q(account.name)}", f"platform = {_q(account.platform)}",
                  f"unit = {_q(account.unit)}", f"status = {_q(account.status)}",
                  f"{account.source} = {_q(base_url + account.path)}"]
    lines += ["", "[interaction]", f"reply_days = {rules['reply_days']}  # 工作日"]
    for name, path in site.media.boxes:
        lines += ["", "[[letters]]", f"name = {_q(name)}", f"url = {_q(base_url + path)}"]
    return lines
