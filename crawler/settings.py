"""Scrapy defaults for portal-monitor, in one place.

Layers, lowest first: Scrapy's own defaults, this module, the site profile's
``[crawl]`` table (politeness, robots, limits: see crawler.runner), and
command-line options. County portals are small and often fragile: the
defaults are polite (robots.txt obeyed, AutoThrottle on, few requests per
host) and a profile may relax them for a site the office runs itself.
"""

BOT_NAME = "portal-monitor"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

ROBOTSTXT_OBEY = True
USER_AGENT = "portal-monitor/0.1 (+government website content monitoring)"

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

RETRY_ENABLED = True
RETRY_TIMES = 2
# A page above this is not a county CMS page; it is skipped with a notice
# rather than parsed (attachments have their own, larger limit).
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
PORTAL_MONITOR_ATTACHMENT_MAXSIZE = 30 * 1024 * 1024

# Content checks run before storage: a page leaves the check pipeline with its findings.
ITEM_PIPELINES = {
    "crawler.pipelines.check.CheckPipeline": 200,
    "crawler.pipelines.store.StorePipeline": 300,
}
# Scrapy starts this many asyncio workers per response to process its output;
# the store pipeline is synchronous, so 100 (the default) only costs time.
CONCURRENT_ITEMS = 4

COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 15.0
# The run's stats are stored with the crawl run; a console dump helps nobody.
STATS_DUMP = False
# Breadth-first: list pages (near the top) come before the articles they list.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# Set by crawler.runner for each crawl.
PORTAL_MONITOR_DB = None
PORTAL_MONITOR_SITE_ID = None
PORTAL_MONITOR_RUN_ID = None
PORTAL_MONITOR_RULESET = None  # rules.engine.RuleSet built from the profile
