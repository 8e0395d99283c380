"""A small portal with new-media sources and a letter box, served on 127.0.0.1, that knows its own truth.

One post (工作动态), a 县长信箱 of two list pages whose letters the home page
links too (they must never become posts), and the accounts' sources: a good
RSS feed, a good Atom feed, a malformed one, an empty one, an HTML page
served instead of a feed, a feed on a closed port, a dated list page of two
pages, and a GBK CSV export with a row without a date. ``break_atom`` turns
the Atom feed malformed for a second crawl, ``answer_letter`` answers a
pending letter. Pages are mutable: tests change them.
"""
from __future__ import annotations

import socket
import threading
from collections import Counter
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML, RSS, ATOM = "text/html; charset=utf-8", "application/rss+xml; charset=utf-8", "application/atom+xml"
BOX = "/hdjl/xzxx/index.html"
LETTERS = {  # path → (title, received, answered, state, answered by, profile unit), on list page 1 or 2
    "/hdjl/xzxx/202406/t20240603_11.html": ("关于修缮岭北村道的建议", "2024-06-03", "2024-06-07", "已办结",
                                            "县交通运输局", "交通运输局"),
    "/hdjl/xzxx/202406/t20240607_12.html": ("咨询林木采伐审批流程", "2024-06-07", None, "办理中", None, None),
    "/hdjl/xzxx/202405/t20240528_13.html": ("反映夜间施工噪音", "2024-05-28", "2024-06-12", "已回复",
                                            "县住房和城乡建设局", None),
}
MISSING_LETTER = "/hdjl/xzxx/202405/t20240520_14.html"  # listed, answers 404
FEED_ITEMS = (("/wx/s/20240612a.html", "定南县召开防汛工作部署会", "Wed, 12 Jun 2024 07:30:00 +0800"),
              ("/wx/s/20240610b.html", "乡村振兴干部再接再励抓产业", "2024年06月10日"))  # a typo: 再接再厉
ATOM_ENTRIES = (("/jy/a/101.html", "中考考点安排公布", "2024-06-02T23:30:00+08:00"),
                ("/jy/a/102.html", "暑期安全提醒", "2024-05-31T08:00:00+08:00"))
LIST_ITEMS = (("/wx/lyj/t20240620_1.html", "县林业局开展森林防火宣传", "2024-06-20", "/wx/lyj/index.html"),
              ("/wx/lyj/t20240613_2.html", "护林员业务培训会召开", "2024-06-13", "/wx/lyj/index.html"),
              ("/wx/lyj/t20240410_3.html", "植树节义务植树活动", "2024-04-10", "/wx/lyj/index_1.html"))
CSV_ROWS = (("/dy/v/7381", "县城管局开展占道经营整治", "2024-06-20"), ("", "夏季防溺水安全提醒", "2024-06-18"))


def page(title: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a> "
            f"<a href='/gzdt/index.html'>工作动态</a> <a href='{BOX}'>县长信箱</a></div>{body}</body></html>").encode()


def _li(path: str, title: str, day: str) -> str:
    return f"<li><a href='{path}'>{title}</a><span>{day}</span></li>"


def _letter(title: str, received: str, answered: str | None, state: str, by: str | None) -> bytes:
    rows = (f"<tr><th>来信标题</th><td>{title}</td></tr><tr><th>来信时间</th><td>{received} 09:12</td>"
            f"<th>办理状态</th><td>{state}</td></tr><tr><th>答复单位</th><td>{by or ''}</td>"
            f"<th>答复时间</th><td>{answered or ''}</td></tr>")
    published = f"<div class='info'>发布日期：{received}</div>"  # as portals print it: an article to the portal spider
    return page(title, f"<div class='crumb'>当前位置：首页 &gt; 县长信箱</div><h1>{title}</h1>{published}<table>{rows}</table>")


