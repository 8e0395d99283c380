"""A page the crawl could not read leaves one notice naming the fault; the site's own answers leave none."""
import pytest
from scrapy.exceptions import (DownloadCancelledError, DownloadConnectionRefusedError, DownloadFailedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.failures import fetch_notice

URL = "http://www.example.gov.cn/gzdt/t20240612_1.html"
TRIED = {"retry_times": 2, "download_timeout": 2.0}


def failure(error: Exception, **meta) -> Failure:
    result = Failure(error)
    result.request = Request(URL, meta=meta)
    return result


def http_error(status: int, **meta) -> Failure:
    request = Request(URL, meta=meta)
    response = HtmlResponse(URL, status=status, body=b"<html></html>", request=request)
    return failure(HttpError(response, f"HTTP {status}"), **meta)


def caused(error: Exception, cause: Exception) -> Exception:
    error.__cause__ = cause
    return error


def lost_body(*reasons: Exception) -> Exception:
    return caused(ResponseDataLossError(), ResponseFailed([Failure(r) for r in reasons]))


@pytest.mark.parametrize("made, message", [
    (lambda: http_error(503, **TRIED), "无法下载：服务器错误 HTTP 503，重试2次后仍失败"),
    (lambda: http_error(500), "无法下载：服务器错误 HTTP 500"),
    (lambda: failure(DownloadTimeoutError(f"Getting {URL} took longer than 2.0 seconds."), **TRIED),
     "无法下载：响应超时（超过2秒），重试2次后仍失败"),
    (lambda: failure(lost_body(ConnectionLost(), ValueError("data loss")), **TRIED),
     "无法下载：连接被重置，重试2次后仍失败"),
    (lambda: failure(lost_body(ConnectionDone(), ValueError("data loss"))), "无法下载：内容不完整（传输中断）"),
    (lambda: failure(caused(DownloadFailedError(), ResponseNeverReceived([Failure(ConnectionDone())]))),
     "无法下载：连接中断，未收到响应"),
    (lambda: failure(DownloadConnectionRefusedError("refused"), retry_times=1), "无法下载：连接被拒绝，重试1次后仍失败"),
    (lambda: failure(IgnoreRequest(f"redirect loop back to {URL}"), redirect_urls=[URL, URL + "?id=2"]),
     "无法下载：重定向循环"),
    (lambda: failure(DownloadCancelledError("Cancelling download: 9000000 > 8388608")), "文件超过8 MB，未下载检查"),
])
def test_unread_pages_get_a_notice_naming_the_fault(made, message):
    assert fetch_notice(made(), 8 * 2**20) == message


@pytest.mark.parametrize("made", [
    lambda: http_error(404),  # gone: a broken link on the pages citing it
    lambda: http_error(403),
    lambda: http_error(429),  # rate limited: a link notice (链接未能核实)
    lambda: failure(IgnoreRequest("Forbidden by robots.txt")),  # not fetched: a link notice
])
def test_the_sites_own_answers_are_reported_elsewhere(made):
    assert fetch_notice(made(), 8 * 2**20) is None
