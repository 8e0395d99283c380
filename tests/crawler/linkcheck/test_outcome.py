"""The link check classifier, case by case (cases in responses.toml), and failures by kind."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadFailedError, DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionDone, ConnectionLost, DNSLookupError, TimeoutError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.linkcheck.outcome import classify_failure, classify_response

CASES = tomllib.loads((Path(__file__).parent / "responses.toml").read_text("utf-8"))["case"]


def _body(case: dict) -> bytes:
    if "body_gbk" in case:
        return case["body_gbk"].encode("gb18030")
    if "body_repeat" in case:
        head, middle, times, tail = case["body_repeat"]
        return (head + middle * times + tail).encode()
    return case.get("body", "").encode()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_response_outcome(case):
    headers = {"Content-Type": case.get("content_type", "text/html; charset=utf-8")}
    outcome = classify_response(case["status"], headers, _body(case), case.get("external", False))
    assert outcome.state == case["state"], outcome
    assert case.get("reason", "") in outcome.reason
    assert "\n" not in outcome.reason


def _caused(error: Exception, cause: Exception) -> Exception:
    """As Scrapy raises it: ``raise DownloadFailedError(...) from twisted_error``."""
    error.__cause__ = cause
    return error


def _failure(error: Exception, request: Request | None = None) -> Failure:
    failure = Failure(error)
    failure.request = request
    return failure


@pytest.mark.parametrize("error, state, reason", [
    (CannotResolveHostError("x.invalid"), "broken", "域名无法解析"),
    (DNSLookupError("x.invalid"), "broken", "域名无法解析"),
    (DownloadConnectionRefusedError("refused"), "broken", "连接被拒绝"),
    (DownloadTimeoutError("took longer than 10 seconds"), "broken", "响应超时"),
    (_caused(DownloadTimeoutError("connect"), TimeoutError()), "broken", "连接超时"),
    (_caused(ResponseDataLossError(), ResponseFailed([Failure(ConnectionLost()), Failure(ValueError())])),
     "broken", "连接被重置"),
    (_caused(ResponseDataLossError(), ResponseFailed([Failure(ConnectionDone()), Failure(ValueError())])),
     "broken", "内容不完整（传输中断）"),
    (_caused(DownloadFailedError(), ResponseNeverReceived([Failure(ConnectionDone())])), "broken", "未收到响应"),
    (DownloadCancelledError("maxsize"), "ok", "超过下载上限"),
    (IgnoreRequest("Forbidden by robots.txt"), "unverified", "robots.txt"),
])
def test_failure_outcome(error, state, reason):
    outcome = classify_failure(_failure(error, Request("http://a.example/x")))
    assert (outcome.state, reason in outcome.reason) == (state, True), outcome


def test_redirect_loop_and_too_many_redirects():
    looping = Request("http://a.example/a", meta={"redirect_urls": ["http://a.example/a", "http://a.example/b"]})
    endless = Request("http://a.example/9", meta={"redirect_urls": [f"http://a.example/{i}" for i in range(9)]})
    assert classify_failure(_failure(IgnoreRequest("redirect loop back"), looping)).reason == "重定向循环"
    assert classify_failure(_failure(IgnoreRequest("max redirections reached"), endless)).reason == "重定向次数过多"


def test_http_error_reads_the_response():
    request = Request("http://other.example/gone")
    response = HtmlResponse(request.url, status=403, body=b"Forbidden", request=request)
    assert classify_failure(_failure(HttpError(response, "x"), request), external=True).state == "unverified"
    assert classify_failure(_failure(HttpError(response, "x"), request), external=False).reason == "HTTP 403"
