"""Term lists and the multi-pattern matcher the term checks share.

Lists live in ``rules/data/terms/<name>.toml``: ``always`` terms are hits
anywhere; ``unless_warning`` terms are hits only in a sentence without a
warning word (严厉打击网络赌博 quotes the term it fights). One Aho-Corasick
automaton over the folded terms scans the folded page once; each candidate
must then start and end on a jieba word boundary (口交 inside 路口交通 is
not a hit), must not lie inside a person's name, and must not be covered
by an allow-listed word of the profile.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import ahocorasick

from rules.normalize import NormalText, fold
from rules.resources import RuleContext, load_toml
from rules.segment import add_words, in_person_name, on_word_boundaries

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
SENTENCE_REACH = 60


@dataclass(frozen=True)
class Term:
    text: str
    list_name: str
    label: str
    severity: str
    unless_warning: bool = False
    right: str = ""  # the correct form, for wording and typo lists
    note: str = ""
    since: date | None = None  # wrong only in pages published on or after this date


@dataclass(frozen=True)
class TermHit:
    term: Term
    start: int  # in the original text
    end: int


def load_terms(list_name: str) -> list[Term]:
    data = load_toml("terms", f"{list_name}.toml")
    make = lambda text, warn: Term(text, list_name, data["label"], data["severity"], warn)  # noqa: E731
    return [make(t, False) for t in data.get("always", ())] + [make(t, True) for t in data.get("unless_warning", ())]


@lru_cache(maxsize=1)
def warning_pattern() -> re.Pattern:
    words = sorted(load_toml("terms", "warning_words.toml")["words"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


class TermMatcher:
    """``compact``: also match across inserted separators (spam); off for wording,
    where a quote mark between characters is the correct form ("十四五"规划)."""

    def __init__(self, terms: list[Term], allow: frozenset[str] = frozenset(), compact: bool = True,
                 word_freq: int = 50):
        self.automaton = ahocorasick.Automaton()
        self.compact = compact
        for term in terms:
            key = NormalText(term.text).compact if compact else fold(term.text)
            if key and key not in self.automaton:
                self.automaton.add_word(key, (len(key), term))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()
        self.allow = tuple(fold(word) for word in allow)
        add_words((t.text for t in terms if not t.text.isascii()), word_freq)

    def find(self, text: str | NormalText) -> list[TermHit]:
        normal = text if isinstance(text, NormalText) else NormalText(text)
        if self.empty:
            return []
        hits = []
        for end, (length, term) in self.automaton.iter(normal.compact if self.compact else normal.folded):
            hit = self._accept(normal, end + 1 - length, end + 1, term)
            if hit is not None:
                hits.append(hit)
        return _longest(hits)

    def _accept(self, normal: NormalText, start: int, end: int, term: Term) -> TermHit | None:
        scanned = normal.compact if self.compact else normal.folded
        if not term.text.isascii() and not on_word_boundaries(scanned, start, end):
            return None
        if in_person_name(scanned, start, end) or self._allowed(scanned, start, end):
            return None
        first, last = normal.original(start, end) if self.compact else (start, end)
        if term.unless_warning and _warned(normal.text, first, last):
            return None
        return TermHit(term, first, last)

    def _allowed(self, compact: str, start: int, end: int) -> bool:
        for word in self.allow:
            left = compact.find(word, max(0, end - len(word)), start + len(word))
            if left != -1 and left <= start and end <= left + len(word):
                return True
        return False


def _warned(text: str, start: int, end: int) -> bool:
    left = max(0, start - SENTENCE_REACH)
    before = _SENTENCE_END.split(text[left:start])[-1]
    after = _SENTENCE_END.split(text[end:end + SENTENCE_REACH])[0]
    return warning_pattern().search(before + text[start:end] + after) is not None


def _longest(hits: list[TermHit]) -> list[TermHit]:
    """Drop hits inside a longer hit (必威 inside 必威体育)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[TermHit] = []
    for hit in hits:
        if not kept or hit.end > kept[-1].end:
            kept.append(hit)
    return kept


@lru_cache(maxsize=32)
def _matcher(names: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...],
             allow: frozenset[str]) -> TermMatcher:
    terms = [term for name in names for term in load_terms(name)]
    extras = dict(extra)
    for name in names:
        base = load_toml("terms", f"{name}.toml")
        terms += [Term(t, name, base["label"], base["severity"], False) for t in extras.get(name, ())]
    return TermMatcher(terms, allow)


def term_matcher(names: tuple[str, ...], context: RuleContext) -> TermMatcher:
    """The shared matcher for these lists plus the profile's extra terms and allow-list."""
    extra = tuple(sorted((k, v) for k, v in context.extra_terms.items() if k in names))
    return _matcher(tuple(names), extra, context.allow)
