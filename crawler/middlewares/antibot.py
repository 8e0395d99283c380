"""Turn an anti-bot challenge into a ``PageBlocked`` failure instead of a page.

A challenge answered with 200 would otherwise be parsed as a page with
nothing on it, one answered 412/521 reported as a broken link. This
middleware hands the request's errback a ``PageBlocked`` (it carries the
response, like Scrapy's HttpError, so the link checks still see the answer),
and the spider reports it as ``blocked``. Link check requests are left alone:
their classifier calls the same detection (crawler.middlewares.challenge).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse

from crawler.middlewares.challenge import WAIT_TEXT, Challenge, detect_challenge
from crawler.parsing.page import ParsedPage

SAMPLE = 256 * 1024  # a challenge page is small; larger answers are pages
_SCRIPT = re.compile(rb"<script", re.I)
# A rough count of what a page gives to read, without parsing it: ordinary
# pages are far above the bound and skip the parse the spider does anyway.
_HIDDEN = re.compile(rb"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_MARKUP = re.compile(rb"<[^>]*>|&[#\w]+;|\s+")
READABLE_BOUND = 4 * WAIT_TEXT  # bytes: WAIT_TEXT characters at up to 3 bytes each, with room


class PageBlocked(IgnoreRequest):
    def __init__(self, challenge: Challenge, response, browser: bool = False):
        self.challenge, self.response, self.browser = challenge, response, browser
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        """The notice: what happened and, unless it already did, what to switch on."""
        if self.browser:
            return f"{self.challenge.reason}（浏览器抓取也未通过验证）"
        return f"{self.challenge.reason}；可在配置中开启浏览器抓取"


class ChallengeMiddleware:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response):
        if request.meta.get("link_check") or urlsplit(request.url).path == "/robots.txt":
            return response
        challenge = challenge_of(response)
        if challenge is None:
            return response
        self.stats.inc_value("portal/blocked")
        raise PageBlocked(challenge, response, "playwright" in response.flags)


def challenge_of(response) -> Challenge | None:
    """The challenge a downloaded response is, parsing it only when it could be one."""
    body = response.body if isinstance(response, TextResponse) else b""
    if not body or len(body) > SAMPLE or not _SCRIPT.search(body) or _text_bytes(body) > READABLE_BOUND:
        return None
    headers = {k.decode("latin-1"): b"\n".join(v).decode("latin-1") for k, v in response.headers.items()}
    return detect_challenge(response.status, headers, ParsedPage.from_html(response.url, response.text))


def _text_bytes(body: bytes) -> int:
    return len(_MARKUP.sub(b"", _HIDDEN.sub(b"", body)))
