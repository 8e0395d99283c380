"""hidden_link.redirect — the page sends its visitors to an outside site.

Besides hidden links, hacked portals hijack the visit itself: a ``<meta
http-equiv="refresh">`` to a gambling domain, an inline script setting
``location.href`` or calling ``location.replace`` / ``window.open``, or the
favourite trick that redirects only visitors arriving from a search engine
(``document.referrer`` checked for baidu, sogou, so.com, sm.cn …) so the
staff, who type the address, never see it.

Catches, in meta refresh and inline scripts (``\\x``/``\\u`` escapes
decoded), literal redirect targets on an external host that is neither a
government nor a state-media site (``safe_suffixes``, ``safe_hosts``);
any redirect whose URL carries gambling, porn or fraud terms; every outside
URL of a script that sniffs the referrer for search engines and then moves
or writes the page; and scripts loaded (``<script src>``, ``.src=``,
``document.write``) from URLs carrying those terms.

Deliberately not: redirects within the site — hosts sharing the registered
domain of an own host count as own (the 移动版 m.dingnan.gov.cn of
www.dingnan.gov.cn); redirects inside a named function the page's scripts
never call or inside a click / change handler (a button's action, not an
automatic redirect); ordinary outside scripts (hm.baidu.com, cnzz, jQuery
CDNs) whose URL carries no spam term; commented-out code; targets built
at run time (obfuscated or packed code) that no literal shows.
Compliant: the page keeps its visitors on the site unless they click away.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator
from urllib.parse import unquote, urljoin

from rules.base import Finding, option_field
from rules.hosts import SAFE_HOSTS, SAFE_SUFFIXES, Hosts, host_of
from rules.link_spam import LinkSpamRule, url_spam
from rules.page import PageContent
from rules.page_links import PageLinks, relative
from rules.script_text import may_act, page_code, prepared, runs_unprompted

_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"\s;]+)", re.I)
_REDIRECT = re.compile(r"""(?:\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:replace|assign)\s*\(|\bwindow\.open\s*\()"""
                       r"""\s*(['"])(?P<url>[^'"]*)\1""")
_LOADED = re.compile(r"""\bsrc\s*=\s*\\?['"]?(?P<url>(?:https?:)?//[^'"\s<>\\]+)""", re.I)
_LITERAL_URL = re.compile(r"""https?://[^\s'"<>()\\]+""")
_ACTION = re.compile(r"location|window\.open|document\.write|createElement")
_ENGINES = ("baidu", "sogou", "so.com", "sm.cn", "360", "google", "bing", "soso", "youdao", "yahoo", "toutiao")


@dataclass(frozen=True)
class Target:
    url: str
    how: str  # how the page sends the visitor there, for the finding's detail
    kind: str  # redirect | sniff (search-engine visitors only) | loader (external code)


class HiddenLinkRedirectRule(LinkSpamRule):
    id = "hidden_link.redirect"
    name = "跳转至外部网站"
    category = "hidden_link"
    severity = "veto"

    @dataclass(frozen=True)
    class Options:
        safe_suffixes: tuple[str, ...] = option_field(SAFE_SUFFIXES, "host suffixes visitors may be sent to")
        safe_hosts: tuple[str, ...] = option_field(SAFE_HOSTS, "hosts (and subdomains) visitors may be sent to")
        search_engines: tuple[str, ...] = option_field(_ENGINES, "names a referrer-sniffing script looks for")

    def check(self, page: PageContent) -> Iterator[Finding]:
        if page.root is None:
            return
        links = PageLinks.of(page)
        targets = [*_meta_targets(page.url, links), *self._script_targets(page.url, links)]
        if targets:  # most pages send nobody anywhere and load only their own scripts
            yield from self._findings(page, targets)

    def _findings(self, page: PageContent, targets: list[Target]) -> Iterator[Finding]:
        """The targets on other sites worth reporting; the spam terms are looked up only in sifted URLs."""
        hosts, sieve = Hosts.of(page, self.context, self.options), self.sieve
        for target in targets:
            host = host_of(target.url)
            if not host or hosts.own_host(host):
                continue
            spam = url_spam(self.matcher, target.url) if sieve.could_hold(unquote(target.url)) else ""
            if _reported(target, hosts, spam):
                detail = target.how + (f"，{spam}" if spam else "")
                yield self.finding(page, "link", target.url, 0, len(target.url), detail)

    def _script_targets(self, base: str, links: PageLinks) -> Iterator[Target]:
        """Outside scripts loaded, and what inline code that can redirect or load points to."""
        inline = [code for script, code in zip(links.scripts, links.script_texts) if not script.get("src")]
        calls = page_code(inline, [body.get("onload") or "" for body in links.bodies])
        for src in (script.get("src").strip() for script in links.scripts if script.get("src")):
            if not relative(src):  # a script of the page's own host is never reported
                yield Target(urljoin(base, src), "引用外部网站的脚本", "loader")
        for code in filter(may_act, inline):
            yield from _code_targets(base, prepared(code), calls, _engines(self.options.search_engines))


@lru_cache(maxsize=8)
def _engines(names: tuple[str, ...]) -> re.Pattern:
    """Any of the search engines' names, as a whole word."""
    return re.compile("|".join(rf"\b{re.escape(name)}\b" for name in names))


def _reported(target: Target, hosts: Hosts, spam: str) -> bool:
    """An outside script only for a spam URL; a redirect unless to a safe site; a sniffing redirect always."""
    if target.kind == "loader":
        return bool(spam)
    return target.kind == "sniff" or bool(spam) or not hosts.is_safe(target.url)


def _meta_targets(base: str, links: PageLinks) -> Iterator[Target]:
    """Where ``<meta http-equiv="refresh">`` sends the visitor, unless to the page's own host."""
    for meta in links.metas:
        if meta.get("http-equiv") and meta.get("http-equiv").strip().lower() == "refresh":
            match = _REFRESH.search(meta.get("content") or "")
            if match and not relative(match.group(1)):
                yield Target(urljoin(base, match.group(1)), "页面自动跳转（meta refresh）到外部网站", "redirect")


def _code_targets(base: str, code: str, calls, engines: re.Pattern) -> Iterator[Target]:
    """Redirects of one inline script; every outside URL of one that sniffs for search engines."""
    if "referrer" in code and engines.search(code) and _ACTION.search(code):
        how = "脚本检查来源（document.referrer），把从搜索引擎进入的访问者跳转到外部网站"
        for url in _LITERAL_URL.findall(code):
            if not engines.search(host_of(url)):
                yield Target(url, how, "sniff")
        return
    for match in _REDIRECT.finditer(code):  # a relative target is the page's own: never reported
        if not relative(match.group("url")) and runs_unprompted(code, match.start(), calls):
            yield Target(urljoin(base, match.group("url")), "脚本自动将访问者跳转到外部网站", "redirect")
    for match in _LOADED.finditer(code):
        yield Target(urljoin(base, match.group("url")), "脚本从外部网站加载代码", "loader")
