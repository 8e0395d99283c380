"""Browser-rendered fetch of the site's pages, for sites behind a JavaScript challenge.

With ``[crawl] browser = true`` the site's pages go through scrapy-playwright
driving the system Chromium (Debian's ``chromium`` package; nothing is ever
downloaded): the browser runs the gateway's script, keeps its cookie, and
follows its reload. The answer's status is then the final document's, not
the challenge's 412. Attachments, robots.txt and link checks keep Scrapy's
own downloader: they need no script and a browser would only slow them.
"""
from __future__ import annotations

import asyncio
import shutil
import time
from urllib.parse import urlsplit

from crawler.middlewares.challenge import detect_challenge
from crawler.parsing.page import ParsedPage
from crawler.urls import is_file

CHROMIUM = ("/usr/bin/chromium", "chromium", "chromium-browser")
HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
SETTLE_TIMEOUT = 20.0  # seconds a challenge's script gets to set its cookie and reload


class BrowserUnavailable(RuntimeError):
    """The browser fetch is asked for but cannot run here; the message is one line."""


def chromium_path() -> str:
    """The system Chromium, once scrapy-playwright is known to be installed to drive it."""
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        raise BrowserUnavailable("[crawl] browser = true needs scrapy-playwright: "
                                 "pip install 'portal-monitor[browser]'") from None
    chromium = next(filter(None, map(shutil.which, CHROMIUM)), None)
    if chromium is None:
        raise BrowserUnavailable("[crawl] browser = true needs Chromium: apt-get install chromium")
    return chromium


def browser_settings(timeout: float) -> dict:
    """The Scrapy settings that send page requests through the system Chromium."""
    chromium = chromium_path()
    return {
        "PORTAL_MONITOR_BROWSER": True,
        "DOWNLOAD_HANDLERS": {"http": HANDLER, "https": HANDLER},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium, "headless": True},
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout * 1000,
        # The browser's own headers, so the cookie the challenge's script set goes with its reload.
        "PLAYWRIGHT_PROCESS_REQUEST_HEADERS": None,
    }


class BrowserMiddleware:
    def __init__(self, enabled: bool, timeout: float):
        self.enabled, self.timeout = enabled, timeout

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.getbool("PORTAL_MONITOR_BROWSER"),
                   min(settings.getfloat("DOWNLOAD_TIMEOUT"), SETTLE_TIMEOUT))

    def process_request(self, request):
        if not self.enabled or not _is_page(request):
            return None
        from scrapy_playwright.page import PageMethod

        seen = Navigation()
        request.meta.update({
            "playwright": True, "portal_navigation": seen,
            "playwright_page_goto_kwargs": {"wait_until": "commit"},
            "playwright_page_event_handlers": {"response": seen.response},
            "playwright_page_methods": [PageMethod(settle, seen, self.timeout)],
        })
        return None

    def process_response(self, request, response):
        seen = request.meta.get("portal_navigation")
        if "playwright" in response.flags and seen is not None and seen.status is not None:
            return response.replace(status=seen.status)
        return response


def _is_page(request) -> bool:
    return not request.meta.get("link_check") and not is_file(request.url) \
        and urlsplit(request.url).path != "/robots.txt" and request.method == "GET"


class Navigation:
    """The status and headers of the last document the page's main frame received."""

    def __init__(self):
        self.status: int | None = None
        self.headers: dict[str, str] = {}

    def response(self, response) -> None:
        if response.request.is_navigation_request() and response.frame.parent_frame is None:
            self.status, self.headers = response.status, response.headers


async def settle(page, seen: Navigation, timeout: float) -> None:
    """Wait until the page is no longer a challenge (its script set the cookie and reloaded), or time out."""
    from playwright.async_api import Error as PlaywrightError

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            await page.wait_for_load_state("load")
            html = await page.content()
        except PlaywrightError:  # navigating right now: look again
            html = None
        if html is not None and detect_challenge(seen.status or 200, seen.headers,
                                                 ParsedPage.from_html(page.url, html)) is None:
            return
        await asyncio.sleep(0.25)
