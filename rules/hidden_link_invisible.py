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

import re
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import unquote

import lxml.html

from rules.base import Finding, Rule, option_field
from rules.hidden_style import (SAFE_HOSTS, SAFE_SUFFIXES, SPAM_LISTS, Hosts, PageStyles, anchors, js_unescape,
                                link_spam, link_texts, shown_text)
from rules.page import PageContent
from rules.terms import term_matcher, warning_pattern

_WRITE = re.compile(r"document\.write(?:ln)?\s*\(")
_STRING = re.compile(r"""(["'])((?:\\.|(?!\1)[^\\\n])*)\1?""")


class HiddenLinkInvisibleRule(Rule):
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
        for anchor, url, why in self._hidden_anchors(page):
            spam = self._spam(anchor, url, hosts)
            if spam or not hosts.trusted(url):
                detail = f"隐藏链接（{why}），链接文字“{shown_text(anchor)}”" + (f"，{spam}" if spam else "")
                yield self.finding(page, "link", url, 0, len(url), detail)

    def _hidden_anchors(self, page: PageContent) -> Iterator[tuple]:
        """(anchor, URL, why hidden) of the page's hidden links, then of those its scripts write."""
        styles = PageStyles(page.root, self.options.offscreen_px)
        for anchor, url in anchors(page.root, page.url):
            why = styles.hidden_why(anchor)
            if why:
                yield anchor, url, why
        for script, root in _written(page):
            written = PageStyles(root, self.options.offscreen_px)
            for anchor, url in anchors(root, page.url):
                why = written.hidden_why(anchor) or styles.hidden_why(script)
                if why:
                    yield anchor, url, f"脚本写入，{why}"

    def _spam(self, anchor, url: str, hosts: Hosts) -> str:
        """Spam terms of a hidden link; for own and safe hosts a text that warns does not count."""
        trusted = hosts.trusted(url)
        texts = tuple(t for t in link_texts(anchor) if not (trusted and warning_pattern().search(t)))
        return link_spam(term_matcher(SPAM_LISTS, self.context), texts, url)


def _written(page: PageContent) -> Iterator[tuple]:
    """(script, document) for each link-writing ``document.write``, parsed with the page's ``<style>`` blocks."""
    sheets = "".join(f"<style>{style.text_content()}</style>" for style in page.root.iter("style"))
    for script in page.root.iter("script"):
        for markup in _written_markup(script.text_content()):
            yield script, lxml.html.document_fromstring(f"<html><head>{sheets}</head><body>{markup}</body></html>")


def _written_markup(code: str) -> Iterator[str]:
    """The markup of each ``document.write(…)`` in ``code`` that writes a link, from its string literals."""
    for call in _WRITE.finditer(code):
        parts, depth, index = [], 1, call.end()
        while depth and index < len(code):
            string = _STRING.match(code, index)
            if string:
                parts.append(string.group(2))
                index = string.end()
                continue
            depth += {"(": 1, ")": -1}.get(code[index], 0)
            index += 1
        markup = js_unescape("".join(parts))
        markup = unquote(markup) if "%3c" in markup.lower() else markup
        if "<a" in markup.lower():
            yield markup
