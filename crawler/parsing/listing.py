"""Column listings: the dated links of a list page, its breadcrumb and its name.

A list item is the smallest element around a link that also shows a date
and holds at most two links (li, tr, dd, a div …): this fits any CMS
template without knowing its markup. Items are grouped by their parent; the
largest group is the page's list. Pages with several "更多" blocks are
aggregators (home and section pages), not columns. A page inside the site
(it has a breadcrumb) that lists nothing but says 暂无信息 or the like is an
empty column (空白栏目): a listing with no entries.
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files

from crawler.parsing.dates import find_dates, parse_date
from crawler.parsing.page import ParsedPage, element_text

_MORE = re.compile(r"^\s*(更多|更多>+|more|>>|更多\s*»)\s*$", re.I)
_TRAIL_MARK = re.compile(r"(当前位置|您的位置|您现在的位置|所在位置|现在位置)\s*[:：]?")
_TRAIL_SEP = re.compile(r"\s*(?:>>|>|»|›|＞|→|/)\s*")
_TRAIL_CLASS = re.compile(r"crumb|position|location|dqwz|weizhi|path|nav-?path", re.I)
MAX_ITEM_LINKS = 2
MAX_ITEM_DEPTH = 4


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    list_date: date | None


@dataclass(frozen=True)
class Listing:
    name: str | None
    trail: tuple[str, ...]
    entries: tuple[Entry, ...]


def extract_listing(page: ParsedPage, urljoin) -> Listing | None:
    """The page's column listing, or None when it lists no dated links."""
    if sum(1 for a in page.root.iter("a") if _MORE.match(a.text_content() or "")) >= 2:
        return None
    groups: dict[object, list[Entry]] = defaultdict(list)
    for anchor in page.root.iter("a"):
        entry, parent = _entry(anchor, urljoin)
        if entry is not None:
            groups[parent].append(entry)
    if not groups:
        return _empty_listing(page)
    main = max(groups.values(), key=len)
    if len(groups) > 1 and len(main) < 3:
        return None
    trail = breadcrumb(page)
    name = (trail[-1] if trail else None) or page.metas.get("columnname")
    return Listing(name=name, trail=trail, entries=tuple(_unique(main)))


def _empty_listing(page: ParsedPage) -> Listing | None:
    """An empty column: inside the site, no dated links, and a "nothing here yet" phrase."""
    trail = breadcrumb(page)
    if len(trail) < 2 or not any(_says_empty(line) for line in page.lines):
        return None
    return Listing(name=trail[-1] or page.metas.get("columnname"), trail=trail, entries=())


def _says_empty(line: str) -> bool:
    """A short line that is (or starts with) an empty-list phrase; prose that mentions 暂无 is not one."""
    return len(line) <= 30 and any(line.startswith(phrase) for phrase in _empty_phrases())


@lru_cache(maxsize=1)
def _empty_phrases() -> tuple[str, ...]:
    data = tomllib.loads(files("crawler.parsing").joinpath("data/empty_list.toml").read_text("utf-8"))
    return tuple(data["phrases"])


def _entry(anchor, urljoin) -> tuple[Entry | None, object]:
    href = (anchor.get("href") or "").strip()
    title = (anchor.get("title") or element_text(anchor)).strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")) or len(title) < 4:
        return None, None
    item = anchor
    for _ in range(MAX_ITEM_DEPTH):
        item = item.getparent()
        if item is None or item.tag in ("body", "html"):
            return None, None
        if sum(1 for a in item.iter("a") if a.get("href")) > MAX_ITEM_LINKS:
            return None, None
        text = element_text(item)
        outside = text.replace(element_text(anchor), " ", 1)
        dates = find_dates(outside) or find_dates(text)
        if dates:
            return Entry(urljoin(href), title, parse_date(dates[0])), item.getparent()
    return None, None


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    for entry in entries:
        seen.setdefault(entry.url, entry)
    return list(seen.values())


def breadcrumb(page: ParsedPage) -> tuple[str, ...]:
    """The names in the page's 当前位置 trail, home first, or () when there is none."""
    for line in page.lines:
        if mark := _TRAIL_MARK.search(line):
            return _split_trail(line[mark.end():])
    for element in page.root.iter():
        if isinstance(element.tag, str) and _TRAIL_CLASS.search(element.get("class", "") + element.get("id", "")):
            if trail := _split_trail(element_text(element)):
                return trail
    return ()


def _split_trail(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in _TRAIL_SEP.split(text) if p.strip()]
    return tuple(parts) if len(parts) >= 2 else ()
