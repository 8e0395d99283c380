"""A small county portal whose server misbehaves, served on 127.0.0.1, that knows its own ground truth.

Home page, two columns (工作动态, 通知公告) and a robots.txt closing the
内部管理 section (pages in tests/fault_pages.py). Ten articles are good and
must be stored: four arrive only after the server has failed them (503
twice and 502 with Retry-After, 500 without, a reset connection), two lie
about their charset, one is legacy GBK, one is malformed HTML with stray
bytes, one carries a PDF. The other URLs never
answer properly: 500 and 503 for ever, a slow answer, a stalled one, a
connection reset mid-body, a truncated body, a redirect loop and a 50 MB
page streamed in chunks. Each fault knows the notice the crawl must leave.
Faults are written on the raw socket where http.server would not misbehave.
"""
from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fault_pages import HTML, fault_page, site_pages

RETRY_AFTER = 1  # seconds a failing server asks for
SLOW = 4  # seconds before the slow page answers (the test's timeout is 2)
HUGE = 50 * 2**20
ROBOTS = "User-agent: *\nDisallow: /nbgl/\n"
PDF = "/gzdt/202406/P020240610385612.pdf"
LOOP, LOOP_BACK = "/tzgg/jump.jsp?id=1", "/tzgg/jump.jsp?id=2"
HUGE_PAGE = "/zt/hbzl/index.html"


@dataclass(frozen=True)
class Article:
    """A good page: it must be stored once, with exactly this title, date and unit."""

    path: str
    column: str
    title: str
    day: str
    unit: str
    charset: str = "utf-8"  # what the body is in
    declared: str = "utf-8"  # what the header and meta say
    fails: tuple[int, ...] = ()  # answers before it recovers: HTTP statuses, 0 for a reset connection
    malformed: bool = False
    attachment: bool = False  # links the PDF


@dataclass(frozen=True)
class Fault:
    """A URL that never answers properly, and the class of notice the crawl must leave for it."""

    path: str
    column: str
    title: str
    day: str
    kind: str  # status | slow | stall | reset | truncated | loop | huge | robots
    expected: str  # the class the notice names (plain Chinese)
    status: int = 0

    @property
    def notice(self) -> str:
        """The notice's kind: pages robots.txt forbids are links that could not be verified."""
        return "link" if self.kind == "robots" else "fetch"

    @property
    def listed(self) -> bool:
        """In its column's list (the robots.txt section is only in the navigation)."""
        return self.kind != "robots"


ARTICLES = (
    Article("/gzdt/202406/t20240612_101.html", "gzdt", "县林业局开展森林防火专项检查", "2024-06-12", "定南县林业局"),
    Article("/gzdt/202406/t20240610_102.html", "gzdt", "县林业局发布林木采伐公示", "2024-06-10", "定南县林业局",
            attachment=True),
    Article("/gzdt/202406/t20240607_103.html", "gzdt", "鹅公镇召开防汛工作部署会", "2024-06-07", "鹅公镇人民政府",
            charset="gb18030", declared="utf-8"),
    Article("/gzdt/202406/t20240605_104.html", "gzdt", "历市镇开展人居环境整治", "2024-06-05", "历市镇人民政府",
            declared="gbk"),
    Article("/gzdt/202406/t20240603_105.html", "gzdt", "县教育体育局部署中考安全工作", "2024-06-03", "定南县教育体育局",
            malformed=True),
    Article("/tzgg/202406/t20240611_201.html", "tzgg", "关于开展2024年森林督查工作的通知", "2024-06-11", "定南县林业局",
            fails=(503, 503)),
    Article("/tzgg/202406/t20240606_202.html", "tzgg", "关于做好汛期安全防范工作的通知", "2024-06-06", "定南县应急管理局",
            fails=(500,)),
    Article("/tzgg/202406/t20240604_203.html", "tzgg", "关于公布2024年第一批惠民资金的公告", "2024-06-04", "定南县财政局",
            fails=(502,)),
    Article("/tzgg/202405/t20240528_204.html", "tzgg", "关于征集民生实事项目的公告", "2024-05-28", "定南县人民政府办公室",
            fails=(0,)),
    Article("/tzgg/202405/t20240524_205.html", "tzgg", "关于调整部分公交线路的通告", "2024-05-24", "定南县交通运输局",
            charset="gb18030", declared="gb2312"),
)

