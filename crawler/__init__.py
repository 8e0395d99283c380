"""The Scrapy project: spiders, items, pipelines, and the page parsers they share."""
