"""The spider's side of the link checks: check each cited URL once per run.

URLs the crawl fetches anyway (the site's pages, readable attachments) are
not requested again: the crawl's own response or failure is their outcome.
Everything else cited (images, scripts, styles, other files, other sites) is
checked with a short timeout, HEAD first for resources. The spider's
``first_time`` set is shared, so a URL cited by a thousand pages is one request.
"""
from __future__ import annotations

from typing import Callable, Iterator

import scrapy
from scrapy.http import Response

from crawler.linkcheck.extract import cited_links
from crawler.linkcheck.items import LinkOutcomeItem, PageLinksItem
from crawler.linkcheck.outcome import classify_failure, classify_response
from crawler.parsing.page import ParsedPage
from crawler.urls import canonical, host

BODY_KINDS = frozenset({"page", "frame"})  # a soft 404 shows only in the body
ALL_ERRORS = list(range(400, 600))  # answers the check callback sees; redirects are still followed


class LinkChecks:
    def __init__(self, hosts: frozenset[str], first_time: Callable[[str], bool], settings):
        self.hosts, self.first_time = hosts, first_time
        self.enabled = settings.getbool("PORTAL_MONITOR_CHECK_LINKS", True)
        self.timeout = settings.getfloat("PORTAL_MONITOR_LINK_TIMEOUT", 10.0)
        self.ignore = tuple(settings.getlist("PORTAL_MONITOR_LINK_IGNORE"))

    def cited(self, page: ParsedPage, response: Response) -> Iterator:
        """The page's links as an item, and a check request for each URL not yet seen this run."""
        if not self.enabled:
            return
        links = [link for link in cited_links(page, response.urljoin) if not link.url.startswith(self.ignore)]
        yield PageLinksItem(page.url, links)
        for link in links:
            if self.first_time(link.url):
                yield self.request(link.url, link.kind)

    def request(self, url: str, kind: str) -> scrapy.Request:
        """A check request for a URL the crawl itself will not fetch (already claimed in ``first_time``)."""
        method = "GET" if kind in BODY_KINDS else "HEAD"
        meta = {"download_timeout": self.timeout, "handle_httpstatus_list": ALL_ERRORS,
                "link_check": kind, "download_maxsize": 2 * 2**20}
        return scrapy.Request(url, method=method, callback=self.checked, errback=self.failed,
                              meta=meta, dont_filter=True, priority=-1)

    def checked(self, response: Response):
        yield from self.of_response(response)

    def failed(self, failure):
        yield from self.of_failure(failure)

    def of_response(self, response: Response, page: ParsedPage | None = None) -> Iterator[LinkOutcomeItem]:
        """The outcome of a URL from its (final) response; ``page`` when already parsed."""
        if not self.enabled:
            return
        headers = {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}
        body = b"" if response.request.method == "HEAD" else response.body
        outcome = classify_response(response.status, headers, body, self._external(response.url), page)
        yield LinkOutcomeItem(_requested(response.request), outcome)

    def of_failure(self, failure) -> Iterator[LinkOutcomeItem]:
        if not self.enabled:
            return
        request = failure.request
        yield LinkOutcomeItem(_requested(request), classify_failure(failure, self._external(request.url)))

    def _external(self, url: str) -> bool:
        return host(url) not in self.hosts


def _requested(request) -> str:
    """The URL as first requested (before redirects), in canonical form: what pages cite."""
    return canonical(request.meta.get("redirect_urls", [request.url])[0])
