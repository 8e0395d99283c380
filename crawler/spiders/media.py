"""The media spider: the profile's new-media sources and letter boxes, read during ``crawl``.

Each account's feed, list page (with its further pages) or served export is
read once a run; each letter box's list pages are walked and every letter
listed is read. It runs in the portal crawl's process with the same
politeness settings (crawler.runner), but with its own pipeline and without
the portal's page map: its pages are no posts and no part of the frontier.
What cannot be read is a notice for its source; the rest goes on.
"""
from __future__ import annotations

from dataclasses import replace

import scrapy
from scrapy.http import Response

from crawler.failures import fetch_notice
from crawler.items import ContentItem, NoticeItem
from crawler.linkcheck.outcome import classify_failure
from crawler.media.export import read_export
from crawler.media.feed import read_feed
from crawler.media.items import AccountReadItem, BoxPageItem, LetterItem
from crawler.media.letters import read_letter
from crawler.media.listpage import read_list_page
from crawler.media.plan import MediaPlan
from crawler.media.records import SourceError
from crawler.parsing.charset import decode_html
from crawler.urls import canonical
from rules.page import PageContent


class MediaSpider(scrapy.Spider):
    name = "media"
    custom_settings = {
        "ITEM_PIPELINES": {"crawler.pipelines.check.CheckPipeline": 200,  # the articles' titles and summaries
                           "crawler.pipelines.media.MediaPipeline": 300},
        "SPIDER_MIDDLEWARES": {"crawler.frontier.FrontierMiddleware": None},
        "PORTAL_MONITOR_PROGRESS_INTERVAL": 0,  # its lines count the portal's pages
    }

    def __init__(self, accounts: tuple = (), boxes: tuple = (), matcher=None, plan: MediaPlan | None = None,
                 **kwargs):
        """``accounts``: AccountSettings (local export files are the runner's); ``boxes``: LetterBoxSettings;
        ``matcher``: a monitor.units.UnitMatcher for the letters' answering units; ``plan``: what to skip."""
        super().__init__(**kwargs)
        self.accounts = tuple(a for a in accounts if a.location.startswith(("http://", "https://")))
        self.boxes, self.matcher, self.plan = tuple(boxes), matcher, plan or MediaPlan()
        self.seen: set[str] = set()

    async def start(self):
        for account in self.accounts:
            meta = {"account": account.name, "source": account.location, "first": True}
            if account.source == "export":
                meta["download_maxsize"] = self.settings.getint("PORTAL_MONITOR_ATTACHMENT_MAXSIZE")
            yield self._request(account.location, getattr(self, f"read_{account.source}"), meta)
        for box in self.boxes:
            yield self._request(box.url, self.read_box, {"box": box.name, "source": box.url})
        for letter in self.plan.rereads():
            meta = {"box": letter.box, "source": letter.url, "listed": (letter.title, letter.received)}
            yield self._request(letter.url, self.read_letter, meta)

    def read_feed(self, response: Response):
        yield from self._account(response, lambda: read_feed(response.body, response.url, _content_type(response)))

    def read_export(self, response: Response):
        yield from self._account(response, lambda: read_export(response.body, response.url))

    def read_list(self, response: Response):
        read = yield from self._account(response, lambda: read_list_page(response.url, _html(response)))
        more = read is not None and self.plan.more_pages([a.url for a in read.articles])
        for page in read.pages if more else ():
            meta = {"account": response.meta["account"], "source": page, "first": False}
            yield from self._once(page, self.read_list, meta)

    def _account(self, response: Response, reader):
        """The item of a source read, or its notice; returns the read (None when it failed)."""
        try:
            read = reader()
        except SourceError as error:
            yield self._notice(response.meta, str(error))
            return None
        self.crawler.stats.inc_value("media/articles", len(read.articles))
        meta = response.meta
        yield AccountReadItem(meta["account"], meta["source"], read, meta["first"])
        yield from _contents(read)
        return read

    def read_box(self, response: Response):
        box = response.meta["box"]
        try:
            read = read_list_page(response.url, _html(response))
        except SourceError as error:
            yield self._notice(response.meta, f"信箱{error}")  # 信箱列表页上没有找到…
            return
        yield BoxPageItem(response.meta["source"])
        for letter in (a for a in read.articles if self.plan.wants(a.url)):
            meta = {"box": box, "source": letter.url, "listed": (letter.title, letter.pub_date)}
            yield from self._once(letter.url, self.read_letter, meta)
        for page in read.pages if self.plan.more_pages([a.url for a in read.articles]) else ():
            yield from self._once(page, self.read_box, {"box": box, "source": page})

    def read_letter(self, response: Response):
        """The letter as its page shows it; the list's title and date where the page has none."""
        title, listed = response.meta["listed"]
        letter = read_letter(_html(response), response.url)
        letter = replace(letter, title=letter.title or title, received=letter.received or listed)
        unit = self.matcher.match(letter.answered_by) if self.matcher else None
        self.crawler.stats.inc_value("media/letters")
        yield LetterItem(response.meta["box"], response.meta["source"], letter, unit)

    def failed(self, failure):
        meta = failure.request.meta
        limit = meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
        yield self._notice(meta, fetch_notice(failure, limit) or f"无法下载：{classify_failure(failure).reason}")

    def _notice(self, meta: dict, message: str) -> NoticeItem:
        self.crawler.stats.inc_value("media/notices")
        self.logger.warning("%s not read: %s", meta["source"], message)
        return NoticeItem(meta["source"], "interaction" if "box" in meta else "newmedia", message)

    def _once(self, url: str, callback, meta: dict):
        if canonical(url) not in self.seen:
            yield self._request(url, callback, meta)

    def _request(self, url: str, callback, meta: dict) -> scrapy.Request:
        self.seen.add(canonical(url))
        return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta)


def _contents(read):
    """Each linked article's title and summary for the content checks: 错敏信息 posted on an account counts too."""
    for article in read.articles:
        if article.url:
            text = PageContent(article.url, article.title, article.summary or "", date=article.pub_date)
            yield ContentItem(text, article.url)


def _content_type(response: Response) -> str | None:
    value = response.headers.get(b"Content-Type")
    return value.decode("latin-1") if value else None


def _html(response: Response) -> str:
    return decode_html(response.body, _content_type(response))
