"""The attachments a page links, as the rules and the crawler see them."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from crawler.parsing.page import element_text
from rules.page import Link

# Documents a unit attaches to a post (not images, styles or scripts). Only
# anchors whose href ends so are read, picked in one XPath pass: a county
# page links a hundred navigation pages and a handful of attachments.
DOCUMENTS = "pdf doc docx xls xlsx et ppt pptx dps wps ofd ceb rtf txt csv zip rar 7z".split()
_DOCUMENT = re.compile(rf"\.(?:{'|'.join(DOCUMENTS)})\s*(?:[?#].*)?$", re.IGNORECASE)
_HREFS = etree.XPath("//a/@href", smart_strings=False)
_DOCUMENT_LINE = re.compile(rf"\.(?:{'|'.join(DOCUMENTS)})[ \t]*(?:[?#].*)?$", re.IGNORECASE | re.MULTILINE)


def attachment_links(root, base_url: str) -> tuple[Link, ...]:
    """Attachment links of a page, absolute, with their shown text (or title), in document order.

    Plain strings first (no element proxies for a hundred navigation links);
    anchors are looked at only when some href names a document."""
    if not _DOCUMENT_LINE.search("\n".join(_HREFS(root))):
        return ()
    return tuple(_link(a, base_url) for a in root.iter("a") if _DOCUMENT.search(a.get("href") or ""))


def _link(anchor, base_url: str) -> Link:
    text = element_text(anchor) or anchor.get("title") or ""
    return Link(urljoin(base_url, anchor.get("href").strip()), text)
