"""大汉 JCMS pages: the news columns (政务要闻, 工作动态, 乡镇动态), UTF-8.

Lists are tables paginated by ``?uid=…&pageNum=…`` links; articles carry
the national meta tags only most of the time (30% show just the visible
发布时间/来源 line), and their text opens with the event's date, not the
publication date.
"""
from __future__ import annotations

from monitor.sampleportal.columns import Column
from monitor.sampleportal.layout import breadcrumb, document, esc, national_meta, paragraphs, utf8_page
from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post


def _row(post: Post, pinned: bool) -> str:
    mark = '<img src="/images/top.gif" alt="置顶"> ' if pinned else ""
    return (f'<tr><td class="bt-title">{mark}<a href="{esc(post.path)}" target="_blank" '
            f'title="{esc(post.title)}">{esc(post.title)}</a></td>'
            f'<td class="bt-date" width="90">[{post.when:%Y-%m-%d}]</td></tr>')


def _pager(col: Column, index: int, total: int, count: int) -> str:
    """首页 上一页 下一页 尾页 as links, or as plain text where they lead nowhere."""
    def link(label: str, target: int, live: bool) -> str:
        url = f"{col.first}?uid={col.uid}&pageNum={target + 1}"
        return f'<a href="{url}">{label}</a>' if live else f"<span>{label}</span>"

    return (f'<div class="default_pgPanel">共{count}条记录 第{index + 1}/{total}页 '
            f'{link("首页", 0, index > 0)} {link("上一页", index - 1, index > 0)} '
            f'{link("下一页", index + 1, index < total - 1)} {link("尾页", total - 1, index < total - 1)}</div>')


def _list_page(col: Column, posts: list[Post], index: int, total: int) -> tuple[str, Page]:
    rows = "\n".join(_row(p, p in col.pinned) for p in posts) or '<tr><td>暂无信息</td></tr>'
    main = (f"{breadcrumb(col.trail)}\n<div class=\"bt-column\"><h2>{esc(col.name)}</h2>\n"
            f'<div id="{col.uid}"><table class="bt-list" width="100%">\n{rows}\n</table>\n'
            f"{_pager(col, index, total, len(col.posts))}</div></div>")
    owner = col.owner.full if col.owner else "定南县人民政府"
    page = utf8_page(document(f"{col.name} {owner}", main))
    return col.page_path(index), page


def render_column(col: Column) -> dict[str, Page]:
    chunks = col.pages()
    return dict(_list_page(col, chunk, i, len(chunks)) for i, chunk in enumerate(chunks))


def render_article(post: Post) -> dict[str, Page]:
    meta = ""
    if post.with_meta:
        meta = national_meta(ColumnName=post.home.name, ColumnType=post.home.name,
                             ArticleTitle=post.title, PubDate=f"{post.when:%Y-%m-%d %H:%M}",
                             ContentSource=post.source)
    info = (f'发布时间：{post.when:%Y年%m月%d日 %H:%M}　来源：{esc(post.source)}　'
            f'浏览次数：<span id="hits">{post.views}</span>　'
            '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a>】')
    main = (f"{breadcrumb(post.home.trail)}\n<div class=\"bt-article\">"
            f'<h1 class="title">{esc(post.title)}</h1>\n<div class="info">{info}</div>\n'
            f'<div class="content" id="zoom">\n{paragraphs(post.body)}{post.raw_html}\n</div>\n'
            '<div class="bottom">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>')
    return {post.path: utf8_page(document(f"{post.title} {post.home.name}", main, meta=meta))}
