"""spam.repeated-phrase — injected advertising recognised by its shape.

Attackers paste an unknown brand with an ad suffix (平台, app, 官网, 体育 …)
over ordinary words dozens of times: a hacked county page had 其他 replaced
by "必威体育平台,必威体育app" throughout. This catches a brand that jieba's
dictionary does not know, followed by an ad suffix, repeated at least
``min_repeats`` times on one page — so a brand missing from the term lists
is still found.

Deliberately not: repeated names made of ordinary words (政务服务平台,
中国福利彩票), brands the spam term list already reports (one problem, one
finding), and names repeated fewer times than ``min_repeats``.
Compliant: no unknown brand name repeated with ad suffixes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterator

from rules.base import Finding, Rule, option_field
from rules.page import PageContent
from rules.segment import tokenizer
from rules.terms import term_matcher

_BRAND = re.compile(r"(?:[\u4e00-\u9fff]{1,12}|[a-z0-9]{3,12})$")


class SpamShapeRule(Rule):
    id = "spam.repeated-phrase"
    name = "疑似植入广告（重复短语）"
    category = "spam"
    severity = "veto"

    @dataclass(frozen=True)
    class Options:
        min_repeats: int = option_field(5, "occurrences of one brand that make it spam")
        suffixes: tuple[str, ...] = option_field(
            ("体育", "娱乐城", "娱乐", "彩票", "棋牌", "真人", "官网", "官方网站", "开户", "网址", "app", "平台", "入口"),
            "ad suffixes that follow an injected brand")

    def check(self, page: PageContent) -> Iterator[Finding]:
        normal = page.normal
        pattern = re.compile("|".join(map(re.escape, sorted(self.options.suffixes, key=len, reverse=True))))
        found = list(pattern.finditer(normal.compact))
        if len(found) < self.options.min_repeats:
            return
        groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match in found:
            before = normal.compact[max(0, match.start() - 12):match.start()]
            core, start = self._core(before), match.start() - len(before)
            if core and not self._listed(normal.compact[start:match.end()]):
                at = before.rindex(core) + start
                groups[core].append((at, match.end()))
        for core, spans in groups.items():
            if len(spans) >= self.options.min_repeats:
                yield self._finding(page, core, spans)

    def _core(self, before: str) -> str:
        """The unknown brand in the words before a suffix (乐鱼 in 以及乐鱼体育), or ''."""
        run = _BRAND.search(before)
        if run is None:
            return ""
        words = tokenizer().lcut(run.group(), HMM=True)
        unknown = [i for i, w in enumerate(words) if len(w) > 1 and not tokenizer().FREQ.get(w)]
        return "".join(words[unknown[0]:unknown[-1] + 1]) if unknown else ""

    def _listed(self, phrase: str) -> bool:
        """Phrases the spam term check reports already (必威体育): one problem, one finding."""
        return bool(term_matcher(("gambling", "porn", "fraud"), self.context).find(phrase))

    def _finding(self, page: PageContent, core: str, spans: list[tuple[int, int]]) -> Finding:
        first, last = page.normal.original(*spans[0])
        detail = f"“{core}”带广告后缀在页面中重复出现{len(spans)}次，疑为被植入的广告"
        finding = self.finding(page, page.body_place, page.body, first, last, detail)
        return replace(finding, matched=core, count=len(spans))
