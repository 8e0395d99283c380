"""What the hidden-link rules share: whose a host is, spam in a link, and the page's own CSS.

A 暗链 is a link a visitor cannot see but a search engine follows. Deciding
that needs three things, computed here once per page: whether the target
belongs to the site or to a government / state-media site (those are hidden
in menus and tab panels all the time), whether the link's text or URL
carries gambling, porn or fraud terms, and which elements the page's own
CSS (``style`` attributes, ``<style>`` blocks, ``<font color>``/``bgcolor``)
makes invisible. Stylesheets loaded from other files are not fetched: rules
never touch the network.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

import tinycss2
from cssselect import SelectorError
from cssselect.xpath import ExpressionError
from lxml import etree

from crawler.parsing.page import element_text
from rules.terms import TermHit, TermMatcher

SPAM_LISTS = ("gambling", "porn", "fraud")
SAFE_SUFFIXES = (".gov.cn",)
SAFE_HOSTS = ("gov.cn", "xinhuanet.com", "news.cn", "people.com.cn", "cctv.com", "cntv.cn", "12371.cn",
              "12377.cn", "qstheory.cn", "gmw.cn", "chinadaily.com.cn", "china.com.cn", "cnr.cn", "youth.cn",
              "ce.cn", "conac.cn", "weibo.com", "qq.com")
# Pinyin that gambling and porn domains are spelt with (www.baijiale-vip.com); the term lists hold the Chinese.
SPAM_URL_WORDS = ("baijiale", "bocai", "duchang", "touzhu", "xinpujing", "weinisiren", "taiyangcheng", "liuhecai",
                  "shishicai", "zhenrenyule", "qipai", "seqing", "qingse")
_SECOND_LEVEL = frozenset({"gov", "com", "net", "org", "edu", "ac", "mil"})
_JS_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_JS_CHAR = {"n": "\n", "t": "\t", "r": "\r"}
_SHORT_ASCII = 5  # shorter ASCII terms must stand alone in a URL (av in /nav/ is not a hit)


def host_of(url: str) -> str:
    """The lower-case host without port and leading ``www.``."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return host[4:] if host.startswith("www.") else host


def registered_domain(host: str) -> str:
    """dingnan.gov.cn for m.dingnan.gov.cn: the name its owner registered."""
    labels = host.split(".")
    if host.replace(".", "").isdigit():
        return host
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


class Hosts:
    """Whose a link target is: the site's own, a safe (government, state media) one, or a stranger's."""

    def __init__(self, own_hosts, safe_suffixes: tuple[str, ...], safe_hosts: tuple[str, ...]):
        self.own = frozenset(registered_domain(host_of(f"//{host}")) for host in own_hosts)
        self.safe_suffixes = tuple(s.lower() for s in safe_suffixes)
        self.safe_hosts = tuple(h.lower().removeprefix("www.") for h in safe_hosts)

    @classmethod
    def of(cls, page, context, options) -> "Hosts":
        """The hosts of ``page``'s site (the profile's and the page's own) and a rule's safe lists."""
        own = {*context.own_hosts, urlsplit(page.url).netloc}
        return cls(own, options.safe_suffixes, options.safe_hosts)

    def is_own(self, url: str) -> bool:
        return registered_domain(host_of(url)) in self.own

    def is_safe(self, url: str) -> bool:
        host = host_of(url)
        return host.endswith(self.safe_suffixes) or any(
            host == safe or host.endswith("." + safe) for safe in self.safe_hosts)

    def trusted(self, url: str) -> bool:
        return self.is_own(url) or self.is_safe(url)


def anchors(root, base: str):
    """(element, absolute http(s) URL) of every ``<a href>`` under ``root``."""
    for anchor in root.iter("a"):
        url = urljoin(base, (anchor.get("href") or "").strip())
        if urlsplit(url).scheme in ("http", "https") and host_of(url):
            yield anchor, url


def link_texts(anchor) -> tuple[str, ...]:
    """What the link shows or says about itself: its text, title and images' alt text."""
    alts = (img.get("alt") or "" for img in anchor.iter("img"))
    return tuple(t for t in (element_text(anchor), anchor.get("title") or "", *alts) if t.strip())


def shown_text(anchor) -> str:
    return next(iter(link_texts(anchor)), "")


def url_spam(matcher: TermMatcher, url: str) -> str:
    """Why the URL's decoded host and path look like spam, or an empty string."""
    parts = urlsplit(url)
    text = unquote(parts.netloc + parts.path).lower()
    hit = next((hit for hit in matcher.find(text) if _standalone(text, hit)), None)
    if hit is not None:
        return f"网址含{hit.term.label}类词语“{hit.term.text}”"
    word = next((word for word in SPAM_URL_WORDS if word in text), None)
    return f"网址含赌博色情网站常用拼音“{word}”" if word else ""


