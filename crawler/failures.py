"""What a page or attachment the crawl could not read is reported as: one notice, naming the fault.

The reason is the link checks' own (crawler.linkcheck.outcome), so a page's
notice and the broken-link finding on the pages citing it say the same
thing. Only failures that left the page unread become notices: server
errors after the retries, timeouts, resets, cut-off bodies, redirect loops
and files over the size limit. A 404 or 403 is the site's own answer,
reported as a broken link (and a post that now answers 404 is marked
removed); a URL robots.txt forbids is not fetched and becomes a link notice
(链接未能核实：robots.txt 禁止访问).
"""
from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError

from crawler.linkcheck.outcome import TIMED_OUT, classify_failure

MB = 2**20


def fetch_notice(failure, maxsize: int) -> str | None:
    """The notice's message (plain Chinese), or None when the failure is reported elsewhere or not at all."""
    error = getattr(failure, "value", failure)
    if isinstance(error, DownloadCancelledError):
        return f"文件超过{maxsize // MB} MB，未下载检查"
    outcome = classify_failure(failure)
    answered = getattr(error, "response", None)
    if outcome.state != "broken" or (answered is not None and answered.status < 500):
        return None
    return f"无法下载：{outcome.reason}{_circumstances(getattr(failure, 'request', None), outcome.reason)}"


def _circumstances(request, reason: str) -> str:
    """How long the crawl waited and how often it tried: （超过30秒），重试2次后仍失败."""
    if request is None:
        return ""
    waited = f"（超过{request.meta['download_timeout']:g}秒）" \
        if reason == TIMED_OUT and "download_timeout" in request.meta else ""
    retries = request.meta.get("retry_times", 0)
    return waited + (f"，重试{retries}次后仍失败" if retries else "")
