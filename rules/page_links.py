"""The links a page makes, as the hidden-link rules read them: once per page, cheaply first.

Each hidden-link rule needs the page's anchors with their absolute URLs and
hosts, and its scripts, style blocks, meta tags and bodies. A portal page
has dozens of anchors, nearly all relative links to its own pages or plain
links to government sites, and spam in none; resolving each anchor in Python
(``urljoin``, ``urlsplit``, a tuple) cost more than all the rules' own work.
So :class:`PageLinks`, kept in ``page._cache`` for the three rules, walks
the tree once, reads each anchor's href, title and text once, and hands the
strings to a :class:`~rules.link_survey.LinkSurvey`, which tells for the
whole page at once which hosts it links and whether any link could carry
spam. Only a page that links a stranger's site or may carry spam gets its
anchors resolved one by one, exactly as ``urljoin`` and ``host_of`` say.
"""
from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from lxml import etree

from rules.hosts import host_of
from rules.link_survey import LinkSurvey

_TAGS = ("a", "script", "style", "meta", "body")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # as urlsplit finds one
# A relative link, joined to the page URL as written: no scheme, no host, nothing urlsplit would drop first.
_RELATIVE = re.compile(r"(?![A-Za-z][A-Za-z0-9+.-]*:|//|[\x00-\x20])[^\t\n\r]*")
# An absolute URL that urljoin returns unchanged: a plain host, and nothing urlparse would drop (an
# empty query or fragment, a ``;``).
_AS_JOINED = re.compile(r"https?://[A-Za-z0-9._-]+(?:[/?#][^;\t\n\r]*)?")


class PageLinks:
    """The page's scripts, style blocks, meta tags and bodies, its link survey, and (on demand) its anchors.

    An anchor is ``(element, href, url, host)`` for each ``<a>`` that leads
    to an http(s) URL, in document order: the href as written (stripped), the
    absolute URL ('' for a relative link until :meth:`url` joins it) and the
    host as :func:`host_of` gives it.
    """

    def __init__(self, root, base: str):
        self.root, self.base = root, base
        found = {tag: [] for tag in _TAGS}
        for element in root.iter(*_TAGS):  # one walk of the tree for all three rules
            found[element.tag].append(element)
        self.elements, self.scripts, self.styles, self.metas, self.bodies = (found[tag] for tag in _TAGS)
        self.script_texts = [script.text_content() for script in self.scripts]  # two rules read them
        self.survey = _survey(base, self.elements)
        self._strangers: dict = {}

    @cached_property
    def base_host(self) -> str:
        return host_of(self.base) if urlsplit(self.base).scheme in ("http", "https") else ""

    @classmethod
    def of(cls, page) -> "PageLinks":
        if "page_links" not in page._cache:
            page._cache["page_links"] = cls(page.root, page.url)
        return page._cache["page_links"]

    def hosts(self) -> set[str]:
        """The hosts the page's anchors lead to (read from the survey when it can tell)."""
        hosts = self.survey.hosts
        return hosts if hosts is not None else {anchor[3] for anchor in self.anchors}

    def strangers(self, hosts) -> set[str]:
        """The hosts linked that are neither the site's own nor safe by ``hosts`` (kept per ``hosts``)."""
        if hosts not in self._strangers:
            self._strangers[hosts] = {host for host in self.hosts() if not hosts.trusted_host(host)}
        return self._strangers[hosts]

    @cached_property
    def anchors(self) -> list[tuple]:
        """Every http(s) anchor, in document order."""
        found = map(self._anchor, self.elements, self.survey.hrefs)
        return [anchor for anchor in found if anchor is not None]

    @cached_property
    def absolute(self) -> list[tuple]:
        """The anchors written with a scheme or host of their own (a relative link is the page's own)."""
        return [anchor for anchor in self.anchors if anchor[2]]

    def url(self, anchor: tuple) -> str:
        return anchor[2] or urljoin(self.base, anchor[1])

    def spelt_url(self, anchor: tuple) -> str:
        """The anchor's URL, or for a relative one the page's directory (or origin) followed by the href.

        The spam sieve reads this instead of the joined URL: see :mod:`rules.link_survey`."""
        href = anchor[1]
        if anchor[2] or ".." in href:
            return self.url(anchor)
        if href.startswith("/"):
            return self.survey.origin + href
        return (self.base if not href or href[0] in "?#" else self.survey.base_dir) + href

    def _anchor(self, element, href: str) -> tuple | None:
        """The anchor as ``urljoin`` and ``host_of`` see it (None if not http(s)); a string test where one decides."""
        if relative(href):
            return (element, href, "", self.base_host) if self.base_host else None
        if _AS_JOINED.fullmatch(href) and not href.endswith(("?", "#")) and "?#" not in href:
            url = href  # what urljoin would return
        elif (scheme := _SCHEME.match(href)) and scheme.group().lower() not in ("http:", "https:"):
            return None
        else:
            url = urljoin(self.base, href)
            if urlsplit(url).scheme not in ("http", "https"):
                return None
        host = host_of(url)
        return (element, href, url, host) if host else None


def relative(href: str) -> bool:
    """True when ``href`` (stripped) is joined to the page URL as written: it leads to the page's own host."""
    return _RELATIVE.fullmatch(href) is not None


def _survey(base: str, anchors: list) -> LinkSurvey:
    """The survey of the anchors' hrefs and of everything they say (one read of each anchor)."""
    read = [((a.get("href") or "").strip(), a.get("title") or "", a.text or "", len(a)) for a in anchors]
    hrefs, titles, texts, children = zip(*read) if read else ((), (), (), ())
    # A link without children says its one text node and its title; the others are read whole.
    whole = [text for a, count in zip(anchors, children) if count for text in _whole_text(a)]
    return LinkSurvey(base, list(hrefs), "\x00".join((*texts, *titles, *whole)))


def _whole_text(anchor) -> tuple[str, ...]:
    """All the text of a link with children, and its images' alt texts (what link_texts reads, unfolded)."""
    text = etree.tostring(anchor, method="text", encoding="unicode", with_tail=False)
    return text, *(img.get("alt") or "" for img in anchor.iter("img"))
