"""A small county portal behind an anti-bot JavaScript challenge, served on 127.0.0.1.

Every path first answers HTTP 412 with a script that computes a cookie and
reloads (what 瑞数/加速乐-style gateways do); with the cookie, the real pages:
a home page, one column list and two articles with 发布日期. A client that
does not run JavaScript never gets past the challenge.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COOKIE, VALUE = "gw_clearance", "42"
CHALLENGE = ("<html><head><script>var v=6*7;document.cookie='gw_clearance='+v+'; path=/';"
             "location.reload();</script></head><body></body></html>")
ARTICLES = {  # path: (title, 发布日期)
    "/gzdt/t20240612_1.html": ("县林业局开展森林防火专项检查", "2024-06-12"),
    "/gzdt/t20240620_2.html": ("县林业局召开林长制工作推进会", "2024-06-20"),
}


def _layout(title: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><div class='nav'><a href='/'>首页</a> <a href='/gzdt/'>工作动态</a></div>{body}</body></html>")


def _pages() -> dict[str, str]:
    items = "".join(f"<li><a href='{path}'>{title}</a><span>{day}</span></li>"
                    for path, (title, day) in ARTICLES.items())
    pages = {
        "/": _layout("定南县人民政府", "<h1>定南县人民政府</h1><p>欢迎访问定南县人民政府门户网站。</p>"
                     f"<h2>工作动态</h2><ul>{items}</ul>"),
        "/gzdt/": _layout("工作动态", f"<div class='crumb'>首页 &gt; 工作动态</div><ul class='list'>{items}</ul>"),
    }
    for path, (title, day) in ARTICLES.items():
        pages[path] = _layout(title, f"<h1>{title}</h1><div class='info'>发布日期：{day} 来源：定南县林业局</div>"
                              "<div class='content'><p>为切实做好森林防火工作，县林业局组织人员深入各乡镇开展检查，"
                              "督促落实防火责任，排查整改隐患。</p></div>")
    return pages


class _Handler(BaseHTTPRequestHandler):
    pages = _pages()

    def do_GET(self):  # noqa: N802 (http.server's name)
        if f"{COOKIE}={VALUE}" not in self.headers.get("Cookie", ""):
            return self._send(412, CHALLENGE)
        page = self.pages.get(self.path.split("?")[0])
        self._send(200, page) if page else self._send(404, _layout("页面不存在", "<p>页面不存在</p>"))

    def _send(self, status: int, html: str) -> None:
        body = html.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        """Quiet: the crawl logs what matters."""


@contextmanager
def serve_challenge_site():
    """The site on a free port; yields its base URL (no trailing slash)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
