"""The HTML of tests/fault_site.py: a county portal's home page, column lists and articles.

Plain markup of the common CMS kind (a 当前位置 breadcrumb, lists of dated
links, 发布日期 and 发布机构 lines). Articles may be encoded otherwise than
declared, or malformed: unclosed tags, a NUL and stray bytes in the text.
"""
from __future__ import annotations

from monitor.sampleportal.attachments import make_pdf

HTML = "text/html; charset=utf-8"
TEXT = "为进一步做好相关工作，现将有关事项通知如下，请各单位认真贯彻落实。"
STRAY = b"\x1a\xff\xfe\x81"  # bytes no charset reads, in the middle of a paragraph


def layout(title: str, body: str, charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            f"<title>{title}_定南县人民政府</title></head><body><div class='nav'><a href='/'>首页</a> "
            f"<a href='/gzdt/'>工作动态</a> <a href='/tzgg/'>通知公告</a> <a href='/nbgl/index.html'>内部管理</a>"
            f"</div>{body}<div class='foot'>主办：定南县人民政府办公室</div></body></html>")


def site_pages(articles, faults, columns: dict[str, str], pdf: str, robots: str) -> dict[str, tuple[bytes, str]]:
    """path → (body, Content-Type) of every page that answers properly."""
    home = layout("首页", f"<h1>定南县人民政府</h1><h2>最新动态</h2><ul>{_items(articles, faults)}</ul>")
    pages = {"/": (home.encode(), HTML), "/robots.txt": (robots.encode(), "text/plain"),
             pdf: (make_pdf(["林木采伐公示名单"]), "application/pdf")}
    for column, name in columns.items():
        items = _items([a for a in articles if a.column == column], [f for f in faults if f.column == column])
        pages[f"/{column}/"] = (layout(name, f"{_crumb(name)}<ul class='list'>{items}</ul>").encode(), HTML)
    for article in articles:
        pages[article.path] = (_article(article, columns, pdf), f"text/html; charset={article.declared}")
    return pages


def fault_page(title: str) -> bytes:
    """What a faulty URL would have served: an article long enough to be cut short."""
    info = "<div class='info'>发布日期：2024-05-10　发布机构：定南县人民政府办公室</div>"
    return layout(title, f"<h1>{title}</h1>{info}<p>{'正文内容。' * 400}</p>").encode()


def _crumb(name: str) -> str:
    return f"<div class='crumb'>当前位置：首页 &gt; {name}</div>"


def _items(articles, faults) -> str:
    rows = [(a.path, a.title, a.day) for a in articles] + [(f.path, f.title, f.day) for f in faults if f.listed]
    return "".join(f"<li><a href='{path}'>{title}</a><span>{day}</span></li>" for path, title, day in rows)


def _article(a, columns: dict[str, str], pdf: str) -> bytes:
    if a.malformed:
        body = (f"<h1>{a.title}</h1><table><tr><td>发布日期：{a.day}<td>发布机构：{a.unit}"
                f"<div class=content><p>{TEXT}\x00\x1a<p><font>{TEXT}")
    else:
        attachment = f"<p>附件：<a href='{pdf}'>林木采伐公示名单.pdf</a></p>" if a.attachment else ""
        body = (f"<h1>{a.title}</h1><div class='info'>发布日期：{a.day}　发布机构：{a.unit}</div>"
                f"<div class='content'><p>{TEXT}</p>{attachment}</div>")
    html = layout(a.title, _crumb(columns[a.column]) + body, a.declared).encode(a.charset)
    return html.replace(b"\x1a", STRAY) if a.malformed else html
