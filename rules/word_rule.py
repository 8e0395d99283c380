"""The shared body of the wording checks: a list of wrong → right forms.

Unlike spam, wording is matched on the folded text without dropping
separators: a quote mark between characters is often the correct form
(“十四五”规划), and nobody disguises a typo.
"""
from __future__ import annotations

from functools import lru_cache
from typing import ClassVar, Iterator

from rules.base import Finding, Rule
from rules.page import PageContent
from rules.resources import load_toml
from rules.terms import Term, TermMatcher


@lru_cache(maxsize=8)
def word_matcher(file: str, table: str, default_severity: str, allow: frozenset[str]) -> TermMatcher:
    entries = load_toml(file)[table]
    terms = [Term(e["wrong"], table, "", e.get("severity", default_severity), right=e["right"],
                  note=e.get("note", ""), since=e.get("since")) for e in entries]
    return TermMatcher(terms, allow, compact=False, names=table == "typos")


class WordRule(Rule):
    file: ClassVar[str]
    table: ClassVar[str]

    def check(self, page: PageContent) -> Iterator[Finding]:
        matcher = word_matcher(self.file, self.table, self.severity, self.context.allow)
        for place, text, normal in page.texts():
            for hit in matcher.find(normal):
                if self._current(page, text, hit):
                    yield self.finding(page, place, text, hit.start, hit.end, self.detail(hit.term),
                                       hit.term.severity)

    @staticmethod
    def _current(page: PageContent, text: str, hit) -> bool:
        """A name abolished by a reform is right in older pages, and as 原… (the former …)."""
        if hit.term.since is None:
            return True
        former = "原" in text[max(0, hit.start - 2):hit.start]
        return not former and (page.date is None or page.date >= hit.term.since)

    def detail(self, term: Term) -> str:
        note = f"（{term.note}）" if term.note else ""
        return f"“{term.text}”应为“{term.right}”{note}"
