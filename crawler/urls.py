"""URL keys: one canonical form per post, one key per column (all its pages)."""
from __future__ import annotations

import posixpath
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

#: Links to these are files, not pages: never fetched as pages.
FILE_EXTENSIONS = frozenset(
    "pdf doc docx xls xlsx et ppt pptx wps ofd zip rar 7z gz tar txt rtf csv xml "
    "jpg jpeg png gif bmp webp svg ico tif tiff mp3 mp4 avi wmv flv swf mov m4v "
    "css js json exe apk msi dmg iso".split()
)
#: Query parameters CMSs use for the page number of a list.
PAGE_PARAMS = frozenset(
    "page pageno pagenum pageindex page_no page_num cur_page curpage currentpage "
    "current pn p pagecurrent a2p".split()
)
_INDEX_FILE = re.compile(r"(?<=/)(?:index|default|list)(?:_\d+)?\.(?:s?html?|jsp|aspx?|php)$", re.I)
_NUMBERED = re.compile(r"(?:[_-]\d+)?(\.[a-z]+)?$", re.I)


def canonical(url: str) -> str:
    """The stored form of a page URL: no fragment, sorted query, normalised escapes."""
    return canonicalize_url(url, keep_fragments=False)


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def is_file(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in FILE_EXTENSIONS


def column_key(url: str) -> str:
    """One key for every page of a list: index_3.html, ?page=3 and / are one column."""
    parts = urlsplit(canonical(url))
    path = _INDEX_FILE.sub("", parts.path) if _INDEX_FILE.search(parts.path) else parts.path
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() not in PAGE_PARAMS])
    return urlunsplit((parts.scheme, parts.netloc.lower(), path or "/", query, ""))


def is_page_sibling(current: str, target: str) -> bool:
    """True when ``target`` can be another page of the list at ``current``.

    Same host, and either the same path with another query, or the same
    folder with a file name that differs only by a page number
    (index.html / index_2.html, list.htm / list_2.htm).
    """
    a, b = urlsplit(current), urlsplit(target)
    if a.netloc.lower() != b.netloc.lower():
        return False
    if a.path == b.path:
        return a.query != b.query
    folder_a, file_a = posixpath.split(a.path)
    folder_b, file_b = posixpath.split(b.path)
    if folder_a != folder_b:
        return False
    stem_a, stem_b = _NUMBERED.sub("", file_a or "index"), _NUMBERED.sub("", file_b or "index")
    return stem_a == stem_b or {stem_a, stem_b} <= {"index", ""}
