"""Progress on stderr while a crawl runs: pages done, requests queued, items, findings so far.

A crawl of a county portal takes minutes to hours; the office watching it
wants to see it move, without reading Scrapy's log. The line goes to stderr,
so a command's own output (a summary, JSON) stays clean. Off when
``PORTAL_MONITOR_PROGRESS_INTERVAL`` is 0 (``--quiet``).
"""
from __future__ import annotations

import sys
from typing import TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call


class Progress:
    def __init__(self, crawler, interval: float, stream: TextIO = sys.stderr):
        self.crawler = crawler
        self.interval = interval
        self.stream = stream
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PORTAL_MONITOR_PROGRESS_INTERVAL")
        if not interval:
            raise NotConfigured
        progress = cls(crawler, interval)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider) -> None:
        self.task = create_looping_call(self.report)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason: str) -> None:
        if self.task and self.task.running:
            self.task.stop()
        self.report()

    def report(self) -> None:
        print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        """已抓取页面 1200，待抓取 340，条目 2600，发现问题 12."""
        stats = self.crawler.stats
        scheduler = getattr(self.crawler.engine, "scheduler", None) if self.crawler.engine else None
        queued = len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0
        return (f"进度：已抓取页面 {stats.get_value('portal/pages', 0)}，待抓取请求 {queued}，"
                f"条目 {stats.get_value('item_scraped_count', 0)}，"
                f"发现问题 {stats.get_value('portal/findings', 0)}")
