"""A page's text from its bytes when the declared charset may be wrong.

County CMSs copy templates between sites and servers add defaults: a GBK
page goes out as ``charset=utf-8``, a UTF-8 page still carries its old
template's ``charset=gb2312``. So the bytes decide and declarations are
hints: text that is valid UTF-8 (give or take a few stray bytes) is UTF-8,
since GBK text of any length practically never is; otherwise the legacy
charset the header or the page declares, and when only UTF-8 was declared
or nothing, GB18030 (the superset of GB2312 and GBK Chinese portals use).
"""
from __future__ import annotations

import codecs

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

# Share of undecodable characters up to which a page is still UTF-8 with stray bytes: GBK text
# read as UTF-8 is 75% or more undecodable (the 1,381 GBK pages of the sample portal).
STRAY = 0.25
LEGACY = "gb18030"
_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The text of an HTML page; ``content_type`` is the Content-Type header, if any."""
    if body.startswith(_UTF16):
        return body.decode("utf-16", errors="replace")
    try:
        return body.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if text.count("\ufffd") <= STRAY * non_ascii:
        return text
    return body.decode(legacy_encoding(body, content_type), errors="replace")


def legacy_encoding(body: bytes, content_type: str | None) -> str:
    """The first non-UTF declaration (header, then the page's meta), else GB18030; gbk and gb2312 read as GB18030."""
    header = http_content_type_encoding(content_type) if content_type else None
    for declared in (header, html_body_declared_encoding(body)):
        name = resolve_encoding(declared) if declared else None
        if name and not name.startswith("utf"):
            return name
    return LEGACY


def decode_csv(data: bytes) -> str:
    """A CSV as offices save it: UTF-8 (a BOM dropped), else GB18030, which reads every GBK file (Chinese Excel, WPS).

    Raises UnicodeDecodeError when it is neither."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")
