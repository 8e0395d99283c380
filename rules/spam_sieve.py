"""Ruling out spam in many link texts and URLs at once, without the term matcher.

A term matcher reports a term only where its folded key occurs in the
folded text with some separators dropped (必 威 体 育, 澳門*新葡京). So drop
every separator and space from text and keys alike, and every such
occurrence is still found, with a few more the real check then rejects: a
text the sieve passes holds no spam. Folding character by character is slow,
so the text is only lower-cased and the keys are spelt in every traditional
form instead (full-width letters, rare, are folded). Sifting all of a
page's link texts in one scan takes less time than matching one of them.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

import ahocorasick_rs

from rules.link_spam import url_words
from rules.normalize import _GAP, NormalText, fold, fold_table
from rules.terms import TermMatcher

# What a sifted text drops: every character the fold turns into a separator, and all white space.
_SEPARATORS = re.compile(rf"[{_GAP}\s]+")
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")  # the only characters the fold turns into separators or ASCII


class SpamSieve:
    """Which texts could hold a term of a matcher (or a URL word); the others certainly hold none."""

    def __init__(self, keys):
        sifted = {_SEPARATORS.sub("", key.lower()) for key in keys}
        self.blind = "" in sifted  # a key of separators only: the sieve cannot tell
        spellings = {spelling for key in sifted - {""} for spelling in _traditional_spellings(key)}
        self.automaton = ahocorasick_rs.AhoCorasick(sorted(spellings), implementation=ahocorasick_rs.Implementation.DFA)

    def suspects(self, texts: list[str]) -> list[int]:
        """Indexes of ``texts`` that could hold spam: one scan of them all, each alone only after a hit."""
        if not self.could_hold("\x00".join(texts)):
            return []
        return [i for i, text in enumerate(texts) if self.could_hold(text)]

    def could_hold(self, text: str) -> bool:
        """False when the matcher finds no term in ``text``, nor in it lower-cased (as URLs are read)."""
        if self.blind:
            return True
        if text.isascii():  # bytes.translate is the fastest way to lower-case and drop separators
            return bool(self.automaton.find_matches_as_indexes(text.encode().translate(*_ascii_sifting()).decode()))
        text = fold(text).lower() if _FULL_WIDTH.search(text) else text.lower()
        return bool(self.automaton.find_matches_as_indexes(_SEPARATORS.sub("", text)))


@lru_cache(maxsize=8)
def spam_sieve(matcher: TermMatcher) -> SpamSieve:
    """The sieve for ``matcher``'s terms and the term lists' URL words."""
    return SpamSieve([NormalText(term.text).compact for term in matcher.own] + list(url_words()))


def _traditional_spellings(key: str) -> list[str]:
    """``key`` with each Chinese character also in every traditional form the fold simplifies."""
    choices = [(char, *_traditional_forms().get(char, ())) for char in key]
    return ["".join(spelling).lower() for spelling in itertools.product(*choices)]


@lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character → the traditional ones the fold turns into it."""
    forms: dict[str, list[str]] = {}
    for code, simple in fold_table().items():
        if len(simple) == 1 and not simple.isascii():
            forms.setdefault(simple, []).append(chr(code))
    return {simple: tuple(traditional) for simple, traditional in forms.items()}


@lru_cache(maxsize=1)
def _ascii_sifting() -> tuple[bytes, bytes]:
    """bytes.translate arguments for ASCII text: lower-case, and delete the separators."""
    lower = bytes.maketrans(bytes(range(ord("A"), ord("Z") + 1)), bytes(range(ord("a"), ord("z") + 1)))
    return lower, bytes(code for code in range(128) if _SEPARATORS.fullmatch(chr(code)))
