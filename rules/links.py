"""The links of a page as rules see them: absolute URL and shown text."""
from __future__ import annotations

from urllib.parse import urljoin

from crawler.parsing.page import element_text
from crawler.urls import is_file
from rules.page import Link


def page_links(parsed) -> tuple[tuple[Link, ...], tuple[Link, ...]]:
    """(ordinary links, attachment links) of a parsed page, in document order."""
    links: list[Link] = []
    files: list[Link] = []
    for anchor in parsed.root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        link = Link(urljoin(parsed.url, href), element_text(anchor) or (anchor.get("title") or ""))
        (files if is_file(link.url) else links).append(link)
    return tuple(links), tuple(files)
