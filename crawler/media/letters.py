"""A letter's detail page (县长信箱, 网络问政, 咨询投诉): title, received, answered, state, answering unit.

Templates differ from county to county, so no markup is assumed: a label is
any element whose whole text is a known label word (data/letter_labels.toml)
and its value is the text right after it (the element's tail) or its next
sibling — th/td, td/td, dt/dd, label/span alike; "来信时间：2024-06-03" lines
(several on one line too) are read as well. The first value of a field wins:
the letter's own details come before its reply and the 相关信件 list.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Iterator

from crawler.parsing.dates import parse_date
from crawler.parsing.page import ParsedPage, element_text

_PUNCT = re.compile(r"[\s\u3000:：【】\[\]]+")
_SEPARATORS = " |｜,，;；。"
MAX_STATE = 40


@dataclass(frozen=True)
class LetterRecord:
    title: str | None
    received: date | None
    answered: date | None
    state: str | None  # as printed: 已办结, 办理中 …
    answered_by: str | None  # the answering unit as printed


def read_letter(html: str, url: str = "about:blank") -> LetterRecord:
    """The letter's details; a field the page does not show is None."""
    values: dict[str, str] = {}
    page = ParsedPage.from_html(url, html)
    for field, value in (*_element_pairs(page), *_inline_pairs(page)):
        if value:
            values.setdefault(field, value)
    state, by = values.get("state"), values.get("answered_by")
    return LetterRecord(values.get("title"), parse_date(values.get("received")), parse_date(values.get("answered")),
                        state[:MAX_STATE] if state else None, None if by in _no_unit() else by)


def _element_pairs(page: ParsedPage) -> Iterator[tuple[str, str]]:
    labels = _labels()
    for element in page.root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "title"):
            continue
        field = labels.get(_PUNCT.sub("", element_text(element)))
        if field is not None:
            yield field, _value_after(element, labels)


def _value_after(element, labels: dict[str, str]) -> str:
    """The element's tail text, else its next sibling element's text (unless that is another label)."""
    tail = (element.tail or "").strip(_SEPARATORS + ":：\u3000\xa0\n\t")
    if tail:
        return tail
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):  # comments
        following = following.getnext()
    text = element_text(following) if following is not None else ""
    return "" if _PUNCT.sub("", text) in labels else text


def _inline_pairs(page: ParsedPage) -> Iterator[tuple[str, str]]:
    labels, pattern = _labels(), _inline_pattern()
    for line in page.lines:
        marks = list(pattern.finditer(line))
        for mark, after in zip(marks, marks[1:] + [None]):
            value = line[mark.end():after.start() if after else len(line)].strip(_SEPARATORS)
            yield labels[_PUNCT.sub("", mark[1])], value


@lru_cache(maxsize=1)
def _inline_pattern() -> re.Pattern:
    """Any label followed by a colon, at a line's start or after a separator (not inside a word)."""
    words = sorted(_labels(), key=len, reverse=True)
    spaced = "|".join(r"\s*".join(map(re.escape, word)) for word in words)
    return re.compile(rf"(?<![^{re.escape(_SEPARATORS)}])({spaced})\s*[:：]\s*")


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Label word → field."""
    return {word: field for field, words in _data()["labels"].items() for word in words}


@lru_cache(maxsize=1)
def _no_unit() -> frozenset[str]:
    return frozenset(_data()["no_unit"]["values"])


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(files("crawler.media").joinpath("data/letter_labels.toml").read_text("utf-8"))
