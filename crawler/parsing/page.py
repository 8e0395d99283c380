"""A page parsed once: its tree, its meta tags and its visible text in lines.

Everything that reads a page (article metadata, listings, later the content
checks) takes this object, so no page is parsed or flattened twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import lxml.html
from lxml import etree

_BLOCK = frozenset(
    "p div br li tr td th h1 h2 h3 h4 h5 h6 table ul ol dl dt dd section article "
    "header footer nav form title option".split()
)
_INVISIBLE = ("script", "style", "noscript", "template")
_SPACES = re.compile(r"[ \t\r\f\v\u3000\xa0]+")


@dataclass
class ParsedPage:
    url: str
    root: lxml.html.HtmlElement
    broken: bool = False  # the markup could not be parsed at all; the page is empty
    _cache: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_html(cls, url: str, html: str) -> "ParsedPage":
        try:
            return cls(url, lxml.html.document_fromstring(html or "<html></html>"))
        except (etree.ParserError, ValueError):
            return cls(url, lxml.html.document_fromstring("<html></html>"), broken=True)

    @cached_property
    def metas(self) -> dict[str, str]:
        """``<meta name=…>`` by lower-cased name (PubDate → pubdate)."""
        found: dict[str, str] = {}
        for meta in self.root.iter("meta"):
            name = (meta.get("name") or meta.get("property") or "").strip().lower()
            content = (meta.get("content") or "").strip()
            if name and content:
                found.setdefault(name, content)
        return found

    @cached_property
    def lines(self) -> list[str]:
        """Visible text, one line per block element, spaces folded."""
        return [line for line in (_SPACES.sub(" ", raw).strip() for raw in self._text().split("\n")) if line]

    @cached_property
    def text(self) -> str:
        return "\n".join(self.lines)

    @cached_property
    def title_tag(self) -> str:
        node = self.root.find(".//title")
        return _SPACES.sub(" ", node.text_content()).strip() if node is not None else ""

    def _text(self) -> str:
        parts: list[str] = []
        _walk(self.root.find("body") if self.root.find("body") is not None else self.root, parts)
        return "".join(parts)


def _walk(element, parts: list[str]) -> None:
    """Text content with a line break around block elements (tail kept)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _INVISIBLE or not tag:
        return
    block = tag in _BLOCK
    if block:
        parts.append("\n")
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def element_text(element) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()
