"""Whether a link advertises gambling, porn or fraud: by its text, its title, its URL.

The link's text, title and image alt text are matched against the term
lists like page text. The URL's decoded host and path are matched too, and
against the pinyin spam domains are spelt with (the ``url_words`` of the
term lists: www.baijiale-vip.com), which only ever count in URLs.

Matching is the costly part, and almost no link on a portal is spam:
:class:`SpamSieve` rules out a whole page's links with one scan first.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import ahocorasick_rs

from crawler.parsing.page import element_text
from rules.normalize import _GAP, NormalText, fold
from rules.resources import load_toml
from rules.terms import TermHit, TermMatcher

SPAM_LISTS = ("gambling", "porn", "fraud")
_SHORT_ASCII = 5  # shorter ASCII terms must stand alone in a URL (av in /nav/ is not a hit)
_SEPARATORS = re.compile(rf"[{_GAP}\s]+")


@lru_cache(maxsize=1)
def url_words() -> tuple[str, ...]:
    """Pinyin of the spam lists' ``url_words``, in list order."""
    return tuple(word for name in SPAM_LISTS for word in load_toml("terms", f"{name}.toml").get("url_words", ()))


def link_texts(anchor) -> tuple[str, ...]:
    """What the link shows or says about itself: its text, title and images' alt text."""
    alts = (img.get("alt") or "" for img in anchor.iter("img"))
    return tuple(t for t in (element_text(anchor), anchor.get("title") or "", *alts) if t.strip())


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


def link_spam(matcher: TermMatcher, texts: tuple[str, ...], url: str) -> str:
    """Why the link looks like spam (网址含赌博类词语“…”), or an empty string."""
    for text in texts:
        hit = next(iter(matcher.find(text)), None)
        if hit is not None:
            return f"链接文字或标题含{hit.term.label}类词语“{hit.term.text}”"
    return url_spam(matcher, url)


class SpamSieve:
    """Which of many texts could hold spam, in one scan; the others certainly hold none.

    A term matcher reports a term only where its folded key occurs in the
    folded text with some separators dropped (必 威 体 育). With every
    separator and space dropped from text and keys alike, every such
    occurrence is still found, and a few more (the real check drops those).
    The ``url_words`` are keys too, so URLs can be sifted the same way.
    """

    def __init__(self, keys):
        keys = {_SEPARATORS.sub("", key) for key in keys}
        self.blind = "" in keys  # a key of separators only: the sieve cannot tell
        self.automaton = ahocorasick_rs.AhoCorasick(sorted(keys - {""}))

    def suspects(self, texts: list[str]) -> list[int]:
        """Indexes of ``texts`` that could hold spam (URLs as :func:`url_text` gives them).

        One scan of them all answers for a clean page; only on a hit is each text sifted alone."""
        if not self.could_hold("\x00".join(texts)):
            return []
        return [i for i, text in enumerate(texts) if self.could_hold(text)]

    def could_hold(self, text: str) -> bool:
        """False when no term can be found in ``text`` (lower-cased first, as URLs are)."""
        return self.blind or bool(self.automaton.find_matches_as_indexes(_SEPARATORS.sub("", fold(text.lower()))))


@lru_cache(maxsize=8)
def spam_sieve(matcher: TermMatcher) -> SpamSieve:
    """The sieve for ``matcher``'s terms and the lists' URL words."""
    return SpamSieve([NormalText(term.text).compact for term in matcher.own] + list(url_words()))
