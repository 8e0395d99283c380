"""Retries with exponential backoff that honour Retry-After (replaces Scrapy's RetryMiddleware).

A busy county server answering 503 or 429 recovers in seconds; retrying at
once only adds to its load. The wait runs on the reactor (never
``time.sleep``), so other requests go on meanwhile. A Retry-After beyond the
cap is not waited for: the answer stands as it is. A host name that does not
resolve will not resolve a second later either, so DNS failures are not retried.
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet import reactor
from scrapy.exceptions import CannotResolveHostError
from twisted.internet.error import DNSLookupError
from twisted.internet.task import deferLater


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("PORTAL_MONITOR_RETRY_BACKOFF")
        self.cap = settings.getfloat("PORTAL_MONITOR_RETRY_MAX_DELAY")

    async def process_response(self, request, response):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        delay = self.delay(request, response.headers.get(b"Retry-After"))
        if delay is None:
            return response
        retried = self._retry(request, response_status_message(response.status))
        if retried is None:
            return response
        await _sleep(delay)
        return retried

    async def process_exception(self, request, exception):
        if isinstance(exception, (CannotResolveHostError, DNSLookupError)) or not isinstance(exception, self.exceptions_to_retry):
            return None
        if request.meta.get("dont_retry"):
            return None
        retried = self._retry(request, exception)
        if retried is not None:
            await _sleep(self.delay(request, None) or 0)
        return retried

    def delay(self, request, retry_after: bytes | None) -> float | None:
        """Seconds to wait before the next try; None when the server asks for longer than the cap."""
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            return asked if asked <= self.cap else None
        return min(self.base * 2 ** request.meta.get("retry_times", 0), self.cap)


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max((when - (now or datetime.now(timezone.utc))).total_seconds(), 0.0)


async def _sleep(seconds: float) -> None:
    if seconds > 0:
        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))
