"""Fold text for matching, and map matches back to the text as printed.

Spam is written to slip past naive filters: full-width letters (ｂｅｔ３６５),
traditional characters (澳門), spaces or symbols between characters
(必 威 体 育, 澳*门). The fold maps full-width letters and digits to ASCII,
upper to lower case and traditional to simplified, one character for one so
offsets hold; it touches only the runs that need it, as most of a county
page needs none. Then separator runs between Chinese characters are dropped.
Sentence punctuation (，。；：！？) is never dropped, so a match cannot span
two clauses.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Spaces, zero-width characters, ASCII symbols and the symbol blocks (arrows,
# shapes, stars, dingbats, enclosed signs) — never sentence punctuation.
_GAP = (r" \t\u00a0\u3000\u200b-\u200f\u2060\ufeff*·•.\-_/\\|~#@^+=<>'\"`\u2190-\u2bff\u3012\u3013"
        r"＊＃＠～｜－＿／＼＋＝＜＞．")
# Up to three of them between two Chinese characters (必 威 体 育, 六☆合☆彩),
# or single spaces between single letters and digits (b e t 3 6 5). The
# character before the gap is matched, the one after only looked at, so
# neighbouring gaps are all found.
_SEPARATORS = re.compile(
    rf"(?<=[{_CJK}])[{_GAP}]{{1,3}}(?=[{_CJK}])|(?<=[a-z0-9]) (?=[a-z0-9](?![a-z0-9]))")
# Whether a text needs compacting at all: symbols no layout uses between
# Chinese characters, or four single characters set apart one by one
# (金|沙|娱|乐). Ordinary pages have neither (a space, 首页 > 信息公开, or the
# 字号 大 中 小 switcher is layout), and are left as they are.
_SYMBOLS = r"\u200b-\u200f\u2060\ufeff*#@^+=~'\"`\u2190-\u2bff＊＃＠～＋＝"  # not layout: | > / - . ·
_DISGUISED = (re.compile(rf"[{_SYMBOLS}]"), re.compile(rf"[{_GAP}][{_CJK}][{_GAP}][{_CJK}][{_GAP}]"),
              re.compile(r"[a-z0-9] [a-z0-9] [a-z0-9]"))  # each a cheap first test


def _disguised(folded: str) -> bool:
    return any(pattern.search(folded) for pattern in _DISGUISED)


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """Full-width letters and digits, upper case, traditional characters (not punctuation)."""
    table = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
    table.update({code: chr(code - 0xFEE0 + 32) for code in range(0xFF21, 0xFF3B)})
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
    table.update({code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
    table.update(_traditional())
    return table


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(fold_table())) + "]+")


def _traditional() -> dict[int, str]:
    """Traditional → simplified, character for character, from OpenCC's tables."""
    import opencc

    chars = [chr(code) for code in range(0x4E00, 0x9FA6)]
    simplified = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(simplified) != len(chars):
        return {}
    return {ord(a): b for a, b in zip(chars, simplified) if a != b and len(b) == 1}


def fold(text: str) -> str:
    """Full-width, case and traditional folded; same length as ``text``."""
    table = fold_table()
    return _foldable().sub(lambda run: run.group().translate(table), text)


class NormalText:
    """``compact``: the folded text without inserted separators; ``original`` maps back.

    Only a text showing signs of disguise is compacted (one C-level
    substitution); the offset map is built only when a match must be mapped
    back. A term split by a single space only ("必威 体育") is not joined:
    on an ordinary page such a space is layout between two words.
    """

    def __init__(self, text: str):
        self.text = text
        self.scans: dict = {}  # term scans of this text, by automaton (rules.terms.TermIndex)
        self.folded = folded = fold(text)
        self.compact = _SEPARATORS.sub("", folded) if _disguised(folded) else folded
        self._at: list[int] | None = None  # compact offsets where separators were dropped
        self._dropped: list[int] = []  # characters dropped up to and including there

    def _map(self) -> list[int]:
        if self._at is None:
            self._at, total = [], 0
            for match in _SEPARATORS.finditer(self.folded):
                start, end = match.span()
                total += end - start
                self._at.append(end - total)
                self._dropped.append(total)
        return self._at

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``text`` that ``compact[start:end]`` came from."""
        if len(self.compact) == len(self.folded):
            return start, end
        return start + self._shift(start, True), end + self._shift(end, False)

    def _shift(self, offset: int, at_start: bool) -> int:
        index = (bisect.bisect_right if at_start else bisect.bisect_left)(self._map(), offset)
        return self._dropped[index - 1] if index else 0
