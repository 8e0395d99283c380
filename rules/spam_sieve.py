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

import bisect
import itertools
import re
from functools import lru_cache

import ahocorasick_rs

from rules.normalize import _GAP, fold, fold_table

# What a sifted text drops: every character the fold turns into a separator, and all white space.
_SEPARATORS = re.compile(rf"[{_GAP}\s]+")
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")  # full-width forms: the fold turns some into ASCII


class SpamSieve:
    """Which texts could hold one of some terms (given by their folded keys); the others certainly hold none."""

    def __init__(self, keys):
        sifted = {_SEPARATORS.sub("", key.lower()) for key in keys}
        self.blind = "" in sifted  # a key of separators only: the sieve cannot tell
        spellings = {spelling for key in sifted - {""} for spelling in _traditional_spellings(key)}
        self.spellings = sorted(spellings)
        self.reach = max(map(len, spellings), default=0)  # the longest stretch of sifted text a term spans
        # The contiguous NFA is the smallest automaton: it stays in cache from one page to the next.
        contiguous = ahocorasick_rs.Implementation.ContiguousNFA
        self.automaton = ahocorasick_rs.AhoCorasick(self.spellings, implementation=contiguous)

    def suspects(self, texts: list[str]) -> list[int]:
        """Indexes of ``texts`` that could hold spam, from one scan of them all."""
        joined = "\x00".join(texts)
        if self.blind or joined.count("\x00") != len(texts) - 1:  # a text of its own holds the separator
            return [i for i, text in enumerate(texts) if self.could_hold(text)]
        sifted = self.sifted(joined)  # keeps the separators, which no term spans
        hits = self.automaton.find_matches_as_indexes(sifted)
        if not hits:
            return []
        ends = [match.start() for match in re.finditer("\x00", sifted)]
        return sorted({bisect.bisect(ends, start) for _, start, _ in hits})

    def could_hold_behind(self, prefixes: tuple[str, ...], texts: str) -> bool:
        """Whether any of ``texts`` (NUL between them) could hold spam, read right behind one of ``prefixes``.

        A term in a text or in a prefix plus a text: the first is the usual
        scan; the second starts in the prefix's end and runs on into the
        text, so the text must start with one of the prefix's run-ons."""
        sifted = "\x00" + self.sifted(texts)
        if self.blind or self.automaton.find_matches_as_indexes(sifted):
            return True
        run_ons = frozenset().union(*(_run_ons(self, prefix) for prefix in prefixes))
        return bool(run_ons) and _starting_with(run_ons).search(sifted) is not None

    def could_hold(self, text: str) -> bool:
        """False when the matcher finds no term in ``text``, nor in it lower-cased (as URLs are read)."""
        return self.blind or bool(self.automaton.find_matches_as_indexes(self.sifted(text)))

    def sifted(self, text: str) -> str:
        """``text`` as the sieve reads it: lower-cased, full width folded, separators and spaces dropped."""
        if text.isascii():  # bytes.translate is the fastest way to lower-case and drop separators
            return text.encode().translate(*_ascii_sifting()).decode()
        text = fold(text).lower() if _FULL_WIDTH.search(text) else text.lower()
        return _SEPARATORS.sub("", text)


@lru_cache(maxsize=1024)
def _run_ons(sieve: SpamSieve, prefix: str) -> frozenset[str]:
    """What a text must start with to finish a term begun at the end of ``prefix`` (kept: pages share them)."""
    sifted, starts = sieve.sifted(prefix), _starts(sieve)
    ends = (sifted[-size:] for size in range(1, min(len(sifted), sieve.reach - 1) + 1))
    return frozenset(run_on for end in ends for run_on in starts.get(end, ()))


@lru_cache(maxsize=256)
def _starting_with(run_ons: frozenset[str]) -> re.Pattern:
    """A NUL followed by any of ``run_ons`` (few sets recur: a directory ending in 1 can go on as 2bet)."""
    return re.compile("\x00(?:" + "|".join(map(re.escape, sorted(run_ons))) + ")")


@lru_cache(maxsize=8)
def _starts(sieve: SpamSieve) -> dict[str, list[str]]:
    """Each proper beginning of a spelling → the rests that finish it."""
    starts: dict[str, list[str]] = {}
    for spelling in sieve.spellings:
        for cut in range(1, len(spelling)):
            starts.setdefault(spelling[:cut], []).append(spelling[cut:])
    return starts


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
