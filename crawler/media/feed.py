"""RSS 2.0 and Atom feeds (many offices mirror their accounts to one), read with feedparser.

The content decides, not the Content-Type header: a good feed served as
text/html is still read, and the header only names what came instead of a
feed. Dates are read as printed, in the publisher's own time zone
(feedparser's parsed dates are UTC: 07:30 +0800 on the 12th would be the
11th), and Chinese dates feedparser misreads (2024年06月10日) are read too.
"""
from __future__ import annotations

import email.utils
import io
import re
import xml.sax
from datetime import date
from urllib.parse import urljoin

import feedparser
import lxml.html

from crawler.media.records import Article, SourceError, SourceRead
from crawler.parsing.dates import parse_date
from crawler.urls import canonical

_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)", re.I | re.S)


def read_feed(body: bytes, url: str, content_type: str | None = None) -> SourceRead:
    """The feed's dated entries; :class:`SourceError` when it is empty, malformed or not a feed."""
    body = body.removeprefix(b"\xef\xbb\xbf")
    parsed = feedparser.parse(io.BytesIO(body)) if body.strip() else None  # a stream: bytes never name a file
    fault = _fault(parsed, body, content_type)
    if fault:
        raise SourceError(fault)
    articles = [a for a in (_article(e, url) for e in parsed.entries) if a is not None]
    return SourceRead(tuple(articles), skipped=len(parsed.entries) - len(articles))


def _fault(parsed, body: bytes, content_type: str | None) -> str | None:
    """Why the answer is no feed to read (the notice), or None."""
    if parsed is None:
        return "订阅源为空：服务器返回了空白内容"
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = isinstance(error, xml.sax.SAXException)  # other bozo flags (a charset mismatch) are harmless
    xml_like = body.lstrip().startswith(b"<") and not _HTML.match(body)
    if not parsed.get("version") and not (broken and xml_like):  # too broken to tell its kind is still XML
        return f"返回的不是订阅源（{_mime(content_type, body)}）"
    if broken:
        return _malformed(error)
    return None if parsed.entries else "订阅源为空：没有任何文章"


def _article(entry, base: str) -> Article | None:
    link = (entry.get("link") or "").strip()
    link = canonical(urljoin(base, link)) if link else None
    title = _text(entry.get("title") or "") or link
    day = entry_date(entry)
    if day is None or not title:
        return None
    return Article(link, title, day, _text(entry.get("summary") or ""))


def entry_date(entry) -> date | None:
    """Published, else updated, as the feed prints it; else feedparser's reading (UTC) of a format only it knows."""
    for field in ("published", "updated"):
        day, parsed = _printed_date((entry.get(field) or "").strip()), entry.get(f"{field}_parsed")
        if day is None and parsed:
            day = date(*parsed[:3])
        if day is not None:
            return day
    return None


def _printed_date(raw: str) -> date | None:
    """RFC 822 (RSS) in its own time zone, else ISO 8601 (Atom) or Chinese as written."""
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError):
        return parse_date(raw)


def _text(html: str) -> str:
    """A description's text: feeds carry HTML there."""
    if "<" not in html:
        return html.strip()
    return " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())


def _malformed(error: xml.sax.SAXException) -> str:
    line = error.getLineNumber() if isinstance(error, xml.sax.SAXParseException) else None
    return f"订阅源无法解析：XML格式错误{f'（第{line}行）' if line else ''}"


def _mime(content_type: str | None, body: bytes) -> str:
    """What came instead: the declared type, or HTML when the body shows it."""
    declared = (content_type or "").split(";", 1)[0].strip().lower()
    return declared or ("HTML页面" if _HTML.match(body) else "未知内容")
