"""Reading CSS as the hidden-link rule needs it: declarations, lengths, colours, invisible boxes.

Only the properties that can hide an element matter (``HIDING``); a style
text that names none of them is not parsed at all, and a parsed one is kept:
a site's pages repeat the same few ``style`` attributes and ``<style>``
blocks, and tinycss2 is slow.
"""
from __future__ import annotations

import re
from functools import lru_cache

import tinycss2

HIDING = frozenset("display visibility opacity font-size width height max-width max-height overflow position left "
                   "top text-indent margin-left margin-top clip clip-path color background background-color".split())
# Names of HIDING as they can be spelt (any case; an escape could spell one), so a text without any of
# these declares none of them.
_MENTIONS_HIDING = re.compile(r"display|visibility|opacity|width|height|overflow|position|left|top|indent|margin"
                              r"|clip|color|background|font-size|\\", re.I)
_UNITS = {"": 1.0, "px": 1.0, "em": 16.0, "rem": 16.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54,
          "mm": 96 / 25.4}
_LENGTH = re.compile(r"(-?\d*\.?\d+)([a-z]*)")
_NAMED = {"white": "#ffffff", "black": "#000000", "silver": "#c0c0c0", "gray": "#808080", "grey": "#808080",
          "red": "#ff0000", "green": "#008000", "blue": "#0000ff", "yellow": "#ffff00"}
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})")
_RGB = re.compile(r"rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+)%?)?\s*\)")
_POSITIONED = ("absolute", "fixed")


def hiding_declarations(css: str) -> dict[str, tuple[str, bool]]:
    """property → (value, !important) of a ``style`` attribute; {} when it names no hiding property."""
    return _declarations(css) if _MENTIONS_HIDING.search(css) else {}


@lru_cache(maxsize=1024)
def _declarations(css: str) -> dict[str, tuple[str, bool]]:
    """Kept per text: a site's templates repeat the same few style attributes on every page (do not mutate)."""
    return declarations(css)


def declarations(css: str | list) -> dict[str, tuple[str, bool]]:
    """property → (value, !important) of a declaration list, values lower-cased."""
    found = {}
    for decl in tinycss2.parse_declaration_list(css, skip_comments=True, skip_whitespace=True):
        if decl.type == "declaration":
            found[decl.lower_name] = (tinycss2.serialize(decl.value).strip().lower(), decl.important)
    return found


@lru_cache(maxsize=256)
def hiding_rules(css: str) -> tuple[tuple[str, dict], ...]:
    """(selector, declarations) of a style sheet's rules that set a hiding property, a group split up.

    Rules inside @media and other at-rules are left out. Kept per text: a
    site's pages share their ``<style>`` blocks (do not mutate)."""
    if not _MENTIONS_HIDING.search(css):
        return ()
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            decls = declarations(rule.content)
            if HIDING.intersection(decls):
                found += [(selector.strip(), decls) for selector in tinycss2.serialize(rule.prelude).split(",")]
    return tuple(found)


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


def background(style: dict[str, str]) -> str | None:
    """The box's background colour; '' for a picture (colour unknown); None when it paints none."""
    value = style.get("background-color") or style.get("background") or ""
    if "url(" in value:
        return ""
    return next((c for c in map(colour, re.findall(r"[a-z-]+\([^)]*\)|\S+", value)) if c), None)
