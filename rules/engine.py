"""Run a configured set of rules over a page; merge repeats of one finding.

A rule that raises is logged and skipped for that page: one rule's bug must
not cost the crawl, nor the other rules' findings.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from rules.base import Finding, Rule
from rules.page import PageContent

log = logging.getLogger(__name__)


class RuleSet:
    def __init__(self, rules: list[Rule]):
        self.rules = rules

    def check(self, page: PageContent) -> list[Finding]:
        merged: dict[str, Finding] = {}
        for rule in self.rules:
            try:
                found = list(rule.check(page))
            except Exception:  # noqa: BLE001 - see module docstring
                log.exception("rule %s failed on %s", rule.id, page.url)
                continue
            for finding in found:
                key = finding.fingerprint
                known = merged.get(key)
                merged[key] = replace(known, count=known.count + finding.count) if known else finding
        return list(merged.values())

    @property
    def ids(self) -> list[str]:
        return [rule.id for rule in self.rules]
