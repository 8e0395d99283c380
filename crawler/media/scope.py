"""Where a letter box lives on the portal, so the portal spider leaves it to the media spider.

A box's list pages and letters sit in the folder of its first list page
(/hdjl/xzxx/index.html, index_1.html, /hdjl/xzxx/202406/t20240603_1.html):
that folder is excluded from the portal crawl, so letters never become posts.
A box at the site's root is only its own page: the whole site is no letter box.
"""
from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit, urlunsplit

from crawler.urls import canonical


def box_prefixes(urls: Iterable[str]) -> tuple[str, ...]:
    """The canonical URL prefixes of the boxes whose first list pages are ``urls``."""
    prefixes = []
    for url in urls:
        parts = urlsplit(canonical(url))
        folder = parts.path.rsplit("/", 1)[0] + "/"
        prefixes.append(canonical(url) if folder == "/" else urlunsplit((parts.scheme, parts.netloc, folder, "", "")))
    return tuple(dict.fromkeys(prefixes))

