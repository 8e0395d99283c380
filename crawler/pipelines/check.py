"""Check pipeline: run the content rules over each page or attachment the spider read.

The rule set is built from the profile by crawler.runner and handed over
through the ``PORTAL_MONITOR_RULESET`` setting, so the pipeline reads no
profile or global of its own. A :class:`ContentItem` leaves as a
:class:`FindingsItem` (possibly with no findings: the store needs to know the
page was checked, to mark what is gone as fixed).
"""
from __future__ import annotations

from crawler.items import ContentItem, FindingsItem


class CheckPipeline:
    def __init__(self, ruleset, stats):
        self.ruleset = ruleset
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        ruleset = crawler.settings.get("PORTAL_MONITOR_RULESET")
        if ruleset is None:
            from scrapy.exceptions import NotConfigured

            raise NotConfigured("no rule set: content checks are off")
        return cls(ruleset, crawler.stats)

    def process_item(self, item):
        if not isinstance(item, ContentItem):
            return item
        content = item.content
        findings = self.ruleset.check(content)
        self.stats.inc_value("portal/checked")
        self.stats.inc_value("portal/checked_chars", len(content.body))
        self.stats.inc_value("portal/findings", len(findings))
        return FindingsItem(content.url, item.page_url, content.title, findings)
