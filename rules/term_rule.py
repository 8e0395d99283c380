"""The shared body of the term checks: scan title, body and attachment names."""
from __future__ import annotations

from typing import ClassVar, Iterator

from rules.base import Finding, Rule
from rules.page import PageContent
from rules.terms import term_matcher


class TermRule(Rule):
    """A rule reporting every accepted hit of its term lists (``options.lists``)."""

    verb: ClassVar[str] = "含"

    def check(self, page: PageContent) -> Iterator[Finding]:
        matcher = term_matcher(self.options.lists, self.context)
        for place, text, normal in page.texts():
            for hit in matcher.find(normal):
                yield self._found(page, _place(page, place, text[hit.start:hit.end]), text, hit)

    def _found(self, page: PageContent, place: str, text: str, hit) -> Finding:
        detail = f"{self.verb}{hit.term.label}类词语“{hit.term.text}”"
        return self.finding(page, place, text, hit.start, hit.end, detail, hit.term.severity)


def _place(page: PageContent, place: str, matched: str) -> str:
    """An attachment's shown name is part of the body text; say so when the hit is in one.
    (Looked up only for a hit: reading every link of every page costs more than the scan.)"""
    if place == "body" and any(matched in link.text for link in page.attachment_names):
        return "attachment_name"
    return place
