"""Whether a link advertises gambling, porn or fraud: by its text, its title, its URL.

The link's text, title and image alt text are matched against the term
lists like page text. The URL's decoded host and path are matched too, and
against the pinyin spam domains are spelt with (the ``url_words`` of the
term lists: www.baijiale-vip.com), which only ever count in URLs.

Matching is the costly part, and almost no link on a portal is spam: the
rules sift a page's links first (:mod:`rules.spam_sieve`).
"""
from __future__ import annotations

from functools import cached_property, lru_cache
from urllib.parse import unquote, urlsplit

from crawler.parsing.page import element_text
from rules.base import Rule
from rules.normalize import NormalText
from rules.resources import load_toml
from rules.spam_sieve import SpamSieve
from rules.terms import TermHit, TermMatcher, term_matcher

SPAM_LISTS = ("gambling", "porn", "fraud")
_SHORT_ASCII = 5  # shorter ASCII terms must stand alone in a URL (av in /nav/ is not a hit)


class LinkSpamRule(Rule):
    """A rule that reads links for the spam lists' terms: their matcher and sieve, found once per rule."""

    @cached_property
    def matcher(self) -> TermMatcher:
        return term_matcher(SPAM_LISTS, self.context)

    @cached_property
    def sieve(self) -> SpamSieve:
        return spam_sieve(self.matcher)


@lru_cache(maxsize=8)
def spam_sieve(matcher: TermMatcher) -> SpamSieve:
    """The sieve for ``matcher``'s terms and the term lists' URL words."""
    return SpamSieve([NormalText(term.text).compact for term in matcher.own] + list(url_words()))


@lru_cache(maxsize=1)
def url_words() -> tuple[str, ...]:
    """Pinyin of the spam lists' ``url_words``, in list order."""
    return tuple(word for name in SPAM_LISTS for word in load_toml("terms", f"{name}.toml").get("url_words", ()))


def link_texts(anchor) -> tuple[str, ...]:
    """What the link shows or says about itself: its text, title and images' alt text."""
    alts = (img.get("alt") or "" for img in anchor.iter("img"))
    return tuple(t for t in (element_text(anchor), anchor.get("title") or "", *alts) if t.strip())


def link_words(anchors) -> list[str]:
    """The :func:`link_texts` of each anchor as one string, read cheaply for the spam sieve.

    A link without children has only its text node and its title to say."""
    return [f"{a.text or ''}\x00{a.get('title') or ''}" if not len(a) else "\x00".join(link_texts(a)) for a in anchors]


def shown_text(anchor) -> str:
    return next(iter(link_texts(anchor)), "")


def url_text(url: str) -> str:
    """The part of a URL spam is read from: host and path, decoded, lower-case."""
    parts = urlsplit(url)
    return unquote(parts.netloc + parts.path).lower()


def url_spam(matcher: TermMatcher, url: str) -> str:
    """Why the URL's decoded host and path look like spam, or an empty string."""
    text = url_text(url)
    hit = next((hit for hit in matcher.find(text) if _standalone(text, hit)), None)
    if hit is not None:
        return f"网址含{hit.term.label}类词语“{hit.term.text}”"
    word = next((word for word in url_words() if word in text), None)
    return f"网址含赌博色情网站常用拼音“{word}”" if word else ""


def _standalone(text: str, hit: TermHit) -> bool:
    if not hit.term.text.isascii() or len(hit.term.text) >= _SHORT_ASCII:
        return True
    before = text[hit.start - 1] if hit.start else ""
    return not any("a" <= char <= "z" for char in before + text[hit.end:hit.end + 1])


def page_link_spam(page, matcher: TermMatcher, texts: tuple[str, ...], url: str) -> str:
    """:func:`link_spam`, kept on the page: two rules ask it of the same hidden link to a stranger's site."""
    known = page._cache.setdefault("link_spam", {})
    key = (matcher, texts, url)
    if key not in known:
        known[key] = link_spam(matcher, texts, url)
    return known[key]


def link_spam(matcher: TermMatcher, texts: tuple[str, ...], url: str) -> str:
    """Why the link looks like spam (网址含赌博类词语“…”), or an empty string."""
    for text in texts:
        hit = next(iter(matcher.find(text)), None)
        if hit is not None:
            return f"链接文字或标题含{hit.term.label}类词语“{hit.term.text}”"
    return url_spam(matcher, url)
