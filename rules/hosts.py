"""Whose a link target is: the site's own, a government or state-media site, or a stranger's.

The hidden-link rules excuse links to the site itself (skip links, menus,
collapsed columns) and to government and state-media sites (tab panels,
友情链接 lists), so every rule asks this of every link. A page links a few
hosts many times over: the answers are kept per host, and a plain
``http(s)://host/…`` is split by hand instead of by ``urlsplit``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

SAFE_SUFFIXES = (".gov.cn",)
SAFE_HOSTS = ("gov.cn", "xinhuanet.com", "news.cn", "people.com.cn", "cctv.com", "cntv.cn", "12371.cn",
              "12377.cn", "qstheory.cn", "gmw.cn", "chinadaily.com.cn", "china.com.cn", "cnr.cn", "youth.cn",
              "ce.cn", "conac.cn", "weibo.com", "qq.com")
_SECOND_LEVEL = frozenset({"gov", "com", "net", "org", "edu", "ac", "mil"})
# The host of an http(s) URL with no user, port or odd character: exactly what urlsplit would return.
_PLAIN_HOST = re.compile(r"https?://([A-Za-z0-9._-]*)(?=[/?#]|$)")


def host_of(url: str) -> str:
    """The lower-case host without port and leading ``www.``."""
    plain = _PLAIN_HOST.match(url)
    host = (plain.group(1).lower() if plain else urlsplit(url).hostname or "").rstrip(".")
    return host[4:] if host.startswith("www.") else host


def registered_domain(host: str) -> str:
    """dingnan.gov.cn for m.dingnan.gov.cn: the name its owner registered."""
    labels = host.split(".")
    if host.replace(".", "").isdigit():
        return host
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


class Hosts:
    """Whose a host is, for one site and one rule's safe lists; answers kept per host.

    One instance serves every page of a site (:meth:`of`): a portal links the
    same few dozen hosts from all its pages.
    """

    def __init__(self, own_hosts, safe_suffixes: tuple[str, ...], safe_hosts: tuple[str, ...]):
        self.own = frozenset(registered_domain(host_of(f"//{host}")) for host in own_hosts)
        self.safe_suffixes = tuple(s.lower() for s in safe_suffixes)
        self.safe_hosts = tuple(h.lower().removeprefix("www.") for h in safe_hosts)
        self._own: dict[str, bool] = {}
        self._safe: dict[str, bool] = {}

    @staticmethod
    def of(page, context, options) -> "Hosts":
        """The hosts of ``page``'s site (the profile's and the page's own) and a rule's safe lists.

        Kept on the page as well: the three hidden-link rules ask it in turn."""
        key = ("hosts", context.own_hosts, options.safe_suffixes, options.safe_hosts)
        if key not in page._cache:
            own = frozenset(context.own_hosts)
            page._cache[key] = _site_hosts(own, _netloc(page.url), options.safe_suffixes, options.safe_hosts)
        return page._cache[key]

    def own_host(self, host: str) -> bool:
        """Shares a registered domain with the site (m.dingnan.gov.cn is www.dingnan.gov.cn's)."""
        if host not in self._own:
            self._own[host] = registered_domain(host) in self.own
        return self._own[host]

    def safe_host(self, host: str) -> bool:
        """A government or state-media host (or a subdomain of one)."""
        if host not in self._safe:
            self._safe[host] = host.endswith(self.safe_suffixes) or any(
                host == safe or host.endswith("." + safe) for safe in self.safe_hosts)
        return self._safe[host]

    def trusted_host(self, host: str) -> bool:
        return self.own_host(host) or self.safe_host(host)

    def is_safe(self, url: str) -> bool:
        return self.safe_host(host_of(url))


@lru_cache(maxsize=64)
def _site_hosts(own_hosts: frozenset[str], page_netloc: str, safe_suffixes: tuple[str, ...],
                safe_hosts: tuple[str, ...]) -> Hosts:
    """One :class:`Hosts` per site and safe lists, so that its answers outlive the page."""
    return Hosts({*own_hosts, page_netloc}, safe_suffixes, safe_hosts)


def _netloc(url: str) -> str:
    """``urlsplit(url).netloc``, read by hand from a plain http(s) URL."""
    plain = _PLAIN_HOST.match(url)
    return plain.group(1) if plain else urlsplit(url).netloc
