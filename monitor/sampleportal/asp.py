"""The old ASP system still holding the county 通知公告 (no owner), UTF-8.

Query-string pagination (``list.asp?page=N``), ``show.asp?id=N`` articles,
and a single info line with 日期 in two forms (2024/2/15, 2024年2月5日).
"""
from __future__ import annotations

from monitor.periods import cn_date
from monitor.sampleportal.columns import Column
from monitor.sampleportal.layout import SITE_SHORT, breadcrumb, document, esc, paragraphs, utf8_page
from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post


def _day(post: Post) -> str:
    when = post.when
    return cn_date(when) if post.cn_date else f"{when.year}/{when.month}/{when.day}"


def _row(post: Post, pinned: bool) -> str:
    link = post.path.rsplit("/", 1)[-1]  # show.asp?id=N, relative to /tzgg/
    mark = '<font color="red">[置顶]</font>' if pinned else "·"
    return (f'<tr><td width="85%">{mark}<a href="{esc(link)}" target="_blank">{esc(post.title)}</a></td>'
            f'<td width="15%" align="right">{post.when.year}-{post.when.month}-{post.when.day}</td></tr>')


def _pager(col: Column, index: int, total: int) -> str:
    def link(label: str, target: int, live: bool) -> str:
        return f'<a href="list.asp?page={target + 1}">{label}</a>' if live else label

    return (f'<div class="pages">共 {len(col.posts)} 条记录　页次：{index + 1}/{total}　每页：20 条　'
            f'{link("首页", 0, index > 0)} {link("上一页", index - 1, index > 0)} '
            f'{link("下一页", index + 1, index < total - 1)} {link("尾页", total - 1, index < total - 1)}</div>')


def render_column(col: Column) -> dict[str, Page]:
    chunks, pages = col.pages(), {}
    for index, posts in enumerate(chunks):
        rows = "\n".join(_row(p, p in col.pinned) for p in posts)
        main = (f'{breadcrumb(col.trail, lead="您现在的位置：", sep=" &gt;&gt; ")}\n'
                f'<table class="newslist" width="100%" cellspacing="0">\n{rows}\n</table>\n'
                f"{_pager(col, index, len(chunks))}")
        pages[col.page_path(index)] = utf8_page(document(f"通知公告--{SITE_SHORT}", main))
    return pages


def render_article(post: Post) -> dict[str, Page]:
    info = f"日期：{_day(post)}　发布单位：{esc(post.source)}　点击：{post.views}"
    main = (f'{breadcrumb(post.home.trail, lead="您现在的位置：", sep=" &gt;&gt; ")}\n'
            f'<div class="show"><h2 align="center">{esc(post.title)}</h2>\n'
            f'<div class="info" align="center">{info}</div>\n'
            f'<div class="content">\n{paragraphs(post.body)}{post.raw_html}\n</div>\n'
            '<p align="right"><a href="javascript:window.close()">[关闭窗口]</a></p></div>')
    return {post.path: utf8_page(document(f"{post.title}--{SITE_SHORT}", main))}
