"""Retry-After in both forms, backoff doubling up to the cap, and RFC 6761 names failing without a lookup."""
from __future__ import annotations

from datetime import datetime, timezone

from scrapy import Request
from scrapy.settings import Settings
from twisted.internet.error import DNSLookupError

from crawler.linkcheck.resolver import ReservedNamesResolver, is_reserved
from crawler.linkcheck.retry import BackoffRetryMiddleware, retry_after_seconds


def middleware() -> BackoffRetryMiddleware:
    settings = Settings()
    settings.setmodule("crawler.settings")
    return BackoffRetryMiddleware(settings)


def test_retry_after_seconds_and_http_date():
    now = datetime(2024, 6, 1, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds(b"Sat, 01 Jun 2024 08:00:20 GMT", now) == 20.0
    assert retry_after_seconds(b"Sat, 01 Jun 2024 07:00:00 GMT", now) == 0.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_backoff_doubles_and_a_long_retry_after_is_not_waited_for():
    mw = middleware()
    delays = [mw.delay(Request("http://a.example/", meta={"retry_times": n}), None) for n in range(8)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert mw.delay(Request("http://a.example/"), b"3") == 3.0
    assert mw.delay(Request("http://a.example/"), b"3600") is None


def test_invalid_names_fail_as_dns_failures_at_once():
    assert is_reserved("www.dnlyw.invalid") and is_reserved("X.INVALID.") and not is_reserved("invalid.gov.cn")
    failures = []
    ReservedNamesResolver(None, 0, 1.0).getHostByName("dead.invalid").addErrback(failures.append)
    assert failures and failures[0].check(DNSLookupError)