def _standalone(text: str, hit: TermHit) -> bool:
    if not hit.term.text.isascii() or len(hit.term.text) >= _SHORT_ASCII:
        return True
    before = text[hit.start - 1] if hit.start else ""
    return not any("a" <= char <= "z" for char in before + text[hit.end:hit.end + 1])


def link_spam(matcher: TermMatcher, texts: tuple[str, ...], url: str) -> str:
    """Why the link looks like spam (网址含赌博类词语“…”), or an empty string."""
    for text in texts:
        hit = next(iter(matcher.find(text)), None)
        if hit is not None:
            return f"链接文字或标题含{hit.term.label}类词语“{hit.term.text}”"
    return url_spam(matcher, url)


def js_unescape(text: str) -> str:
    """Backslash escapes decoded as JavaScript reads a string (\\x68, \\u0068, \\", \\/)."""
    return _JS_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                          else _JS_CHAR.get(m.group(3), m.group(3)), text)


def declarations(css: str | list) -> dict[str, tuple[str, bool]]:
    """property → (value, !important) of a declaration list, values lower-cased."""
    found = {}
    for decl in tinycss2.parse_declaration_list(css, skip_comments=True, skip_whitespace=True):
        if decl.type == "declaration":
            found[decl.lower_name] = (tinycss2.serialize(decl.value).strip().lower(), decl.important)
    return found


def style_rules(root):
    """(selector, declarations) of the ``<style>`` blocks outside @media and other at-rules, a group split up."""
    for style in root.iter("style"):
        for rule in tinycss2.parse_stylesheet(style.text_content(), skip_comments=True, skip_whitespace=True):
            if rule.type == "qualified-rule":
                decls = declarations(rule.content)
                for selector in tinycss2.serialize(rule.prelude).split(","):
                    yield selector.strip(), decls


def page_names(root) -> frozenset[str]:
    """.class and #id names the page's elements carry."""
    names = set()
    for element in root.iter(etree.Element):
        if element.get("id"):
            names.add("#" + element.get("id"))
        names.update("." + name for name in (element.get("class") or "").split())
    return frozenset(names)


def select(root, selector: str) -> list:
    try:
        return root.cssselect(selector)
    except (SelectorError, ExpressionError):
        return []


_HIDING = frozenset("display visibility opacity font-size width height max-width max-height overflow position left "
                    "top text-indent margin-left margin-top clip clip-path color background background-color".split())
_UNITS = {"": 1.0, "px": 1.0, "em": 16.0, "rem": 16.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54,
          "mm": 96 / 25.4}
_LENGTH = re.compile(r"(-?\d*\.?\d+)([a-z]*)")
_NAMED = {"white": "#ffffff", "black": "#000000", "silver": "#c0c0c0", "gray": "#808080", "grey": "#808080",
          "red": "#ff0000", "green": "#008000", "blue": "#0000ff", "yellow": "#ffff00"}
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})")
_RGB = re.compile(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+)%?)?\s*\)")
_POSITIONED = ("absolute", "fixed")
_NAME = re.compile(r"[.#]-?[_a-zA-Z][\w-]*")  # a selector's class and id names: absent ones match nothing


class PageStyles:
    """The page's own styles, resolved once per page; why an element is invisible to a visitor.

    Declarations cascade in source order (presentational attributes, ``<style>``
    rules, ``style`` attributes) with ``!important`` kept; selector
    specificity and ``@media`` rules are ignored.
    """

    def __init__(self, root, offscreen_px: int):
        self.offscreen = offscreen_px
        merged: dict = {}
        for element in root.xpath("//font[@color] | //*[@bgcolor]"):
            _merge(merged, element, _presentational(element))
        names = page_names(root)
        for selector, decls in style_rules(root):
            if _HIDING.intersection(decls) and names.issuperset(_NAME.findall(selector)):
                for element in select(root, selector):
                    _merge(merged, element, decls)
        for element in root.xpath("//*[@style]"):
            _merge(merged, element, declarations(element.get("style")))
        self.styles = {element: {name: value for name, (value, _) in decls.items()}
                       for element, decls in merged.items()}
        self._boxes: dict = {}

    def hidden_why(self, anchor) -> str:
        """Why a visitor cannot see ``anchor`` ('' when nothing the page says hides it)."""
        chain = [anchor, *anchor.iterancestors()]
        for element in chain:
            if element not in self._boxes:
                style = self.styles.get(element, {})
                self._boxes[element] = _element_reason(element, style) or box_reason(style, self.offscreen)
            if self._boxes[element]:
                return self._boxes[element]
        return self._font_reason(chain) or self._colour_reason(chain)

    def _nearest(self, chain, name: str) -> str:
        return next((self.styles[e][name] for e in chain if name in self.styles.get(e, ())), "")

    def _font_reason(self, chain) -> str:
        value = self._nearest(chain, "font-size")
        size = px(value)
        return f"font-size:{value}" if size is not None and size <= 1 else ""

    def _colour_reason(self, chain) -> str:
        text = colour(self._nearest(chain, "color"))
        for element in chain:
            ground = _background(self.styles.get(element, {}))
            if ground is not None:
                return f"文字与背景同为{text}" if text and ground == text else ""
        return ""


