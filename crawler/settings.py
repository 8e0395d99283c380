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
# Retries wait 0.5 s, 1 s, 2 s … (or what Retry-After asks, up to 30 s) on the
# reactor; HEAD answered badly is tried again as GET; a redirect loop stops at
# its first repeat; .invalid names fail without a DNS query (RFC 6761).
PORTAL_MONITOR_RETRY_BACKOFF = 0.5
PORTAL_MONITOR_RETRY_MAX_DELAY = 30.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.linkcheck.retry.BackoffRetryMiddleware": 550,
    "crawler.linkcheck.head.HeadFallbackMiddleware": 560,
    "crawler.linkcheck.redirects.RedirectLoopMiddleware": 610,
    # An anti-bot JavaScript challenge (412/521/202, or 200 with only a cookie-
    # setting script) fails the request as PageBlocked: reported "blocked",
    # never parsed as an empty page nor counted a broken link. Answers reach it
    # decompressed (590) and, from the browser, with their final status (585),
    # before a challenge's meta refresh is followed as a redirect (580).
    "crawler.middlewares.antibot.ChallengeMiddleware": 582,
    # [crawl] browser = true: the site's pages through the system Chromium
    # (scrapy-playwright; crawler.runner adds its download handlers).
    "crawler.middlewares.browser.BrowserMiddleware": 585,
}
PORTAL_MONITOR_BROWSER = False
DNS_RESOLVER = "crawler.linkcheck.resolver.ReservedNamesResolver"
# The spider requests each URL once itself (its `scheduled` set); Scrapy's
# filter would also silently drop redirect targets, losing their link outcome.
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
# Link checks (crawler.linkcheck): every cited URL once per run, short timeout.
PORTAL_MONITOR_CHECK_LINKS = True
PORTAL_MONITOR_LINK_TIMEOUT = 10.0
PORTAL_MONITOR_LINK_IGNORE = []  # URL prefixes cited but never checked
# A page above this is not a county CMS page; it is skipped with a notice
# rather than parsed (attachments have their own, larger limit).
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
PORTAL_MONITOR_ATTACHMENT_MAXSIZE = 30 * 1024 * 1024

# Content checks run before storage: a page leaves the check pipeline with its findings.
ITEM_PIPELINES = {
    "crawler.pipelines.check.CheckPipeline": 200,
    "crawler.pipelines.store.StorePipeline": 300,
    # Cited links and link check outcomes (crawler.linkcheck) to the links tables.
    "crawler.pipelines.links.LinksPipeline": 310,
}
# Scrapy starts this many asyncio workers per response to process its output.
# One keeps a response's items in order, so its page is marked done (the
# resumable frontier, crawler.frontier) only after all it yielded is stored.
CONCURRENT_ITEMS = 1
# After each response's output, the page answered and the requests it found.
SPIDER_MIDDLEWARES = {"crawler.frontier.FrontierMiddleware": 50}

# Progress on stderr every few seconds (pages, queue, items, findings);
# crawler.runner sets the interval to 0 for a quiet crawl.
EXTENSIONS = {"crawler.extensions.progress.Progress": 500}
PORTAL_MONITOR_PROGRESS_INTERVAL = 5.0

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
