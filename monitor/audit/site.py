"""The starting profile of an audit, from the portal's address alone.

The site's name is what the home page calls itself (the national ``SiteName``
tag, else its ``<title>`` without 首页/欢迎访问 decorations); the region is
read from the front of that name (定南县人民政府 → 定南县). A region the name
does not show, or shows ambiguously, is an error naming ``--region``: a guess
would check the portal against the wrong county's names.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from crawler.parsing.charset import decode_html
from crawler.parsing.page import ParsedPage
from monitor.profile import CrawlSettings, Profile, SiteSettings
from rules.divisions import RegionError, divisions, resolve

MAX_HOME_BYTES = 8 * 1024 * 1024
_TITLE_SPLIT = re.compile(r"\s*(?:[-_|｜·•]+|——|—|::|：|\s{2,})\s*")
_DECORATION = re.compile(r"^(?:欢迎(?:访问|光临|您)?|首页|主页|网站首页|index)")


class AuditError(RuntimeError):
    """An audit that cannot start or finish; the message is one line for the user."""


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AuditError(f"{url!r} is not an http(s) URL (e.g. https://www.example.gov.cn/)")
    return url if parts.path else url + "/"


def fetch_home(url: str, crawl: CrawlSettings) -> ParsedPage:
    """The home page, read once before the crawl to name the site; unreachable is an AuditError."""
    request = urllib.request.Request(url, headers={"User-Agent": crawl.user_agent})
    try:
        with urllib.request.urlopen(request, timeout=crawl.timeout) as response:
            body = response.read(MAX_HOME_BYTES)
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise AuditError(f"{url} answered HTTP {exc.code}; nothing was audited") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AuditError(f"{url} is unreachable ({reason}); nothing was audited") from None
    return ParsedPage.from_html(url, decode_html(body, content_type))  # as the crawl will read it


def site_name(home: ParsedPage) -> str:
    """``SiteName`` meta, else the title's part that is not 首页/欢迎访问, else the host."""
    if name := home.metas.get("sitename"):
        return name
    parts = [_DECORATION.sub("", part) for part in _TITLE_SPLIT.split(home.title_tag)]
    parts = [part for part in parts if len(part) >= 2]
    return max(parts, key=len) if parts else urlsplit(home.url).hostname


def infer_region(name: str) -> str:
    """The longest front part of ``name`` ending with a division name that resolves."""
    names = {d.name for d in divisions()}
    for end in range(len(name), 1, -1):
        prefix = name[:end]
        if any(prefix.endswith(n) for n in names):
            try:
                resolve(prefix)
            except RegionError as exc:
                raise AuditError(f"site {name!r}: {exc}; give it with --region") from None
            return prefix
    raise AuditError(f"cannot tell the region from the site name {name!r}; give it with --region, e.g. --region 定南县")


def starting_profile(url: str, crawl: CrawlSettings, region: str | None = None) -> Profile:
    """A profile with the site only: no units, no columns, no quotas."""
    url = check_url(url)
    name = site_name(fetch_home(url, crawl))
    if region is None:
        region = infer_region(name)
    else:
        try:
            resolve(region)
        except RegionError as exc:
            raise AuditError(f"--region: {exc}") from None
    return Profile(SiteSettings(name, region, url), crawl, (), ())
