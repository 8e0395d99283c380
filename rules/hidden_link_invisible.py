"""hidden_link.invisible — links to outside sites that visitors cannot see (暗链).

Attackers who get write access to a portal inject links to their gambling or
porn sites for search engines to follow, and hide them from visitors so the
site's staff do not notice: a footer ``<div style="position:absolute;
top:-999px">``, a ``.gg{display:none}`` class, white text on white, font
size 0, a one-pixel ``<marquee>``. The national inspection treats any 暗链 as
a single veto.

Catches ``<a href>`` to an external host (not sharing a registered domain
with the site's own hosts) when the element or an ancestor has the
``hidden`` attribute, or the page's own CSS (``style`` attributes and
``<style>`` blocks, simple selectors) gives it display:none,
visibility:hidden, opacity:0, font-size ≤ 1px, width/height ≤ 1px with
overflow:hidden, an off-screen position or text-indent (``offscreen_px``),
an empty clip / clip-path, or a text colour equal to its background; and
links inside a ``<marquee>`` one pixel high or wide, a ``<noscript>`` or a
``<template>``. Markup an inline script writes with ``document.write`` is
read too (with the page's ``<style>`` rules): injected scripts often write
the hidden block.

Deliberately not: hidden links to the site's own pages (skip links, dropdown
menus, collapsed columns), nor to government and state-media sites
(``safe_suffixes``, ``safe_hosts``) which portals hide in tab panels and
友情链接 lists all the time — unless the link's URL, or its text, carries
gambling, porn or fraud terms, which makes any hidden link a finding. A
text that also carries a warning word (警方破获“必威体育”赌博案, a news
headline in an inactive tab) does not count for such links.
Styles from external stylesheets, and styles scripts set at run time, are
not evaluated.
Compliant: every link to an outside site is visible.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator
from urllib.parse import unquote

import lxml.html

from rules.base import Finding, option_field
from rules.hidden_style import PageStyles
from rules.hosts import SAFE_HOSTS, SAFE_SUFFIXES, Hosts
from rules.link_spam import LinkSpamRule, link_texts, link_words, page_link_spam, shown_text
from rules.page import PageContent
from rules.page_links import PageLinks
from rules.script_text import written_markup
from rules.spam_sieve import SpamSieve
from rules.terms import warning_pattern


class HiddenLinkInvisibleRule(LinkSpamRule):
    id = "hidden_link.invisible"
    name = "隐藏链接（暗链）"
    category = "hidden_link"
    severity = "veto"

    @dataclass(frozen=True)
    class Options:
        safe_suffixes: tuple[str, ...] = option_field(SAFE_SUFFIXES, "host suffixes whose hidden links are normal")
        safe_hosts: tuple[str, ...] = option_field(SAFE_HOSTS, "hosts (and subdomains) whose hidden links are normal")
        offscreen_px: int = option_field(500, "an element placed this many pixels off screen is hidden")

    def check(self, page: PageContent) -> Iterator[Finding]:
        if page.root is None:
            return
        hosts = Hosts.of(page, self.context, self.options)
        for links, anchor, why in self._hidden_anchors(page, hosts):
            url, trusted = links.url(anchor), hosts.trusted_host(anchor[3])
            spam = self._spam(page, anchor[0], url, trusted)
            if spam or not trusted:
                detail = f"隐藏链接（{why}），链接文字“{shown_text(anchor[0])}”" + (f"，{spam}" if spam else "")
                yield self.finding(page, "link", url, 0, len(url), detail)

    def _hidden_anchors(self, page: PageContent, hosts: Hosts) -> Iterator[tuple]:
        """(links, anchor, why hidden) of the page's hidden suspects, then of those its scripts write."""
        links = PageLinks.of(page)
        styles = PageStyles(page.root, self.options.offscreen_px)  # reads nothing until asked
        yield from self._hidden_in(links, styles, hosts, lambda: "")
        for script, root in _written(page.root, links):
            written, inner = PageStyles(root, self.options.offscreen_px), PageLinks(root, page.url)
            yield from self._hidden_in(inner, written, hosts, lambda: styles.hidden_why(script), "脚本写入，")

    def _hidden_in(self, links: PageLinks, styles: PageStyles, hosts: Hosts, outer, label: str = "") -> Iterator[tuple]:
        """The suspects of ``links`` that ``styles`` (or, failing that, ``outer()``: a writing script's box) hide."""
        for anchor in _suspects(links, hosts, self.sieve):
            why = styles.hidden_why(anchor[0]) or outer()
            if why:
                yield links, anchor, label + why

    def _spam(self, page: PageContent, anchor, url: str, trusted: bool) -> str:
        """Spam terms of a hidden link; for own and safe hosts a text that warns does not count."""
        texts = tuple(t for t in link_texts(anchor) if not (trusted and warning_pattern().search(t)))
        return page_link_spam(page, self.matcher, texts, url)


def _suspects(links: PageLinks, hosts: Hosts, sieve: SpamSieve) -> list[tuple]:
    """The anchors that are reported if hidden: links to strangers, and any link that may carry spam.

    Whether a link is hidden is the costly question; a portal's links are
    nearly all its own or the government's, and spam in none of them, which
    the link survey shows without looking at the anchors one by one."""
    strangers = links.strangers(hosts)
    texts, urls = links.survey.texts_may_hold_spam(sieve), links.survey.urls_may_hold_spam(sieve)
    if not (strangers or texts or urls):
        return []
    maybe = _may_carry_spam(links, sieve, texts, urls)
    return [anchor for i, anchor in enumerate(links.anchors) if i in maybe or anchor[3] in strangers]


def _may_carry_spam(links: PageLinks, sieve: SpamSieve, texts: bool, urls: bool) -> set[int]:
    """Indexes of the anchors whose texts (when ``texts``) or URL (when ``urls``) the sieve does not clear."""
    maybe = set()
    if texts:
        maybe.update(sieve.suspects(link_words([anchor[0] for anchor in links.anchors])))
    if urls:
        maybe.update(sieve.suspects([unquote(links.spelt_url(anchor)) for anchor in links.anchors]))
    return maybe


def _written(root, links: PageLinks) -> Iterator[tuple]:
    """(script, document) for each link-writing ``document.write``, parsed with the page's ``<style>`` blocks."""
    scripts = [(s, code) for s, code in zip(links.scripts, links.script_texts) if "document.write" in code]
    sheets = "".join(f"<style>{style.text_content()}</style>" for style in links.styles) if scripts else ""
    for script, code in scripts:
        for markup in written_markup(code):
            yield script, lxml.html.document_fromstring(f"<html><head>{sheets}</head><body>{markup}</body></html>")
