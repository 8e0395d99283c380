"""TRS WCM pages: the disclosure (信息公开) columns and their articles, in GBK.

As on real TRS sites, list pages link their other pages only through an
inline ``createPageHTML(total, current, "index", "html")`` call, article
links are relative, and the metadata block is a table of label/value cells
whose 成文日期 is not the publication date.
"""
from __future__ import annotations

import posixpath

from monitor.sampleportal.columns import Column
from monitor.sampleportal.layout import (SITE_SHORT, breadcrumb, document, esc, gbk_page, national_meta,
                                         paragraphs, shorten)
from monitor.sampleportal.model import Page
from monitor.sampleportal.posts import Post

CHARSET = "gb2312"


def relative(target: str, page_path: str) -> str:
    """``./202402/t…html`` or ``../zcwj/…`` as TRS writes links."""
    link = posixpath.relpath(target, posixpath.dirname(page_path))
    return link if link.startswith("..") else "./" + link


def href(post: Post, page_path: str) -> str:
    if post.external or post.home.style != "trs":
        return post.path
    return relative(post.path, page_path)


def _item(post: Post, page_path: str, pinned: bool) -> str:
    mark = '<em class="top">[置顶]</em>' if pinned else ""
    return (f'<li>{mark}<a href="{esc(href(post, page_path))}" target="_blank" title="{esc(post.title)}">'
            f'{esc(shorten(post.title))}</a><span>{post.when:%Y-%m-%d}</span></li>')


def _list_page(col: Column, menu: str, posts: list[Post], index: int, total: int) -> tuple[str, Page]:
    path = col.page_path(index)
    items = "\n".join(_item(p, path, p in col.pinned) for p in posts) or '<li class="empty">暂无信息</li>'
    main = (f"{breadcrumb(col.trail)}\n<div class=\"xxgk-left\">{menu}</div>\n"
            f'<div class="xxgk-right"><div class="column-title">{esc(col.name)}</div>\n'
            f'<ul class="xxgk-list">\n{items}\n</ul>\n<div class="page">'
            '<script type="text/javascript" src="/js/page.js"></script>'
            f'<script type="text/javascript">createPageHTML({total}, {index}, "index", "html");</script>'
            "</div></div>")
    title = f"{col.name}_{col.owner.full}_{SITE_SHORT}"
    return path, gbk_page(path, document(title, main, charset=CHARSET))


def render_column(col: Column, menu: str) -> dict[str, Page]:
    """Every list page of a TRS column."""
    chunks = col.pages()
    return dict(_list_page(col, menu, chunk, i, len(chunks)) for i, chunk in enumerate(chunks))


def _meta_table(post: Post) -> str:
    signer = post.unit or post.home.owner
    rows = [("索引号", post.index_no, "主题分类", signer.topic_class),
            ("发布机构", post.source, "成文日期", f"{post.written:%Y-%m-%d}"),
            ("文号", post.doc_no, "发布日期", f"{post.when:%Y-%m-%d}")]
    cells = "\n".join(f'<tr><td class="label">{a}：</td><td>{esc(b)}</td>'
                      f'<td class="label">{c}：</td><td>{esc(d)}</td></tr>' for a, b, c, d in rows)
    name_row = f'<tr><td class="label">名称：</td><td colspan="3">{esc(post.title)}</td></tr>'
    return f'<table class="xxgk_table" cellspacing="0" cellpadding="0">\n{cells}\n{name_row}\n</table>'


def render_article(post: Post) -> dict[str, Page]:
    """The article page (and nothing else: attachments are rendered apart)."""
    meta = ""
    if post.with_meta:
        meta = national_meta(ColumnName=post.home.name, ArticleTitle=post.title,
                             PubDate=f"{post.when:%Y-%m-%d %H:%M}", ContentSource=post.source)
    files = "".join(f'<p><a href="./{name}">{esc(label)}</a></p>' for name, label in post.attachments)
    main = (f"{breadcrumb(post.home.trail)}\n<div class=\"xxgk-meta\">{_meta_table(post)}</div>\n"
            f'<div class="article"><h1 class="article-title">{esc(post.title)}</h1>\n'
            f'<div class="TRS_Editor">\n{paragraphs(post.body)}{post.raw_html}\n</div>\n'
            + (f'<div class="fujian">附件：{files}</div>\n' if files else "")
            + '<div class="article-foot"><a href="javascript:window.print()">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></div></div>')
    title = f"{post.title}_{post.home.name}_{SITE_SHORT}"
    return {post.path: gbk_page(post.path, document(title, main, charset=CHARSET, meta=meta))}


PAGE_JS = r"""/* TRS WCM 分页 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  function url(n) { return n == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + n + "." + _sPageExt; }
  document.write("<span>共" + _nPageCount + "页</span>&nbsp;");
  if (nCurrIndex == 0) { document.write("首页&nbsp;上一页&nbsp;"); }
  else {
    document.write("<a href=\"" + url(0) + "\">首页</a>&nbsp;");
    document.write("<a href=\"" + url(nCurrIndex - 1) + "\">上一页</a>&nbsp;");
  }
  for (var i = 0; i < _nPageCount; i++) {
    if (i == nCurrIndex) document.write("<span class=\"current\">" + (i + 1) + "</span>&nbsp;");
    else document.write("<a href=\"" + url(i) + "\">" + (i + 1) + "</a>&nbsp;");
  }
  if (nCurrIndex == _nPageCount - 1) { document.write("下一页&nbsp;尾页"); }
  else {
    document.write("<a href=\"" + url(nCurrIndex + 1) + "\">下一页</a>&nbsp;");
    document.write("<a href=\"" + url(_nPageCount - 1) + "\">尾页</a>");
  }
}
"""