def _merge(merged: dict, element, decls: dict[str, tuple[str, bool]]) -> None:
    mine = merged.setdefault(element, {})
    for name, (value, important) in decls.items():
        if name in _HIDING and (important or not mine.get(name, ("", False))[1]):
            mine[name] = (value, important)


def _presentational(element) -> dict[str, tuple[str, bool]]:
    """``<font color>`` and ``bgcolor`` as the declarations they stand for."""
    found = {}
    if element.get("bgcolor"):
        found["background-color"] = (element.get("bgcolor").strip().lower(), False)
    if element.tag == "font" and element.get("color"):
        found["color"] = (element.get("color").strip().lower(), False)
    return found


def _element_reason(element, style: dict[str, str]) -> str:
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


def box_reason(style: dict[str, str], offscreen: int) -> str:
    """Why these declarations make a box invisible ('' if they do not)."""
    for check in (_gone, _too_small, _off_screen, _clipped):
        why = check(style, offscreen)
        if why:
            return why
    return ""


def _gone(style: dict[str, str], _offscreen: int) -> str:
    if style.get("display") == "none":
        return "display:none"
    if style.get("visibility") in ("hidden", "collapse"):
        return f"visibility:{style['visibility']}"
    opacity = px(style.get("opacity", ""))  # unitless: the number itself
    return f"opacity:{style['opacity']}" if opacity is not None and opacity <= 0.01 else ""


def _too_small(style: dict[str, str], _offscreen: int) -> str:
    if not {"hidden", "clip"}.intersection(style.get("overflow", "").split()):
        return ""
    for name in ("width", "height", "max-width", "max-height"):
        size = px(style.get(name, ""))
        if size is not None and size <= 1:
            return f"{name}:{style[name]};overflow:{style['overflow']}"
    return ""


def _off_screen(style: dict[str, str], offscreen: int) -> str:
    positioned = style.get("position") in _POSITIONED
    for name in ("text-indent", "margin-left", "margin-top") + (("left", "top") if positioned else ()):
        offset = px(style.get(name, ""))
        if offset is not None and offset <= -offscreen:
            return (f"position:{style['position']};" if name in ("left", "top") else "") + f"{name}:{style[name]}"
    return ""


def _clipped(style: dict[str, str], _offscreen: int) -> str:
    clip = re.fullmatch(r"rect\((.*)\)", style.get("clip", ""))
    if clip and style.get("position") in _POSITIONED:
        edges = [px(edge) for edge in re.split(r"[\s,]+", clip.group(1).strip())]
        if len(edges) == 4 and None not in edges and (edges[1] - edges[3] <= 1 or edges[2] - edges[0] <= 1):
            return f"clip:{style['clip']}"
    path = style.get("clip-path", "")
    inset = re.match(r"inset\(\s*(\d+(?:\.\d+)?)%", path)
    empty = (inset and float(inset.group(1)) >= 50) or re.match(r"circle\(\s*0(?![.\d])", path)
    return f"clip-path:{path}" if empty else ""


def px(value: str) -> float | None:
    """A CSS length in pixels (em and rem at 16px); None for percentages, auto and the like."""
    match = _LENGTH.fullmatch(value.strip())
    return float(match.group(1)) * _UNITS[match.group(2)] if match and match.group(2) in _UNITS else None


def colour(value: str) -> str | None:
    """#rrggbb of a CSS colour (white, #fff, rgb(255,255,255)); None when unknown or transparent."""
    if value in _NAMED:
        return _NAMED[value]
    if match := _HEX.fullmatch(value):
        digits = match.group(1)
        return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))
    match = _RGB.fullmatch(value)
    if match is None or (match.group(4) is not None and float(match.group(4)) == 0):
        return None
    return "#" + "".join(f"{min(int(v), 255):02x}" for v in match.group(1, 2, 3))


def _background(style: dict[str, str]) -> str | None:
    """The box's background colour; '' for a picture (colour unknown); None when it paints none."""
    value = style.get("background-color") or style.get("background") or ""
    if "url(" in value:
        return ""
    return next((c for c in map(colour, re.findall(r"[a-z-]+\([^)]*\)|\S+", value)) if c), None)
