"""The links a page cites: pages, images, scripts, styles, attachments and frames.

Read from the markup only (no script is run), each with the text a visitor
sees for it (anchor text, else its title; an image's alt), so a finding can
say which link on the page is broken.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import urlsplit

from crawler.parsing.page import ParsedPage, element_text
from crawler.urls import FILE_EXTENSIONS

KINDS = ("page", "image", "script", "style", "attachment", "frame")
SKIPPED_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "about:", "sms:", "#")
IMAGE_EXTENSIONS = frozenset("jpg jpeg png gif bmp webp svg ico tif tiff".split())
STYLE_EXTENSIONS = frozenset({"css"})
SCRIPT_EXTENSIONS = frozenset({"js"})
_XPATH = ("//a[@href] | //area[@href] | //img[@src] | //script[@src] | //link[@href]"
          " | //iframe[@src] | //frame[@src]")


@dataclass(frozen=True)
class CitedLink:
    url: str  # absolute, as linked (fragment dropped)
    kind: str  # one of KINDS
    text: str  # anchor text, title or alt; may be empty


def cited_links(page: ParsedPage, urljoin: Callable[[str], str]) -> list[CitedLink]:
    """Every http(s) URL the page cites, once per (URL, kind), in document order."""
    seen: dict[tuple[str, str], CitedLink] = {}
    for element in page.root.xpath(_XPATH):
        for link in _from_element(element, urljoin):
            known = seen.get((link.url, link.kind))
            if known is None or (not known.text and link.text):
                seen[(link.url, link.kind)] = link
    return list(seen.values())


def _from_element(element, urljoin: Callable[[str], str]) -> Iterator[CitedLink]:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag == "link" and "stylesheet" not in (element.get("rel") or "").lower().split():
        return
    raw = (element.get("src") if tag in ("img", "script", "iframe", "frame") else element.get("href")) or ""
    raw = raw.strip()
    if not raw or raw.lower().startswith(SKIPPED_SCHEMES):
        return
    url = urljoin(raw).split("#", 1)[0]
    if urlsplit(url).scheme not in ("http", "https"):
        return
    yield CitedLink(url, _kind(tag, url), _text(element, tag)[:200])


def _kind(tag: str, url: str) -> str:
    if tag == "img":
        return "image"
    if tag == "script":
        return "script"
    if tag == "link":
        return "style"
    if tag in ("iframe", "frame"):
        return "frame"
    return _kind_by_extension(url)


def _kind_by_extension(url: str) -> str:
    """What an <a href> leads to, judged by the file name's extension."""
    name = urlsplit(url).path.rsplit("/", 1)[-1].lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension in IMAGE_EXTENSIONS:
        return "image"
    if extension in STYLE_EXTENSIONS:
        return "style"
    if extension in SCRIPT_EXTENSIONS:
        return "script"
    return "attachment" if extension in FILE_EXTENSIONS else "page"


def _text(element, tag: str) -> str:
    if tag in ("img", "area"):
        return (element.get("alt") or element.get("title") or "").strip()
    if tag == "a":
        text = element_text(element)
        if not text:
            images = element.xpath(".//img/@alt")
            text = str(images[0]).strip() if images else ""
        return text or (element.get("title") or "").strip()
    return (element.get("title") or "").strip()
