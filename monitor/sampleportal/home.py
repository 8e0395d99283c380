"""Home page, robots.txt, static assets and the pages without dates (UTF-8).

The home page plants what a link checker must tell apart: one broken internal
link, one external link, and a back-office link that robots.txt disallows.
"""
from __future__ import annotations

from monitor.sampleportal.attachments import GIF, PNG
from monitor.sampleportal.columns import Column, unit_home
from monitor.sampleportal.layout import NAV, SITE, breadcrumb, document, esc, paragraphs, utf8_page
from monitor.sampleportal.letters import boxes as letter_boxes
from monitor.sampleportal.model import Page
from monitor.sampleportal.trs import PAGE_JS
from monitor.sampleportal.units import Unit

BROKEN_LINK = "/zwgk/jggk/index.html"
ADMIN = "/admin/login.html"
EXTERNAL = "https://www.gov.cn/"
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
CSS = "body{font:14px/1.6 'Microsoft YaHei',SimSun,sans-serif;margin:0}.main{width:1000px;margin:0 auto}\n"


def _latest(col: Column, count: int) -> str:
    newest = sorted(col.posts, key=lambda p: (p.when, p.path), reverse=True)[:count]
    return "".join(f'<li><a href="{esc(p.path)}" target="_blank">{esc(p.title)}</a>'
                   f'<span class="date">{p.when:%m-%d}</span></li>' for p in newest)


def _home(news: Column, notice: Column, units: tuple[Unit, ...], boxes: tuple[tuple[str, str], ...]) -> str:
    letters = " ".join(f'<a href="{path}">{esc(name)}</a>' for name, path in boxes)
    towns = "".join(f'<a href="{unit_home(u)}">{esc(u.name.removesuffix("政府"))}</a> '
                    for u in units if u.is_township)
    main = (
        '<div class="box"><h3><a href="/col/col1/index.html">政务要闻</a></h3>'
        f'<ul>{_latest(news, 8)}</ul><a class="more" href="/col/col1/index.html">更多&gt;&gt;</a></div>\n'
        '<div class="box"><h3><a href="/tzgg/list.asp">通知公告</a></h3>'
        f'<ul>{_latest(notice, 6)}</ul><a class="more" href="/tzgg/list.asp">更多&gt;&gt;</a></div>\n'
        '<div class="box"><h3>政府信息公开</h3><a href="/xxgk/bm/index.html">部门信息公开</a> '
        '<a href="/xxgk/xz/index.html">乡镇信息公开</a> <a href="/xxgk/xxgkzn/index.html">信息公开指南</a></div>\n'
        f'<div class="box"><h3>乡镇动态</h3>{towns}</div>\n'
        f'<div class="box"><h3><a href="/hdjl/index.html">互动交流</a></h3>{letters}</div>\n'
        f'<div class="box links"><a href="{BROKEN_LINK}">机构概况（旧版）</a> '
        f'<a href="{EXTERNAL}" target="_blank">中国政府网</a> <a href="{ADMIN}">网站管理</a></div>'
    )
    return document(SITE, main)


def _simple(path: str, title: str, body: str) -> tuple[str, Page]:
    main = f'{breadcrumb([("首页", "/"), (title, path)])}\n<div class="page-body">{body}</div>'
    return path, utf8_page(document(f"{title}_{SITE}", main))


def _sitemap(units: tuple[Unit, ...]) -> str:
    sections = "".join(f'<li><a href="{href}">{label}</a></li>' for label, href in NAV)
    unit_links = "".join(f'<li><a href="{unit_home(u)}">{esc(u.full)}</a></li>' for u in units)
    return f'<ul class="sitemap">{sections}<li><a href="/lxwm/index.html">联系我们</a></li></ul><ul>{unit_links}</ul>'


def render_home(news: Column, notice: Column, units: tuple[Unit, ...]) -> dict[str, Page]:
    """Home page (at / and /index.html), fixed pages and static files."""
    home = utf8_page(_home(news, notice, units, letter_boxes()))
    contact = paragraphs(["主办单位：定南县人民政府办公室", "地址：江西省赣州市定南县历市镇胜利南路",
                          "邮编：341900　联系电话：0797-4281234", "电子邮箱：dnxzfb@dingnan.example.gov.cn"])
    mailbox = paragraphs(["县长信箱：您可以通过本栏目向县长反映问题、提出意见建议。",
                          "依申请公开：请按照信息公开指南提出申请。", "咨询电话：12345"])
    login = ('<form action="/admin/login.html" method="post">用户名：<input name="u"> '
             '密码：<input name="p" type="password"> <input type="submit" value="登录"></form>')
    pages = {"/": home, "/index.html": Page(home.body, home.content_type)}
    pages.update([_simple("/lxwm/index.html", "联系我们", contact),
                  _simple("/wzdt/index.html", "网站地图", _sitemap(units)),
                  _simple("/hdjl/index.html", "互动交流", mailbox),
                  _simple(ADMIN, "后台管理登录", login)])
    pages["/robots.txt"] = Page(ROBOTS.encode(), "text/plain; charset=utf-8")
    pages["/js/page.js"] = Page(PAGE_JS.encode("utf-8"), "application/javascript; charset=utf-8")
    pages["/css/style.css"] = Page(CSS.encode(), "text/css")
    pages["/images/logo.png"] = Page(PNG, "image/png")
    pages["/images/top.gif"] = Page(GIF, "image/gif")
    return pages


def not_found_page() -> Page:
    main = '<div class="error"><h2>抱歉，您访问的页面不存在！</h2><p><a href="/">返回首页</a></p></div>'
    return Page(document(f"404 页面不存在_{SITE}", main).encode("utf-8"), "text/html; charset=utf-8", 404)
