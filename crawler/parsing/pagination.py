"""Other pages of a list: TRS script pagers and ordinary 下一页 / 尾页 / number links.

TRS WCM writes its page links with ``createPageHTML(total, current, "index",
"html")`` in an inline script, so they are not in the markup: the pages are
derived from the call (index.html, index_1.html … index_{total-1}.html).
"""
from __future__ import annotations

import re

from crawler.parsing.page import ParsedPage, element_text
from crawler.urls import is_page_sibling

_SCRIPT_PAGER = re.compile(r"createPageHTML\s*\(([^)]*)\)", re.I)
_PAGE_TEXT = re.compile(
    r"^[\[【(（]?\s*(下一页|下页|上一页|上页|首页|尾页|末页|最后一页|第一页|\d{1,4}|[<>«»‹›]{1,2}|"
    r"next|prev|previous|last|first)\s*[\]】)）]?$",
    re.I,
)
MAX_SCRIPT_PAGES = 2000


def page_links(page: ParsedPage, urljoin) -> list[str]:
    """Absolute URLs of the list's other pages found on this page."""
    links = script_pages(page, urljoin)
    for anchor in page.root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        if _PAGE_TEXT.match(element_text(anchor)) or _PAGE_TEXT.match(anchor.get("title") or ""):
            target = urljoin(href)
            if is_page_sibling(page.url, target):
                links.append(target)
    return list(dict.fromkeys(links))


def script_pages(page: ParsedPage, urljoin) -> list[str]:
    for script in page.root.iter("script"):
        call = _SCRIPT_PAGER.search(script.text or "")
        if call:
            return _trs_pages(call[1], urljoin)
    return []


def _trs_pages(arguments: str, urljoin) -> list[str]:
    """createPageHTML(12, 0, "index", "html") and the variant with a leading element id."""
    numbers = [int(n) for n in re.findall(r"(?<![\w.])(\d+)(?![\w.])", arguments)]
    words = re.findall(r"[\"']([^\"']*)[\"']", arguments)
    if not numbers or len(words) < 2:
        return []
    total = min(numbers[0], MAX_SCRIPT_PAGES)
    stem, ext = words[-2] or "index", words[-1] or "html"
    return [urljoin(f"{stem}.{ext}")] + [urljoin(f"{stem}_{i}.{ext}") for i in range(1, total)]
