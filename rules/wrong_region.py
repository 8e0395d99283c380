"""wrong_region.foreign-name — another region's name left in a catalogue or guide.

Units copy 目录, 办事指南 and templates from other counties and forget to
change the place names: a 江西 township's catalogue citing 章贡区, a 河南
county's 养老服务 page still saying 广东省. Catches the full name of any
province, city or county (from the national division table) other than the
site's own region and its parents, on pages whose title or column names say
they are a catalogue, guide or template (``page_words``).

Deliberately not: ordinary news (赴广东省考察学习 is legitimate), names in
the allow-list (neighbours, partner cities), names in a sentence about
cooperation with other regions (跨省通办 partners, 对口支援), two-character county names
(义县, 城区: ordinary words), names inside a longer word, and the site's own
townships (they are not in the county-level table).
Compliant: the guide names only the county itself and its parents.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from rules.base import Finding, Rule, option_field
from rules.divisions import divisions, resolve
from rules.page import PageContent
from rules.terms import Term, TermMatcher, sentence_around


@lru_cache(maxsize=8)
def region_matcher(region: str, allow: tuple[str, ...], min_length: int) -> TermMatcher:
    own = {d.name for d in resolve(region)} if region else set()
    names = {d.name for d in divisions() if len(d.name) >= min_length} - own - set(allow)
    # Place names are proper nouns: weighted to stay whole (章贡区|长征, not 章贡|区长|征).
    terms = [Term(name, "regions", "地名", "deduct") for name in sorted(names)]
    return TermMatcher(terms, compact=False, word_freq=10_000)


class WrongRegionRule(Rule):
    id = "wrong_region.foreign-name"
    name = "目录指南中出现外地地名"
    category = "wrong_region"
    severity = "deduct"

    @dataclass(frozen=True)
    class Options:
        allow: tuple[str, ...] = option_field((), "region names that may appear (neighbours, partner cities)")
        page_words: tuple[str, ...] = option_field(
            ("目录", "指南", "须知", "办事流程", "服务事项", "事项清单", "模板", "范本", "申请表", "一次性告知"),
            "words in a page's title or column names that make it a catalogue, guide or template")
        min_length: int = option_field(3, "shortest division name checked (两字县名 are ordinary words)")
        partner_words: tuple[str, ...] = option_field(
            ("合作", "协议", "跨省通办", "跨区域通办", "异地", "对口", "帮扶", "支援", "协作", "结对"),
            "words marking a sentence about partner regions, where other names belong")

    def check(self, page: PageContent) -> Iterator[Finding]:
        if not self._in_scope(page):
            return
        matcher = region_matcher(self.context.region, self.options.allow, self.options.min_length)
        own = self.context.region
        for place, text, normal in page.texts():
            for hit in matcher.find(normal):
                if not self._partners(text, hit.start, hit.end):
                    yield self.finding(page, place, text, hit.start, hit.end,
                                       f"外地地名“{hit.term.text}”，本站所属地区为{own}")

    def _partners(self, text: str, start: int, end: int) -> bool:
        sentence = sentence_around(text, start, end)
        return any(word in sentence for word in self.options.partner_words)

    def _in_scope(self, page: PageContent) -> bool:
        labels = " ".join((page.title, *page.trail))
        return any(word in labels for word in self.options.page_words)