def _box_page(paths: list[str], pager: str) -> bytes:
    listed = {**{p: (f[0], f[1]) for p, f in LETTERS.items()}, MISSING_LETTER: ("反映路灯损坏问题", "2024-05-20")}
    items = "".join(_li(p, *listed[p]) for p in paths)
    return page("县长信箱", f"<div class='crumb'>当前位置：首页 &gt; 县长信箱</div><ul>{items}</ul>{pager}")


def _rss(items) -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{p}</link><pubDate>{d}</pubDate></item>" for p, t, d in items)
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>定南发布</title>{entries}" \
           f"</channel></rss>".encode()


def _atom(entries) -> bytes:
    body = "".join(f"<entry><title>{t}</title><id>{p}</id><link href='{p}'/><published>{d}</published></entry>"
                   for p, t, d in entries)
    return f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>定南教育</title>" \
           f"{body}</feed>".encode()


def build_pages() -> dict[str, tuple[bytes, str]]:
    letters = list(LETTERS)
    home = "<h2>最新来信</h2><ul>" + _li(letters[0], LETTERS[letters[0]][0], "2024-06-03") + "</ul>"
    csv_text = "标题,发布时间,链接\n" + "".join(f"{t},{d},{p}\n" for p, t, d in CSV_ROWS) + "没有日期的一行,,\n"
    pages = {
        "/": (page("首页", home), HTML),
        "/gzdt/index.html": (page("工作动态", "<div class='crumb'>当前位置：首页 &gt; 工作动态</div><ul>"
                                  + _li("/gzdt/t20240612_1.html", "县政府召开常务会议", "2024-06-12") + "</ul>"), HTML),
        "/gzdt/t20240612_1.html": (page("县政府召开常务会议", "<div class='crumb'>当前位置：首页 &gt; 工作动态</div>"
                                        "<h1>县政府召开常务会议</h1><div class='info'>发布日期：2024-06-12</div>"
                                        "<div class='content'><p>会议研究了防汛工作。</p></div>"), HTML),
        BOX: (_box_page(letters[:2], "<a href='index_1.html'>下一页</a>"), HTML),
        "/hdjl/xzxx/index_1.html": (_box_page([letters[2], MISSING_LETTER], "<a href='index.html'>上一页</a>"), HTML),
        "/feeds/dnfb.xml": (_rss(FEED_ITEMS), RSS),
        "/feeds/jy.xml": (_atom(ATOM_ENTRIES), ATOM),
        "/feeds/bad.xml": (_rss(FEED_ITEMS)[:-30], RSS),
        "/feeds/empty.xml": (_rss(()), RSS),
        "/feeds/moved.xml": (page("页面已迁移", "<p>本栏目已迁移</p>"), HTML),
        "/exports/cg.csv": (csv_text.encode("gbk"), "text/csv"),
    }
    for first in ("/wx/lyj/index.html", "/wx/lyj/index_1.html"):
        pager = "<a href='index_1.html'>下一页</a>" if first.endswith("index.html") else ""
        items = "".join(_li(p, t, d) for p, t, d, on in LIST_ITEMS if on == first)
        pages[first] = (page("林业局", f"<ul>{items}</ul>{pager}"), HTML)
    pages.update({path: (_letter(*fields[:5]), HTML) for path, fields in LETTERS.items()})
    return pages


def break_atom(pages: dict) -> None:
    pages["/feeds/jy.xml"] = (_atom(ATOM_ENTRIES)[:-20], ATOM)


def answer_letter(pages: dict, path: str, answered: str, by: str) -> None:
    """The office answers a pending letter: its page shows the answer, its list does not change."""
    title, received, _, _, _, _ = LETTERS[path]
    pages[path] = (_letter(title, received, answered, "已办结", by), HTML)


def closed_port() -> int:
    """A port nothing listens on: connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests[self.path] += 1
        body, kind = self.server.pages.get(self.path, (b"<html><body>404</body></html>", HTML))
        self.send_response(200 if self.path in self.server.pages else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        """Quiet."""


@contextmanager
def serve_media_site():
    """The site on a free port; yields the server (``base_url``, ``pages`` to change, ``requests`` by path)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.pages, server.requests = build_pages(), Counter()
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
