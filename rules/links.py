"""The attachments a page links, as the rules and the crawler see them."""
from __future__ import annotations

from urllib.parse import urljoin

from crawler.parsing.page import element_text
from rules.page import Link

# Documents a unit attaches to a post (not images, styles or scripts). Only
# anchors whose href ends so are joined and read: a county page links a
# hundred navigation pages and a handful of attachments.
DOCUMENTS = "pdf doc docx xls xlsx et ppt pptx dps wps ofd ceb rtf txt csv zip rar 7z".split()
_ENDINGS = tuple(f".{ext}" for ext in DOCUMENTS)


def attachment_links(root, base_url: str) -> tuple[Link, ...]:
    """Attachment links of a page, absolute, with their shown text (or title), in document order."""
    found = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href.split("?")[0].split("#")[0].lower().endswith(_ENDINGS):
            text = element_text(anchor) or anchor.get("title") or ""
            found.append(Link(urljoin(base_url, href), text))
    return tuple(found)
