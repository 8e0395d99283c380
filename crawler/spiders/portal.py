"""The portal spider: walk one site, yield articles, column listings and content to check.

It follows every page link on the site, so it needs no knowledge of the CMS.
Pages reached through a list's own pager inherit that list's column, however
the CMS numbers its pages. URLs are requested exactly as linked (some servers
care about the order of query parameters); their canonical form is only the
key they are stored by. Every page, and every readable attachment on the
site's own hosts, goes to the content checks; what cannot be read becomes a
notice, never a crash.
"""
from __future__ import annotations

import scrapy
from scrapy.http import Response, TextResponse

from crawler.attachments import READABLE, UnreadableAttachment, extension, extract_text
from crawler.failures import fetch_notice
from crawler.incremental import CrawlPlan
from crawler.items import ArticleItem, ContentItem, ListingItem, NoticeItem
from crawler.linkcheck.spider import LinkChecks
from crawler.middlewares.antibot import PageBlocked
from crawler.parsing.article import extract_article
from crawler.parsing.charset import decode_html
from crawler.parsing.dates import find_dates, find_month_days, parse_date
from crawler.parsing.listing import breadcrumb, extract_listing
from crawler.parsing.page import ParsedPage
from crawler.parsing.pagination import page_links
from crawler.urls import canonical, column_key, host, is_file
from rules.page import PageContent

