"""What a link check's answer means: ok, broken, unverified or blocked, and why (in Chinese).

Pure functions of a response (status, headers, a sample of the body) or of a
download failure, so every case is a plain data test. Only proof of a dead
link is ``broken``: an external site refusing robots (403, 429, robots.txt)
is ``unverified``, an anti-bot JavaScript challenge is ``blocked``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadFailedError, DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from twisted.internet import error as net
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.middlewares.challenge import detect_challenge
from crawler.parsing.charset import decode_html
from crawler.parsing.page import ParsedPage

SHORT_PAGE = 300  # characters of visible text below which a page is "little else"
SAMPLE = 64 * 1024
_WORD = r"[0-9A-Za-z\u4e00-\u9fff]"


@dataclass(frozen=True)
class LinkOutcome:
    state: str  # ok | broken | unverified | blocked
    reason: str  # one line, plain Chinese
    status: int | None = None


@lru_cache(maxsize=1)
def soft404_phrases() -> tuple[str, ...]:
    text = resources.files("crawler.linkcheck").joinpath("data/soft404.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def classify_response(status: int, headers: Mapping[str, str], body: bytes | str,
                      external: bool = False, page: ParsedPage | None = None) -> LinkOutcome:
    """The outcome of a final (post-redirect) answer; ``body`` may be empty (HEAD).

    ``page`` is the body already parsed, when the crawl has parsed it anyway.
    """
    headers = {k.lower(): v for k, v in headers.items()}
    page = page if page is not None else _html(headers, body)
    if detect_challenge(status, headers, page) is not None:  # the crawl's own test, shared
        return LinkOutcome("blocked", f"网站返回反爬虫验证页面（HTTP {status}），需浏览器访问才能核实", status)
    if status == 429:
        return LinkOutcome("unverified", "HTTP 429（访问过于频繁，对方限制访问），未能核实", status)
    if status == 403 and external:
        return LinkOutcome("unverified", "HTTP 403（对方网站拒绝访问），未能核实", status)
    if status >= 500:
        return LinkOutcome("broken", f"服务器错误 HTTP {status}", status)
    if status >= 400:
        return LinkOutcome("broken", f"HTTP {status}", status)
    if 300 <= status < 400:
        return LinkOutcome("broken", f"HTTP {status}（重定向缺少目标地址）", status)
    phrase = _soft404(page) if page is not None else None
    if phrase:
        return LinkOutcome("broken", f"页面显示“{phrase}”（软404）", status)
    return LinkOutcome("ok", f"HTTP {status}", status)


def classify_failure(failure, external: bool = False) -> LinkOutcome:
    """The outcome of a download that failed (a Twisted Failure or the exception itself)."""
    error = getattr(failure, "value", failure)
    response = getattr(error, "response", None)
    if response is not None:
        return classify_response(response.status, _str_headers(response.headers), response.body, external)
    if isinstance(error, IgnoreRequest):
        return _ignored(str(error), getattr(failure, "request", None))
    if isinstance(error, DownloadCancelledError):
        return LinkOutcome("ok", "可以访问（文件超过下载上限，未下载）")
    return LinkOutcome("broken", failure_reason(error))


def failure_reason(error: BaseException) -> str:
    """Why a download got no complete answer, in plain Chinese (the crawl's notices say the same).

    Scrapy wraps Twisted's errors: the cause and a ResponseFailed's reasons
    tell a reset connection from a body cut short by an orderly close.
    """
    causes = _causes(error)
    for kinds, reason in _FAILURES:
        if any(isinstance(cause, kinds) for cause in causes):
            return reason
    return f"无法访问（{type(error).__name__}）"


TIMED_OUT = "响应超时"
_FAILURES = (  # the first that matches the error or any of its causes
    ((CannotResolveHostError, net.DNSLookupError), "域名无法解析"),
    ((DownloadConnectionRefusedError, net.ConnectionRefusedError), "连接被拒绝"),
    ((net.TimeoutError, net.TCPTimedOutError), "连接超时"),  # no connection within the timeout
    (DownloadTimeoutError, TIMED_OUT),  # connected, but the answer did not finish in time
    (net.SSLError, "加密连接（证书）错误"),
    (net.NoRouteError, "网络不可达"),
    (net.ConnectError, "无法建立连接"),
    (net.ConnectionLost, "连接被重置"),  # closed in a non-clean fashion: a TCP reset
    (ResponseDataLossError, "内容不完整（传输中断）"),  # closed before Content-Length bytes came
    (ResponseNeverReceived, "连接中断，未收到响应"),
    ((DownloadFailedError, net.ConnectionDone, ResponseFailed), "连接中断，未收到完整响应"),
)


def _causes(error: BaseException) -> list[BaseException]:
    """The error, what caused it, and the reasons a Twisted ResponseFailed carries, breadth first."""
    found: list[BaseException] = []
    pending = [error]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending.append(current.__cause__)
        pending.extend(getattr(reason, "value", reason) for reason in getattr(current, "reasons", None) or ())
    return found


def _ignored(message: str, request) -> LinkOutcome:
    if "redirect" in message:
        seen = (request.meta.get("redirect_urls", []) if request is not None else [])
        loop = request is not None and request.url in seen
        return LinkOutcome("broken", "重定向循环" if loop else "重定向次数过多")
    if "robots" in message.lower():
        return LinkOutcome("unverified", "robots.txt 禁止访问，未检查")
    return LinkOutcome("unverified", f"未检查：{message}")


def _str_headers(headers) -> dict[str, str]:
    return {k.decode("latin-1"): v[0].decode("latin-1") if v else "" for k, v in headers.items()}


def _html(headers: Mapping[str, str], body: bytes | str) -> ParsedPage | None:
    kind = headers.get("content-type", "text/html").lower()
    if not body or not ("html" in kind or kind.startswith("text/")):
        return None
    text = body if isinstance(body, str) else decode_html(body[:SAMPLE], kind)
    return ParsedPage.from_html("about:blank", text)


def _soft404(page: ParsedPage) -> str | None:
    """The phrase a 200 page shows that says it is gone: in its title, or on a page with little else.

    Latin phrases (404, Not Found) count only in the title and as whole words,
    so an article numbered 404 or quoting an error is not taken for one.
    """
    title, text = page.title_tag, page.text
    short = len(text) <= SHORT_PAGE
    for phrase in soft404_phrases():
        if phrase.isascii():
            if re.search(rf"(?<!{_WORD}){re.escape(phrase)}(?!{_WORD})", title, re.I):
                return phrase
        elif phrase in title or (short and phrase in text):
            return phrase
    return None