FAULTS = (
    Fault("/gzdt/202405/t20240520_301.html", "gzdt", "县林业局召开护林员培训会", "2024-05-20", "status",
          "服务器错误 HTTP 500", 500),
    Fault("/gzdt/202405/t20240518_302.html", "gzdt", "县林业局开展野生动物保护宣传", "2024-05-18", "status",
          "服务器错误 HTTP 503", 503),
    Fault("/gzdt/202405/t20240515_303.html", "gzdt", "鹅公镇开展森林防火演练", "2024-05-15", "slow", "响应超时"),
    Fault("/gzdt/202405/t20240512_304.html", "gzdt", "历市镇召开党建工作会议", "2024-05-12", "stall", "响应超时"),
    Fault("/tzgg/202405/t20240510_401.html", "tzgg", "关于开展安全生产大检查的通知", "2024-05-10", "reset", "连接被重置"),
    Fault("/tzgg/202405/t20240508_402.html", "tzgg", "关于规范涉企收费的公告", "2024-05-08", "truncated",
          "内容不完整（传输中断）"),
    Fault(LOOP, "tzgg", "网上办事大厅", "2024-05-06", "loop", "重定向循环"),
    Fault(HUGE_PAGE, "gzdt", "环保专栏资料汇编", "2024-05-02", "huge", "文件超过8 MB"),
    Fault("/nbgl/index.html", "gzdt", "内部管理", "2024-05-01", "robots", "robots.txt 禁止访问"),
)

COLUMNS = {"gzdt": "工作动态", "tzgg": "通知公告"}


class _Handler(BaseHTTPRequestHandler):
    pages = site_pages(ARTICLES, FAULTS, COLUMNS, PDF, ROBOTS)
    articles = {a.path: a for a in ARTICLES}
    faults = {f.path: f for f in FAULTS}

    def do_GET(self):  # noqa: N802 (http.server's name)
        attempt = self.server.seen(self.path)
        fault = self.faults.get(LOOP if self.path == LOOP_BACK else self.path)
        article = self.articles.get(self.path)
        if fault is not None:
            return getattr(self, f"_{fault.kind}")(fault)
        if article is not None and attempt <= len(article.fails):
            failure = article.fails[attempt - 1]
            return self._reset(article) if failure == 0 else self._error(failure, failure != 500)
        if self.path not in self.pages:
            return self._send(404, b"<html><title>404</title><body>404</body></html>", "text/html")
        self._send(200, *self.pages[self.path])

    def _send(self, status: int, body: bytes, kind: str, headers: tuple = ()) -> None:
        self.send_response(status)
        for name, value in (("Content-Type", kind), ("Content-Length", str(len(body))), *headers):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, retry_after: bool = True) -> None:
        headers = (("Retry-After", str(RETRY_AFTER)),) if retry_after else ()
        self._send(status, f"<html><body>{status} Service Error</body></html>".encode(), "text/html", headers)

    def _status(self, fault: Fault) -> None:
        self._error(fault.status, fault.status == 503)

    def _slow(self, fault: Fault) -> None:
        time.sleep(SLOW)
        self._quietly(lambda: self._send(200, fault_page(fault.title), HTML))

    def _stall(self, fault: Fault) -> None:
        """Headers promising a body, then nothing until the client gives up."""
        self._head(len(fault_page(fault.title)))
        self.connection.settimeout(30)
        self._quietly(lambda: self.connection.recv(1))

    def _reset(self, fault: Fault | Article) -> None:
        """Headers and part of the body, then a TCP reset (SO_LINGER 0)."""
        body = fault_page(fault.title)
        self._head(len(body))
        self._quietly(lambda: self.wfile.write(body[:len(body) // 3]))
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _truncated(self, fault: Fault) -> None:
        """Content-Length larger than what is sent, then an orderly close."""
        body = fault_page(fault.title)
        self._head(len(body) * 2)
        self.wfile.write(body)
        self.close_connection = True

    def _loop(self, fault: Fault) -> None:
        self._send(302, b"", "text/html", (("Location", LOOP_BACK if self.path == LOOP else LOOP),))

    def _huge(self, fault: Fault) -> None:
        """50 MB of a real-looking page, streamed without Content-Length; never held in memory."""
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.end_headers()
        chunk = ("<p>" + "环保资料汇编" * 2000 + "</p>\n").encode()
        self._quietly(lambda: [self.wfile.write(chunk) for _ in range(HUGE // len(chunk))])
        self.close_connection = True

    def _robots(self, fault: Fault) -> None:
        self._send(200, fault_page(fault.title), HTML)

    def _head(self, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    @staticmethod
    def _quietly(action) -> None:
        """The client hung up (it timed out or had enough): nothing to do."""
        try:
            action()
        except OSError:
            pass

    def log_message(self, *args) -> None:
        """Quiet: the test reads the request counts."""


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: Counter = Counter()
        self._lock = threading.Lock()

    def seen(self, path: str) -> int:
        """Count a request to ``path``; its number (1 for the first)."""
        with self._lock:
            self.requests[path] += 1
            return self.requests[path]


@contextmanager
def serve_fault_site():
    """The site on a free port; yields the server (``base_url``, ``requests``)."""
    server = FaultServer()
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
