"""Scrapy extensions of portal-monitor (enabled in crawler.settings)."""
