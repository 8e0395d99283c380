"""hidden_link.spam-link — links that lead to gambling, porn or fraud sites.

A hacked portal links out to the attacker's sites, visibly or not; the
link's text (必威体育官网), its title or image alt text, or the target URL
itself (www.bet365-xxx.com, a path with 澳门新葡京) names the business.
Catches ``<a href>`` to an external host (not sharing a registered domain
with the site's own hosts) whose text, title, image alt text or decoded
host and path carry a term of the gambling, porn or fraud lists. Short
ASCII terms must stand alone in a URL (av in /nav/ is not a hit).

Deliberately not: links to the site's own pages (the spam text checks
already cover the page's own text); the text of links to government and
state-media sites (``safe_suffixes``, ``safe_hosts``: a news headline about
a gambling case), whose URLs alone are checked; nor link text that warns
against the term (举报网络赌博 → 12377.cn), which the term lists'
``unless_warning`` handling leaves out.
Compliant: no link leads to a site advertising gambling, porn or fraud.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator
from urllib.parse import unquote

from rules.base import Finding, option_field
from rules.hosts import SAFE_HOSTS, SAFE_SUFFIXES, Hosts
from rules.link_spam import LinkSpamRule, link_texts, page_link_spam, shown_text
from rules.page import PageContent
from rules.page_links import PageLinks


class HiddenLinkSpamRule(LinkSpamRule):
    id = "hidden_link.spam-link"
    name = "链接指向赌博色情等网站"
    category = "hidden_link"
    severity = "veto"

    @dataclass(frozen=True)
    class Options:
        safe_suffixes: tuple[str, ...] = option_field(SAFE_SUFFIXES, "host suffixes whose link text is not checked")
        safe_hosts: tuple[str, ...] = option_field(SAFE_HOSTS, "hosts (with subdomains) whose link text is not checked")

    def check(self, page: PageContent) -> Iterator[Finding]:
        if page.root is None:
            return
        hosts, links = Hosts.of(page, self.context, self.options), PageLinks.of(page)
        if not links.strangers(hosts) and not links.survey.urls_may_hold_spam(self.sieve):
            return  # every outside link is a safe site's, and no URL can hold spam
        for (element, _, url, _), texts in self._suspects(links, hosts):
            spam = page_link_spam(page, self.matcher, texts, url)
            if spam:
                detail = f"链接指向外部网站（链接文字“{shown_text(element)}”），{spam}"
                yield self.finding(page, "link", url, 0, len(url), detail)

    def _suspects(self, links: PageLinks, hosts: Hosts) -> list[tuple]:
        """(anchor, texts to read) of the links to other sites that the sieve does not clear.

        A safe site's link is judged by its URL alone."""
        outside = [anchor for anchor in links.absolute if not hosts.own_host(anchor[3])]
        texts = [() if hosts.safe_host(host) else link_texts(element) for element, _, _, host in outside]
        words = ["\x00".join((*said, unquote(anchor[2]))) for anchor, said in zip(outside, texts)]
        return [(outside[i], texts[i]) for i in self.sieve.suspects(words)]
