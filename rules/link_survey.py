"""What a page's hrefs and link texts tell as plain strings, read for the whole page at once.

A few regular expressions over all the hrefs joined, and one sifting of all
link texts and one of all URLs (:mod:`rules.spam_sieve`), answer for every
link of a page without resolving any:

* the hosts linked: ``http(s)://host…`` gives its host as written; a
  relative link leads to the page's own host, another scheme nowhere. An
  href starting ``//``, an ``http:`` one without a plain host, or one with
  a control character (urlsplit drops tabs and newlines) is unusual: the
  survey cannot tell, and the anchors are resolved one by one.
* whether a URL could hold spam: a relative link's joined path is the
  page's directory (or origin) plus its own segments, dot segments dropped;
  with separators (``/``, ``.``) ignored, as the sieve reads, that is the
  directory followed by the href as written. So the sieve reads the page
  URL and every href, and what a term begun at the end of the directory or
  origin would need an href to start with; an href with ``..`` is joined.
* whether a text could: every link's text, title and alt texts.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

# After a newline, a stripped href: the host of ``http(s)://plain-host…`` as urlsplit gives it, or ''
# where the href starts with a host no string test tells (``//host``, ``http:`` without a plain host).
# (Searching from a literal newline skips straight from one href to the next.)
_HOST = re.compile(r"\n(?:(?i:https?)://([A-Za-z0-9._-]+)(?=[/?#\n]|\Z)|(?i:https?):|//)")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # urlsplit drops tabs and newlines: they can make a host
_DOTTED = re.compile(r"^.*\.\..*$", re.M)
_PLAIN_URL = re.compile(r"(https?://[^/?#\s]*)([^?#\s]*)(?:[?#]\S*)?")


class LinkSurvey:
    """What a page's hrefs and link texts tell without resolving its anchors."""

    def __init__(self, base: str, hrefs: list[str], said: str):
        self.base, self.hrefs, self.said = base, hrefs, said  # said: all link texts, titles, alt texts
        self.lines = "\n".join(hrefs)
        plain = _PLAIN_URL.fullmatch(base)  # what urlsplit would say, found faster
        self.origin, path = plain.group(1, 2) if plain else _split(base)
        self.base_dir = self.origin + path[:path.rfind("/") + 1]  # where a relative path starts from
        self.hosts = self._hosts()
        self._sifted: dict = {}

    def _hosts(self) -> set[str] | None:
        """Hosts of the hrefs written with one (a relative link's is the page's own); None if unusual."""
        if self.lines.count("\n") != max(len(self.hrefs) - 1, 0) or _CONTROL.search(self.lines):
            return None
        hosts = set(_HOST.findall("\n" + self.lines))
        if "" in hosts:
            return None
        return {_host(netloc) for netloc in hosts} - {""}

    def texts_may_hold_spam(self, sieve) -> bool:
        """Whether ``sieve`` finds possible spam in any link text, title or alt text (kept per sieve)."""
        if ("texts", sieve) not in self._sifted:
            self._sifted["texts", sieve] = sieve.could_hold(self.said)
        return self._sifted["texts", sieve]

    def urls_may_hold_spam(self, sieve) -> bool:
        """Whether ``sieve`` finds possible spam in any link's URL (kept per sieve)."""
        if ("urls", sieve) not in self._sifted:
            dotted = [urljoin(self.base, href) for href in (_DOTTED.findall(self.lines) if ".." in self.lines else ())]
            urls = unquote("\x00".join((self.base, *self.hrefs, *dotted)))
            self._sifted["urls", sieve] = sieve.could_hold_behind((unquote(self.origin), unquote(self.base_dir)), urls)
        return self._sifted["urls", sieve]



@lru_cache(maxsize=4096)
def _host(netloc: str) -> str:
    """host_of for a plain netloc: lower case, no trailing dot, no ``www.``."""
    host = netloc.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _split(url: str) -> tuple[str, str]:
    """(origin, path) of ``url`` as urlsplit reads them."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path
