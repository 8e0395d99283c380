"""The crawl's frontier and page map, kept in the database so a killed crawl resumes.

Scrapy's JOBDIR is not SIGKILL-safe (its disk queue index is written on
close). Instead this spider middleware follows each response's output and
ends it with a :class:`PageDone`: the page answered (status, validators,
digest of its text, kind) and the requests it found. The store pipeline
writes it in the same transaction as the items before it (items of one
response reach the pipelines in order: ``CONCURRENT_ITEMS`` is 1), so a
page is marked done only once everything it yielded is stored, and the
requests it found are pending rows by then. A killed crawl loses only
pages not yet marked done; they are fetched again, and storing is keyed by
URL, so nothing is counted twice.
"""
from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from scrapy import Request
from scrapy.http import Response

from crawler.items import ArticleItem, ContentItem, ListingItem
from crawler.urls import canonical, column_key

RECHECK = "portal_monitor_recheck"  # meta: a known page asked again (304/404/410 are answers)
SETTLED = (304, 404, 410)


@dataclass
class PageDone:
    """One request answered, and what the page led to (recorded by :func:`record_pages`)."""

    url: str  # canonical key
    request_url: str
    callback: str  # "callback errback" method names, to request it again
    meta: dict
    status: int
    kind: str | None = None  # column | list | article | page | file; None when not read
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None
    children: list[tuple[str, str, str, dict]] = field(default_factory=list)  # key, url, callback, meta


def request_key(request: Request) -> str:
    return canonical(request.meta.get("redirect_urls", [request.url])[0])


def callback_names(request: Request, spider) -> str | None:
    """``"parse fetch_failed"``: where the spider (or an object it holds) answers it; None if unnamed."""
    names = [_name(f, spider) for f in (request.callback or spider.parse, request.errback)]
    return None if None in names[:1] else " ".join(n for n in names if n)


def _name(function, spider) -> str | None:
    if function is None:
        return None
    owner, name = getattr(function, "__self__", None), getattr(function, "__name__", "")
    if owner is spider:
        return name
    holder = next((attr for attr, value in vars(spider).items() if value is owner), None)
    return f"{holder}.{name}" if holder else None


def resolve(spider, name: str):
    target = spider
    for part in name.split("."):  # a lazily made helper (``_links``) is reached by its property
        target = getattr(target, part) if hasattr(target, part) else getattr(target, part.lstrip("_"))
    return target


def json_meta(meta: dict) -> dict:
    """The meta a request was made with, as JSON (dates tagged); Scrapy's own keys left out."""
    out = {}
    for key, value in meta.items():
        if isinstance(value, datetime.date):
            out[key] = {"date": value.isoformat()}
        elif isinstance(value, (str, int, float, bool, type(None))) and not key.startswith(("download_slot", "_")):
            out[key] = value
    return out


def python_meta(meta: dict | None) -> dict:
    return {k: datetime.date.fromisoformat(v["date"]) if isinstance(v, dict) and "date" in v else v
            for k, v in (meta or {}).items()}


class _Watch:
    """What one response's output shows about its page."""

    def __init__(self, response: Response, spider):
        request = response.request
        self.spider, self.key = spider, request_key(request)
        self.done = PageDone(self.key, request.meta.get("redirect_urls", [request.url])[0],
                             callback_names(request, spider) or "parse", json_meta(request.meta),
                             response.status)
        if response.status not in SETTLED:
            self.done.etag = _header(response, b"ETag")
            self.done.last_modified = _header(response, b"Last-Modified")
            self.done.kind = "file" if request.callback and request.callback.__name__ == "parse_attachment" else "page"

    def see(self, output) -> None:
        done = self.done
        if isinstance(output, Request):
            names = callback_names(output, self.spider)
            if names:
                done.children.append((canonical(output.url), output.url, names, json_meta(output.meta)))
        elif isinstance(output, ArticleItem):
            done.kind = "article"
        elif isinstance(output, ListingItem) and output.page_url == self.key:
            done.kind = "column" if column_key(output.page_url) == output.column_url else "list"
        elif isinstance(output, ContentItem) and output.content.url == self.key:
            done.digest = hashlib.sha1(output.content.body.encode("utf-8")).hexdigest()


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1")[:200] if value else None


class FrontierMiddleware:
    """Spider middleware: a :class:`PageDone` after every response's output.

    A re-check answered 304 (unchanged) or 404/410 (gone) is not handed to
    the callback at all: there is no page to read.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _settled(self, response: Response) -> bool:
        return response.status in SETTLED and bool(response.meta.get(RECHECK))

    def process_spider_output(self, response, result):
        watch = _Watch(response, self.crawler.spider)
        for output in () if self._settled(response) else result:
            watch.see(output)
            yield output
        yield watch.done

    async def process_spider_output_async(self, response, result):
        watch = _Watch(response, self.crawler.spider)
        if not self._settled(response):
            async for output in result:
                watch.see(output)
                yield output
        yield watch.done
