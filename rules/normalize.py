"""Fold text for matching, and map matches back to the text as printed.

Spam is written to slip past naive filters: full-width letters (ｂｅｔ３６５),
traditional characters (澳門), spaces or symbols between characters
(必 威 体 育, 澳*门). The fold is one ``str.translate`` (full-width → ASCII,
upper → lower, traditional → simplified; one character for one, so offsets
hold), then separator runs between Chinese characters are dropped. Sentence
punctuation (，。；：！？) is never dropped, so a match cannot span two clauses.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Spaces, zero-width characters, ASCII symbols and the symbol blocks (arrows,
# shapes, stars, dingbats, enclosed signs) — never sentence punctuation.
_GAP = r" \t\u00a0\u200b-\u200f\u2060\ufeff*·•.\-_/\\|~#@^+=<>'\"`\u2190-\u2bff\u3012\u3013\u25a0-\u25ff"
# Up to three of them between two Chinese characters (必 威 体 育, 六☆合☆彩),
# or single spaces between single letters and digits (b e t 3 6 5).
_SEPARATORS = re.compile(
    rf"(?<=[{_CJK}])[{_GAP}]{{1,3}}(?=[{_CJK}])|(?<=[a-z0-9]) (?=[a-z0-9](?![a-z0-9]))")


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    table.update({code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
    table.update({code + 0xFEE0: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
    table.update(_traditional())
    return table


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
    return text.translate(fold_table())


class NormalText:
    """``compact``: the folded text without inserted separators; ``span`` maps back."""

    def __init__(self, text: str):
        self.text = text
        self.scans: dict = {}  # term scans of this text, by automaton (rules.terms.TermIndex)
        self.folded = folded = fold(text)
        self._at: list[int] = []  # compact offsets where separators were dropped
        self._dropped: list[int] = []  # characters dropped up to and including there
        self.compact = _SEPARATORS.sub(self._drop, folded) if _has_gap(folded) else folded

    def _drop(self, match: re.Match) -> str:
        total = (self._dropped[-1] if self._dropped else 0) + len(match.group())
        self._at.append(match.start() - (total - len(match.group())))
        self._dropped.append(total)
        return ""

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``text`` that ``compact[start:end]`` came from."""
        return start + self._shift(start, True), end + self._shift(end, False)

    def _shift(self, offset: int, at_start: bool) -> int:
        index = (bisect.bisect_right if at_start else bisect.bisect_left)(self._at, offset)
        return self._dropped[index - 1] if index else 0


def _has_gap(text: str) -> bool:
    return _SEPARATORS.search(text) is not None
