"""The links a page makes, read in one walk of its tree and shared by the hidden-link rules.

Each hidden-link rule needs the page's anchors with their absolute URLs and
hosts, and its scripts, style blocks, meta tags and bodies. Walking the tree
once per rule and joining every href to the page URL cost more than all the
rules' own work: a portal page has dozens of anchors, nearly all relative
links to its own pages. So :class:`PageLinks` walks the tree once per page
(kept in ``page._cache``); an anchor with a scheme or a host of its own is
resolved at once (a plain ``http://host/path`` by hand), a relative one only
when a rule needs its URL — its host is the page's own anyway.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from rules.hosts import host_of

_TAGS = ("a", "script", "style", "meta", "body")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # as urlsplit finds one
# An absolute URL that urljoin returns unchanged: a plain host, and nothing urlparse would drop (an
# empty query or fragment, a ``;``).
_AS_JOINED = re.compile(r"https?://[A-Za-z0-9._-]+(?:[/?#][^;]*)?")


class Anchor(NamedTuple):
    element: object  # the <a>
    href: str  # as written, stripped
    url: str  # absolute; "" for a relative link until PageLinks.url joins it
    host: str  # as host_of gives it; the page's own for a relative link


class PageLinks:
    """The page's http(s) anchors (document order), scripts, style blocks, meta tags and bodies."""

    def __init__(self, root, base: str):
        self.base = base
        self.base_host = host_of(base) if urlsplit(base).scheme in ("http", "https") else ""
        self.anchors: list[Anchor] = []
        found = {tag: [] for tag in _TAGS}
        for element in root.iter(*_TAGS):
            found[element.tag].append(element)
        self.scripts, self.styles, self.metas, self.bodies = (found[t] for t in _TAGS[1:])
        for element in found["a"]:
            href = (element.get("href") or "").strip()
            resolved = self._resolve(href)
            if resolved:
                self.anchors.append(Anchor(element, href, *resolved))

    @classmethod
    def of(cls, page) -> "PageLinks":
        if "page_links" not in page._cache:
            page._cache["page_links"] = cls(page.root, page.url)
        return page._cache["page_links"]

    def url(self, anchor: Anchor) -> str:
        return anchor.url or urljoin(self.base, anchor.href)

    def _resolve(self, href: str) -> tuple[str, str] | None:
        """(URL, host) of an http(s) link, URL '' when relative; None for other schemes and hostless URLs.

        Exactly what ``urljoin`` and ``host_of`` say; a string test decides the common cases."""
        if href.isprintable() and not href.startswith("//"):  # urlsplit drops tabs and newlines
            scheme = _SCHEME.match(href) if ":" in href else None
            if scheme is None:
                return ("", self.base_host) if self.base_host else None
            if _AS_JOINED.fullmatch(href) and not href.endswith(("?", "#")) and "?#" not in href:
                host = host_of(href)
                return (href, host) if host else None
            if scheme.group().lower() not in ("http:", "https:"):
                return None
        url = urljoin(self.base, href)
        host = host_of(url)
        return (url, host) if host and urlsplit(url).scheme in ("http", "https") else None
