"""The sources of the sample's new-media accounts: RSS 2.0, Atom, an HTML list page, a CSV export.

Like the mirrors county offices run, feed dates carry the +08:00 offset (an
item posted before 08:00 falls on the day before in UTC), and links are
paths on the sample host (its port is only known when served), so a reader
resolves them against the source's URL, as a browser does. The export is
what back offices give: UTF-8 with a BOM for Excel, 标题,发布时间,链接, and a
live stream with no link.
"""
from __future__ import annotations

import csv
import datetime
import io
from email.utils import format_datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from monitor.sampleportal.layout import breadcrumb, document, esc, utf8_page
from monitor.sampleportal.model import Page

if TYPE_CHECKING:
    from monitor.sampleportal.media import Item

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
CSV = "text/csv; charset=utf-8"
BEIJING = datetime.timezone(datetime.timedelta(hours=8))
EXPORT_HEADER = ["标题", "发布时间", "链接"]


def _newest_first(items: list["Item"]) -> list["Item"]:
    return sorted(items, key=lambda i: i.when, reverse=True)


def _iso(when: datetime.datetime) -> str:
    return when.replace(tzinfo=BEIJING).isoformat()


def _rss_item(item: "Item") -> str:
    summary = f"<description>{escape(item.summary)}</description>" if item.summary else ""
    return (f"<item><title>{escape(item.title)}</title><link>{escape(item.url)}</link>"
            f'<guid isPermaLink="false">{escape(item.url)}</guid>'
            f"<pubDate>{format_datetime(item.when.replace(tzinfo=BEIJING))}</pubDate>{summary}</item>")


def rss(plan: dict, items: list["Item"]) -> Page:
    """RSS 2.0, newest first."""
    entries = "\n".join(_rss_item(i) for i in _newest_first(items))
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(plan['name'])}</title><link>/</link>"
            f"<description>{escape(plan['name'])}发布的文章</description><language>zh-cn</language>\n"
            f"{entries}\n</channel></rss>\n")
    return Page(body.encode("utf-8"), RSS)


def _atom_entry(item: "Item") -> str:
    summary = f"<summary>{escape(item.summary)}</summary>" if item.summary else ""
    return (f"<entry><title>{escape(item.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{escape(item.url)}"/><id>{escape(item.url)}</id>'
            f"<published>{_iso(item.when)}</published><updated>{_iso(item.updated or item.when)}</updated>"
            f"{summary}</entry>")


def atom(plan: dict, items: list["Item"]) -> Page:
    """Atom 1.0, newest first; an edited entry's <updated> is later than its <published>."""
    ordered = _newest_first(items)
    entries = "\n".join(_atom_entry(i) for i in ordered)
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(plan['name'])}</title><id>tag:dingnan,2024:{plan['slug']}</id>"
            f"<updated>{_iso(ordered[0].when)}</updated><link rel=\"alternate\" href=\"/\"/>\n"
            f"{entries}\n</feed>\n")
    return Page(body.encode("utf-8"), ATOM)


def listing(plan: dict, items: list["Item"]) -> Page:
    """A 大汉-style dated list of the account's articles, all on one page (no pagination to follow)."""
    rows = "\n".join(f'<tr><td class="bt-title"><a href="{esc(i.url)}" target="_blank" title="{esc(i.title)}">'
                     f'{esc(i.title)}</a></td><td class="bt-date" width="90">[{i.when:%Y-%m-%d}]</td></tr>'
                     for i in _newest_first(items))
    name = f"{plan['name']}头条号"
    main = (f'{breadcrumb([("首页", "/"), (name, plan["path"])])}\n<div class="bt-column"><h2>{esc(name)}</h2>\n'
            f'<table class="bt-list" width="100%">\n{rows}\n</table>\n'
            f'<div class="default_pgPanel">共{len(items)}条记录 第1/1页</div></div>')
    return utf8_page(document(f"{name} 定南县人民政府", main))


def export(plan: dict, items: list["Item"]) -> Page:
    """The back office's export: 标题,发布时间,链接, oldest first, Excel's BOM and line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    writer.writerows([i.title, f"{i.when:%Y-%m-%d %H:%M}", i.url or ""] for i in items)
    return Page(("\ufeff" + out.getvalue()).encode("utf-8"), CSV)


def article(plan: dict, item: "Item") -> Page:
    """The article itself, as the mirror shows it (no portal frame)."""
    text = item.summary or f"{item.title}。"
    body = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{esc(item.title)}</title>\n</head>\n'
            f'<body>\n<div class="rich_media"><h1 class="rich_media_title">{esc(item.title)}</h1>\n'
            f'<div class="rich_media_meta">{esc(plan["name"])}　{item.when:%Y-%m-%d %H:%M}</div>\n'
            f'<div class="rich_media_content"><p>{esc(text)}</p></div></div>\n</body>\n</html>\n')
    return utf8_page(body)
