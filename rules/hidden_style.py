"""Which elements the page's own CSS makes invisible, and why.

A 暗链 is a link a visitor cannot see: the page's CSS (``style`` attributes,
``<style>`` blocks, ``<font color>``/``bgcolor``) or its markup (``hidden``,
``<noscript>``, a one-pixel ``<marquee>``) hides it or an ancestor.
Stylesheets loaded from other files are not fetched: rules never touch the
network.

Styles are resolved per element on demand, for the few links whose hiding
would matter: the rule asks only about links to strangers' sites and links
that may carry spam, and most pages have none of either.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cssselect import SelectorError
from cssselect.xpath import ExpressionError
from lxml import etree
from lxml.cssselect import CSSSelector

from rules.css_values import HIDING, background, box_reason, colour, hiding_declarations, hiding_rules, px

_NAME = re.compile(r"[.#]-?[_a-zA-Z][\w-]*")  # a selector's class and id names: absent ones match nothing
_IDS = etree.XPath("//@id", smart_strings=False)
_CLASSES = etree.XPath("//@class", smart_strings=False)


class PageStyles:
    """The styles of one document and why an element is invisible to a visitor.

    Declarations cascade in source order (presentational attributes, ``<style>``
    rules, ``style`` attributes) with ``!important`` kept; selector
    specificity and ``@media`` rules are ignored.
    """

    def __init__(self, root, offscreen_px: int):
        self.root, self.offscreen = root, offscreen_px
        self._sheet: dict | None = None  # element → declarations of the <style> rules that select it
        self._styles: dict = {}
        self._boxes: dict = {}

    def hidden_why(self, anchor) -> str:
        """Why a visitor cannot see ``anchor`` ('' when nothing the page says hides it)."""
        chain = [anchor, *anchor.iterancestors()]
        for element in chain:
            if element not in self._boxes:
                style = self.style(element)
                self._boxes[element] = _element_reason(element, style) or box_reason(style, self.offscreen)
            if self._boxes[element]:
                return self._boxes[element]
        return self._font_reason(chain) or self._colour_reason(chain)

    def style(self, element) -> dict[str, str]:
        """The hiding properties the page gives ``element``: property → value."""
        if element not in self._styles:
            merged: dict[str, tuple[str, bool]] = {}
            _merge(merged, _presentational(element))
            for decls in self._sheet_rules().get(element, ()):
                _merge(merged, decls)
            inline = element.get("style")
            if inline:
                _merge(merged, hiding_declarations(inline))
            self._styles[element] = {name: value for name, (value, _) in merged.items()}
        return self._styles[element]

    def _sheet_rules(self) -> dict:
        """The ``<style>`` rules with hiding declarations, by the elements they select (read once)."""
        if self._sheet is None:
            self._sheet, names = {}, None
            rules = (rule for style in self.root.iter("style") for rule in hiding_rules(style.text_content()))
            for selector, decls in rules:
                wanted = _NAME.findall(selector)
                names = page_names(self.root) if wanted and names is None else names
                if not wanted or names.issuperset(wanted):
                    for element in select(self.root, selector):
                        self._sheet.setdefault(element, []).append(decls)
        return self._sheet

    def _nearest(self, chain, name: str) -> str:
        return next((style[name] for style in map(self.style, chain) if name in style), "")

    def _font_reason(self, chain) -> str:
        value = self._nearest(chain, "font-size")
        size = px(value)
        return f"font-size:{value}" if size is not None and size <= 1 else ""

    def _colour_reason(self, chain) -> str:
        text = colour(self._nearest(chain, "color"))
        for element in chain:
            ground = background(self.style(element))
            if ground is not None:
                return f"文字与背景同为{text}" if text and ground == text else ""
        return ""


def page_names(root) -> frozenset[str]:
    """.class and #id names the page's elements carry."""
    ids = ("#" + name for name in _IDS(root) if name)
    return frozenset((*ids, *("." + name for names in _CLASSES(root) for name in names.split())))


def select(root, selector: str) -> list:
    """The elements a CSS selector picks ([] for one cssselect cannot read)."""
    compiled = _compiled(selector)
    return compiled(root) if compiled is not None else []


@lru_cache(maxsize=1024)
def _compiled(selector: str) -> CSSSelector | None:
    """The selector as XPath; translating costs far more than evaluating, and sites repeat their selectors."""
    try:
        return CSSSelector(selector, translator="html")
    except (SelectorError, ExpressionError):
        return None


def _merge(merged: dict, decls: dict[str, tuple[str, bool]]) -> None:
    """Later declarations win, unless the earlier one was ``!important``; only hiding properties are kept."""
    for name, (value, important) in decls.items():
        if name in HIDING and (important or not merged.get(name, ("", False))[1]):
            merged[name] = (value, important)


def _presentational(element) -> dict[str, tuple[str, bool]]:
    """``<font color>`` and ``bgcolor`` as the declarations they stand for."""
    found = {}
    if element.get("bgcolor"):
        found["background-color"] = (element.get("bgcolor").strip().lower(), False)
    if element.tag == "font" and element.get("color"):
        found["color"] = (element.get("color").strip().lower(), False)
    return found


def _element_reason(element, style: dict[str, str]) -> str:
    """Hidden by markup, not CSS: the ``hidden`` attribute, <noscript>, <template>, a one-pixel <marquee>."""
    if element.get("hidden") is not None:
        return "hidden属性"
    if element.tag in ("noscript", "template"):  # browsers with scripts on show neither
        return f"{element.tag}元素内"
    if element.tag == "marquee":
        for name in ("height", "width"):
            value = style.get(name) or (element.get(name) or "").strip().lower()
            size = px(value)
            if size is not None and size <= 1:
                return f"marquee {name}:{value}"
    return ""
