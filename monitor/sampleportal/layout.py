"""The page frame every CMS style of the site shares: header, navigation, footer.

TRS pages are GBK (encoded as GB18030, a superset): half of them say so in
the Content-Type header, the other half only in a ``<meta>`` tag that names
gb2312, which would garble the characters outside GB2312 (堃, 喆, 珺, 昇).
"""
from __future__ import annotations

import html
import zlib

from monitor.sampleportal.model import Page

SITE = "定南县人民政府门户网站"
SITE_SHORT = "定南县人民政府"
SITE_ID = "3607290001"
NAV = [
    ("首页", "/"), ("政务要闻", "/col/col1/index.html"), ("通知公告", "/tzgg/list.asp"),
    ("信息公开", "/xxgk/index.html"), ("部门信息公开", "/xxgk/bm/index.html"),
    ("乡镇信息公开", "/xxgk/xz/index.html"), ("互动交流", "/hdjl/index.html"),
]
GBK_HEADERS = ["text/html; charset=GBK", "text/html", "text/html; charset=gb2312", "text/html"]
UTF8 = "text/html; charset=utf-8"

esc = html.escape


def national_meta(**fields: str) -> str:
    """The page-metadata tags of the national standard (SiteName, PubDate …)."""
    tags = [f'<meta name="SiteName" content="{SITE_SHORT}">',
            '<meta name="SiteDomain" content="www.dingnan.gov.cn">',
            f'<meta name="SiteIDCode" content="{SITE_ID}">']
    tags += [f'<meta name="{name}" content="{esc(value)}">' for name, value in fields.items()]
    return "\n".join(tags)


def header() -> str:
    links = "".join(f'<li><a href="{href}">{label}</a></li>' for label, href in NAV)
    return (f'<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a>'
            f'<span class="site-name">{SITE}</span></div>\n<div class="nav"><ul>{links}</ul></div>')


def footer() -> str:
    return ('<div class="footer"><p><a href="/lxwm/index.html">联系我们</a> | '
            '<a href="/wzdt/index.html">网站地图</a></p>'
            f'<p>主办：定南县人民政府办公室　网站标识码：{SITE_ID}　赣ICP备05000000号-1</p>'
            '<p>赣公网安备 36072902000001号　建议使用1366×768分辨率浏览</p></div>')


def breadcrumb(trail: list[tuple[str, str]], lead: str = "当前位置：", sep: str = " &gt; ") -> str:
    links = sep.join(f'<a href="{href}">{esc(label)}</a>' for label, href in trail)
    return f'<div class="position">{lead}{links}</div>'


def document(title: str, main: str, *, charset: str = "utf-8", meta: str = "") -> str:
    """A whole HTML page around ``main``."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f'<title>{esc(title)}</title>\n{meta}\n'
        '<link href="/css/style.css" rel="stylesheet" type="text/css">\n</head>\n<body>\n'
        f'{header()}\n<div class="main">\n{main}\n</div>\n{footer()}\n</body>\n</html>\n'
    )


def utf8_page(text: str) -> Page:
    return Page(text.encode("utf-8"), UTF8)


def gbk_page(path: str, text: str) -> Page:
    """GB18030 bytes; the header's charset depends on the path (stable per page)."""
    return Page(text.encode("gb18030"), GBK_HEADERS[zlib.crc32(path.encode()) % 4])


def paragraphs(lines: list[str]) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{esc(line)}</p>' for line in lines)


def shorten(title: str, limit: int = 28) -> str:
    """Lists cut long titles; the full one is only in the title attribute."""
    return title if len(title) <= limit else title[: limit - 1] + "…"
