"""An account's dated HTML list (a 微信公众号 column mirrored on the portal, a 头条号 page …).

Found as the portal's own columns are (crawler.parsing.listing: the dated
links of any CMS template), with its further pages from its pager
(crawler.parsing.pagination). Letter boxes' list pages are read the same way.
"""
from __future__ import annotations

from urllib.parse import urljoin

from crawler.media.records import Article, SourceError, SourceRead
from crawler.parsing.listing import extract_listing
from crawler.parsing.page import ParsedPage
from crawler.parsing.pagination import page_links
from crawler.urls import canonical


def read_list_page(url: str, html: str) -> SourceRead:
    """The page's dated links as articles, and the list's other pages it links."""
    page = ParsedPage.from_html(url, html)
    listing = extract_listing(page, lambda href: canonical(urljoin(url, href)))
    if listing is None:
        raise SourceError("列表页上没有找到带日期的列表")
    articles = tuple(Article(e.url, e.title, e.list_date) for e in listing.entries if e.list_date)
    pages = tuple(canonical(p) for p in page_links(page, lambda href: urljoin(url, href)))
    return SourceRead(articles, skipped=len(listing.entries) - len(articles), pages=pages)