# Office formats county portals publish that no maintained Python library reads.
UNREADABLE = frozenset("doc wps et dps ofd ppt pptx rtf ceb".split())
# The home page's newest dates kept for its freshness check; a few, since a
# snapshot judged as of an earlier day needs the newest one before it.
HOME_DATES = 30


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, start_url: str, hosts: tuple[str, ...] = (), plan: CrawlPlan | None = None,
                 exclude: tuple[str, ...] = (), **kwargs):
        super().__init__(**kwargs)
        self.start_url = start_url
        self.exclude = exclude  # canonical URL prefixes of the letter boxes: the media spider's (crawler.media.scope)
        self.hosts = frozenset({host(start_url), *hosts})
        self.home_column = column_key(start_url)
        self.start_failure: str | None = None
        self.start_blocked = False  # the start page answered an anti-bot challenge
        # Every page links the whole navigation: drop known URLs here, before
        # Scrapy spends a request's worth of middleware on each (10x fewer).
        self.scheduled: set[str] = {canonical(start_url)}
        # What an incremental or resumed crawl skips, re-checks and continues (crawler.incremental).
        self.plan = plan or CrawlPlan()
        self.scheduled |= self.plan.scheduled

    @property
    def links(self) -> LinkChecks:
        """Link checks share ``_first_time``: each cited URL is fetched once per run."""
        if "_links" not in self.__dict__:
            self._links = LinkChecks(self.hosts, self._first_time, self.settings)
        return self._links

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse, errback=self.start_failed)
        for request in self.plan.start_requests(self):
            yield request

    def start_failed(self, failure):
        self.start_failure = _describe(failure)
        self.logger.error("start page %s not read: %s", self.start_url, self.start_failure)
        if failure.check(PageBlocked):  # the whole site is behind the gateway: say so, not "0 posts"
            self.start_blocked = True
            yield NoticeItem(canonical(self.start_url), "blocked", self.start_failure)

    def parse(self, response: Response):
        if not isinstance(response, TextResponse) or not _is_html(response) or self._fetched_elsewhere(response):
            yield from self.links.of_response(response)
            return
        self.crawler.stats.inc_value("portal/pages")
        url = canonical(response.request.meta.get("redirect_urls", [response.url])[0])
        page = ParsedPage.from_html(url, decode_html(response.body, _content_type(response)))
        yield from self.links.of_response(response, page)
        if page.broken:
            self.logger.warning("page %s not parsed: markup unreadable", url)
            yield NoticeItem(url, "page", "页面内容无法解析为HTML，未检查")
            return
        if response.meta.get("depth", 0) == 0:
            self._note_home_dates(page)
        article = extract_article(page)
        if article is not None:
            self.crawler.stats.inc_value("portal/articles")
            yield ArticleItem(url=url, meta=article)
        else:
            yield from self._listing(page, response)
        content = PageContent.from_parsed(page, article.title if article else page.title_tag,
                                          breadcrumb(page), article.pub_date if article else None)
        yield ContentItem(content, url)
        yield from self._attachments(content)
        yield from self._follow(page, response)
        yield from self.links.cited(page, response)

    def _fetched_elsewhere(self, response: Response) -> bool:
        """A redirect to a page the crawl fetches under its own URL: read it there, not twice."""
        final = canonical(response.url)
        return final != canonical(response.request.meta.get("redirect_urls", [response.url])[0]) \
            and not self._first_time(final)

    def _note_home_dates(self, page: ParsedPage) -> None:
        """The newest dates the home page shows, for its freshness check (stored with the run's stats)."""
        dates = sorted({d.isoformat() for d in map(parse_date, find_dates(page.text)) if d}, reverse=True)
        month_days = sorted(set(find_month_days(page.text)), reverse=True)  # 06-28: the year is the judge's
        self.crawler.stats.set_value("portal/home_dates", ",".join(dates[:HOME_DATES] + month_days[:HOME_DATES]))

    def _listing(self, page: ParsedPage, response: Response):
        column = response.meta.get("column") or column_key(page.url)
        if column == self.home_column:
            return
        listing = extract_listing(page, lambda href: canonical(response.urljoin(href)))
        if listing is None:
            return
        self.crawler.stats.inc_value("portal/list_pages")
        entries = [(e.url, e.title, e.list_date, host(e.url) not in self.hosts) for e in listing.entries]
        self.plan.listed(page.url, [e[0] for e in entries])
        yield ListingItem(column, page.url, listing.name, listing.trail, entries)

    def _attachments(self, content: PageContent):
        for link in content.attachment_names:
            kind = extension(link.url)
            if host(link.url) not in self.hosts or not self._first_time(link.url):
                continue
            if kind in READABLE:
                meta = {"page_url": content.url, "name": link.text, "date": content.date,
                        "download_maxsize": self.settings.getint("PORTAL_MONITOR_ATTACHMENT_MAXSIZE")}
                yield scrapy.Request(link.url, callback=self.parse_attachment, errback=self.fetch_failed, meta=meta)
            elif kind in UNREADABLE:
                yield NoticeItem(canonical(link.url), "attachment", f"暂不支持读取.{kind}格式，附件内容未检查")
                yield self.links.request(link.url, "attachment")

    def parse_attachment(self, response: Response):
        yield from self.links.of_response(response)
        self.crawler.stats.inc_value("portal/attachments")
        url, meta = canonical(response.url), response.meta
        try:
            text = extract_text(response.body, response.url)
        except UnreadableAttachment as exc:
            self.logger.info("attachment %s not read: %s", url, exc)
            yield NoticeItem(url, "attachment", str(exc))
            return
        yield ContentItem(PageContent.attachment(url, meta["name"], text, meta["date"]), meta["page_url"])

    def fetch_failed(self, failure):
        yield from self.links.of_failure(failure)
        if failure.check(PageBlocked):
            self.logger.warning("%s blocked: %s", failure.request.url, failure.value.reason)
            yield NoticeItem(canonical(failure.request.url), "blocked", failure.value.reason)
            return
        request = failure.request
        limit = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
        message = fetch_notice(failure, limit)
        if message is None:  # 404s are broken links, robots.txt refusals link notices (crawler.failures)
            self.logger.info("%s not read: %s", request.url, failure.value)
            return
        url = canonical(request.meta.get("redirect_urls", [request.url])[0])
        self.logger.warning("%s not checked: %s", url, message)
        yield NoticeItem(url, "fetch", message)

    def _follow(self, page: ParsedPage, response: Response):
        column = response.meta.get("column") or column_key(page.url)
        for url in page_links(page, response.urljoin):
            if self._first_time(url, follow=True) and self.plan.pages_on(page.url):
                yield scrapy.Request(url, callback=self.parse, errback=self.fetch_failed, meta={"column": column})
        for href in page.root.xpath("//a/@href | //area/@href | //frame/@src | //iframe/@src"):
            url = response.urljoin(str(href).strip())
            if url.startswith("http") and host(url) in self.hosts and not is_file(url) \
                    and self._first_time(url, follow=True):
                yield scrapy.Request(url, callback=self.parse, errback=self.fetch_failed)

    def _first_time(self, url: str, follow: bool = False) -> bool:
        """Not yet requested this run (and now claimed); a letter box's page is never ``follow``ed, only checked."""
        key = canonical(url)
        if key in self.scheduled or (follow and key.startswith(self.exclude)):
            return False
        self.scheduled.add(key)
        return self.plan.wants(key)


def _content_type(response: Response) -> str:
    return response.headers.get(b"Content-Type", b"text/html").decode("latin-1")


def _is_html(response: Response) -> bool:
    kind = _content_type(response).lower()
    return "html" in kind or "xml" in kind


def _describe(failure) -> str:
    error = failure.value
    if isinstance(error, PageBlocked):
        return error.reason
    response = getattr(error, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    return f"{type(error).__name__}: {error}".strip()
