"""A page's links read as plain strings, whole lists at a time: which hosts, and could any carry spam.

Taking every anchor apart in Python (element, href, join, host) costs tens
of microseconds a page; XPath hands over all hrefs, all link texts, titles
and alt texts as string lists, and a few regular expressions over the
joined hrefs answer for all of them at once:

* the hosts linked: ``http(s)://host…`` gives its host as written; a
  relative link leads to the page's own host. An href that is neither, nor
  another scheme (``javascript:``), is unusual (``//host``, tabs,
  ``http:path``): the survey then cannot tell, and the anchors are resolved.
* whether a URL could hold spam: a relative link's joined path is the
  page's directory (or origin) plus its own segments, dot segments dropped;
  with separators (``/``, ``.``) ignored, as the sieve does, that reads as
  the directory followed by the href as written. So the sieve reads every
  href behind the directory and behind the origin, and the joined URL of
  each href with ``..``.
* whether a text could: all text inside anchors, titles and alt texts.
"""
from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

_HREFS = etree.XPath("//a/@href", smart_strings=False)
# All text inside links run together (EXSLT str:concat, in C: a link's text nodes stay side by side),
# and their titles and images' alt texts run together.
_EXSLT = {"str": "http://exslt.org/strings"}
_TEXTS = etree.XPath("str:concat(//a//text())", namespaces=_EXSLT)
_TITLES = etree.XPath("str:concat(//a/@title | //a//img/@alt)", namespaces=_EXSLT)
# One stripped href per line: the host of ``http(s)://plain-host…`` as urlsplit gives it, or '' where
# a line starts with a host no string test tells (``//host``, ``http:`` without a plain host).
_HOST = re.compile(r"^(?:(?i:https?)://([A-Za-z0-9._-]+)(?=[/?#]|$)|(?i:https?):|//)", re.M)
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # urlsplit drops tabs and newlines: they can make a host
_DOTTED = re.compile(r"^.*\.\..*$", re.M)


class LinkSurvey:
    """The hrefs and link texts of one page as strings, and what they tell without the anchors."""

    def __init__(self, root, base: str):
        self.root, self.base = root, base
        self.hrefs = [href.strip() for href in _HREFS(root)]
        self.lines = "\n".join(self.hrefs)
        self._sifted: dict = {}

    @cached_property
    def hosts(self) -> set[str] | None:
        """Hosts of the hrefs written with one (a relative link's is the page's own); None if unusual.

        Unusual: an href with a control character, one starting ``//`` (a host
        of its own), or an ``http:`` one without a plain host after ``//``."""
        hosts = set(_HOST.findall(self.lines))
        if "" in hosts or self.lines.count("\n") != max(len(self.hrefs) - 1, 0) or _CONTROL.search(self.lines):
            return None
        return {_host(netloc) for netloc in hosts} - {""}

    def texts_may_hold_spam(self, sieve) -> bool:
        """Whether ``sieve`` finds possible spam in any link text, title or alt text (kept per sieve)."""
        if ("texts", sieve) not in self._sifted:
            self._sifted["texts", sieve] = sieve.could_hold(self._said())
        return self._sifted["texts", sieve]

    def urls_may_hold_spam(self, sieve) -> bool:
        """Whether ``sieve`` finds possible spam in any link's URL (kept per sieve)."""
        if ("urls", sieve) not in self._sifted:
            self._sifted["urls", sieve] = sieve.could_hold(unquote(self._spelt()))
        return self._sifted["urls", sieve]

    def _said(self) -> str:
        return f"{_TEXTS(self.root)}\x00{_TITLES(self.root)}"

    @cached_property
    def origin(self) -> str:
        parts = urlsplit(self.base)
        return f"{parts.scheme}://{parts.netloc}"

    @cached_property
    def base_dir(self) -> str:
        """The page URL up to its path's last ``/``: where a relative path starts from."""
        path = urlsplit(self.base).path
        return self.origin + path[:path.rfind("/") + 1]

    def _spelt(self) -> str:
        dotted = (urljoin(self.base, href) for href in (_DOTTED.findall(self.lines) if ".." in self.lines else ()))
        behind = (prefix.join(["", *self.hrefs]) for prefix in (self.origin, self.base_dir))
        return "\x00".join((self.base, *behind, *dotted))


def _host(netloc: str) -> str:
    """host_of for a plain netloc: lower case, no trailing dot, no ``www.``."""
    host = netloc.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host
