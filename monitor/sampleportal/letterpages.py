"""The two letter-box systems of the sample portal and their pages.

县长信箱 runs on the TRS site: GBK pages, lists paginated only by the inline
``createPageHTML`` call, and each letter a label/value table (来信时间, 办理状态,
答复单位, 答复时间 …). 咨询投诉 is a separate Java system: UTF-8, ``list.jsp?page=N``
and ``show.jsp?id=N``, the question in dl/dt/dd and the answer in 标签：值
paragraphs with other label words (提交时间, 处理状态, 回复部门, 回复时间) and
Chinese dates.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.sampleportal.layout import SITE_SHORT, breadcrumb, document, esc, gbk_page, shorten, utf8_page
from monitor.sampleportal.model import Page
from monitor.sampleportal.trs import relative

if TYPE_CHECKING:
    from monitor.sampleportal.letters import Letter

HDJL = ("互动交流", "/hdjl/index.html")
WAITING = "该信件正在办理中，请耐心等待。"


def _chunks(box: dict, letters: list["Letter"]) -> list[list["Letter"]]:
    """Newest first, ``per_page`` a page."""
    ordered = sorted(letters, key=lambda letter: letter.received, reverse=True)
    size = box["per_page"]
    return [ordered[i:i + size] for i in range(0, len(ordered), size)]


def _trail(box: dict) -> str:
    return breadcrumb([("首页", "/"), HDJL, (box["name"], box["first"])])


def _table_row(letter: "Letter", page: str) -> str:
    return (f'<tr><td class="xj-title"><a href="{esc(relative(letter.path, page))}" target="_blank" '
            f'title="{esc(letter.title)}">{esc(shorten(letter.title, 20))}</a></td>'
            f'<td class="xj-time">{letter.received:%Y-%m-%d}</td><td class="xj-state">{esc(letter.state)}</td></tr>')


def _table_list(box: dict, letters: list["Letter"], index: int, total: int) -> tuple[str, Page]:
    folder = box["first"].rsplit("/", 1)[0]
    path = box["first"] if index == 0 else f"{folder}/index_{index}.html"
    rows = "\n".join(_table_row(letter, path) for letter in letters)
    main = (f'{_trail(box)}\n<div class="xjlb"><div class="column-title">{esc(box["name"])}</div>\n'
            '<table class="xjlb-table" width="100%">\n<tr><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>\n'
            f'{rows}\n</table>\n<div class="page"><script type="text/javascript" src="/js/page.js"></script>'
            f'<script type="text/javascript">createPageHTML({total}, {index}, "index", "html");</script></div></div>')
    return path, gbk_page(path, document(f"{box['name']}_{SITE_SHORT}", main, charset="gb2312"))


def _table_letter(box: dict, letter: "Letter") -> Page:
    answered = f"{letter.answered:%Y-%m-%d %H:%M:%S}" if letter.answered else ""
    rows = [("来信标题", letter.title, None, None), ("信件编号", letter.number, "来信人", letter.sender),
            ("来信时间", f"{letter.received:%Y-%m-%d %H:%M:%S}", "办理状态", letter.state),
            ("来信内容", letter.ask, None, None), ("答复单位", letter.by or "", "答复时间", answered),
            ("答复内容", letter.reply, None, None)]
    cells = "\n".join(f'<tr><td class="label">{a}</td><td colspan="3">{esc(b)}</td></tr>' if c is None else
                      f'<tr><td class="label">{a}</td><td>{esc(b)}</td><td class="label">{c}</td><td>{esc(d)}</td></tr>'
                      for a, b, c, d in rows)
    main = (f'{_trail(box)}\n<div class="xjxx"><table class="xjxx_table" cellspacing="0" cellpadding="0">\n'
            f"{cells}\n</table></div>")
    return gbk_page(letter.path, document(f"{letter.title}_{box['name']}_{SITE_SHORT}", main, charset="gb2312"))


def table_box(box: dict, letters: list["Letter"]) -> dict[str, Page]:
    chunks = _chunks(box, letters)
    pages = dict(_table_list(box, chunk, i, len(chunks)) for i, chunk in enumerate(chunks))
    pages.update((letter.path, _table_letter(box, letter)) for letter in letters)
    return pages


def _dl_pager(box: dict, count: int, index: int, total: int) -> str:
    name = box["first"].rsplit("/", 1)[1]

    def link(label: str, target: int, live: bool) -> str:
        return f'<a href="{name}?page={target + 1}">{label}</a>' if live else label

    return (f'<div class="pager">共 {count} 条　第{index + 1}/{total}页　'
            f'{link("首页", 0, index > 0)} {link("上一页", index - 1, index > 0)} '
            f'{link("下一页", index + 1, index < total - 1)} {link("尾页", total - 1, index < total - 1)}</div>')


def _dl_list(box: dict, letters: list["Letter"], index: int, total: int, count: int) -> tuple[str, Page]:
    path = box["first"] if index == 0 else f"{box['first']}?page={index + 1}"
    items = "\n".join(f'<li><span class="bh">{letter.number}</span><a href="{esc(letter.path.rsplit("/", 1)[1])}" '
                      f'target="_blank">{esc(letter.title)}</a><span class="zt">{esc(letter.state)}</span>'
                      f'<span class="sj">{letter.received:%Y-%m-%d}</span></li>' for letter in letters)
    main = (f'{_trail(box)}\n<div class="zxts"><h3>{esc(box["name"])}</h3>\n<ul class="zxts-list">\n{items}\n</ul>\n'
            f"{_dl_pager(box, count, index, total)}</div>")
    return path, utf8_page(document(f"{box['name']}-{SITE_SHORT}", main))


def _dl_letter(box: dict, letter: "Letter") -> Page:
    fields = [("主题", letter.title), ("编号", letter.number), ("提交人", letter.sender),
              ("提交时间", f"{letter.received:%Y-%m-%d %H:%M}"), ("处理状态", letter.state), ("咨询内容", letter.ask)]
    info = "".join(f"<dt>{label}：</dt><dd>{esc(value)}</dd>" for label, value in fields)
    if letter.answered:
        answer = (f"<p>回复部门：{esc(letter.by)}</p><p>回复时间：{letter.answered:%Y年%m月%d日}</p>"
                  f"<p>回复内容：{esc(letter.reply)}</p>")
    else:
        answer = f'<p class="wait">{WAITING}</p>'
    main = (f'{_trail(box)}\n<div class="zxts-detail"><h2>{esc(letter.title)}</h2>\n'
            f'<dl class="zxts-info">{info}</dl>\n<div class="zxts-reply">{answer}</div></div>')
    return utf8_page(document(f"{letter.title}-{box['name']}-{SITE_SHORT}", main))


def dl_box(box: dict, letters: list["Letter"]) -> dict[str, Page]:
    chunks = _chunks(box, letters)
    pages = dict(_dl_list(box, chunk, i, len(chunks), len(letters)) for i, chunk in enumerate(chunks))
    pages.update((letter.path, _dl_letter(box, letter)) for letter in letters)
    return pages
