"""Term lists and the multi-pattern matcher the term checks share.

Lists live in ``rules/data/terms/<name>.toml``: ``always`` terms are hits
anywhere; ``unless_warning`` terms are hits only in a sentence without a
warning word (严厉打击网络赌博 quotes the term it fights). One Aho-Corasick
automaton over the folded terms of all checks scans the folded page once;
each candidate must then start and end on a jieba word boundary (口交 inside
路口交通 is not a hit), and must not be covered by an allow-listed word of
the profile.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import ahocorasick_rs

from rules.normalize import NormalText
from rules.resources import RuleContext, load_toml
from rules.segment import add_words, in_person_name, on_word_boundaries

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
# Contact details that turn a phrase into an advert: QQ, WeChat, a phone number.
_CONTACT = re.compile(r"(?i)qq|微信|薇信|威信|vx|wx|加v|联系|电话|手机|\d{7,}")
SENTENCE_REACH = 60


@dataclass(frozen=True)
class Term:
    text: str
    list_name: str
    label: str
    severity: str
    unless_warning: bool = False
    with_contact: bool = False  # a hit only in a sentence giving contact details (an advert)
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
    base = {"list_name": list_name, "label": data["label"], "severity": data["severity"]}
    return ([Term(t, **base) for t in data.get("always", ())]
            + [Term(t, **base, unless_warning=True) for t in data.get("unless_warning", ())]
            + [Term(t, **base, with_contact=True) for t in data.get("with_contact", ())])


@lru_cache(maxsize=1)
def warning_pattern() -> re.Pattern:
    words = sorted(load_toml("terms", "warning_words.toml")["words"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


class TermIndex:
    """One automaton over the terms of every matcher, so a text is scanned once.

    Matchers register their terms; each keeps only the hits of its own terms
    (another profile's extra terms never leak into its findings). The scan of
    a text is cached on its :class:`NormalText`.
    """

    def __init__(self):
        self.terms: dict[str, list[Term]] = {}
        self.keys: list[str] = []
        self.automaton: ahocorasick_rs.AhoCorasick | None = None

    def add(self, terms: list[Term]) -> None:
        for term in terms:
            key = NormalText(term.text).compact
            if key and term not in self.terms.setdefault(key, []):
                self.terms[key].append(term)
                self.automaton = None

    def scan(self, normal: NormalText) -> list[tuple[int, int, Term]]:
        if self.automaton is None:
            self.keys = list(self.terms)
            self.automaton = ahocorasick_rs.AhoCorasick(self.keys)
        cached = normal.scans.get(id(self.automaton))
        if cached is None:
            found = self.automaton.find_matches_as_indexes(normal.compact, overlapping=True)
            cached = [(start, end, term) for index, start, end in found for term in self.terms[self.keys[index]]]
            normal.scans = {id(self.automaton): cached}
        return cached


INDEX = TermIndex()


class TermMatcher:
    """Accepts the shared scan's hits of its own terms.

    ``compact``: a hit may span separators inserted between characters (spam);
    off for wording, where a quote mark inside is the correct form ("十四五"规划).
    ``names``: reject hits inside a person's name (typos: names are never
    corrected); costly, so only where names and terms can collide.
    ``word_freq``: the weight the terms get in the checks' jieba dictionary,
    so they stay whole (出售|枪支弹药 would hide 出售枪支); proper nouns need
    more (章贡区|长征, not 章贡|区长|征).
    """

    def __init__(self, terms: list[Term], allow: frozenset[str] = frozenset(), compact: bool = True,
                 word_freq: int = 50, names: bool = False):
        self.own = frozenset(terms)
        self.compact, self.names = compact, names
        self.allow = tuple(NormalText(word).compact for word in allow)
        INDEX.add(terms)
        add_words((t.text for t in terms if not t.text.isascii()), word_freq)

    def find(self, text: str | NormalText) -> list[TermHit]:
        normal = text if isinstance(text, NormalText) else NormalText(text)
        hits = [self._accept(normal, start, end, term) for start, end, term in INDEX.scan(normal)
                if term in self.own]
        return _longest([hit for hit in hits if hit is not None])

    def _accept(self, normal: NormalText, start: int, end: int, term: Term) -> TermHit | None:
        """Cheap tests first: the word-boundary test runs jieba, the name test its tagger."""
        first, last = normal.original(start, end)
        if not self.compact and last - first != end - start:
            return None
        if self._allowed(normal.compact, start, end) or not _in_context(normal.text, first, last, term):
            return None
        if not term.text.isascii() and not on_word_boundaries(normal.compact, start, end):
            return None
        if self.names and in_person_name(normal.compact, start, end):
            return None
        return TermHit(term, first, last)

    def _allowed(self, compact: str, start: int, end: int) -> bool:
        for word in self.allow:
            left = compact.find(word, max(0, end - len(word)), start + len(word))
            if left != -1 and left <= start and end <= left + len(word):
                return True
        return False


def sentence_around(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]`` (up to 60 characters either side)."""
    left = max(0, start - SENTENCE_REACH)
    before = _SENTENCE_END.split(text[left:start])[-1]
    after = _SENTENCE_END.split(text[end:end + SENTENCE_REACH])[0]
    return before + text[start:end] + after


def _in_context(text: str, start: int, end: int, term: Term) -> bool:
    """Warned-against terms are not hits; contact-bound ones only with a contact."""
    if term.unless_warning and _warned(text, start, end):
        return False
    return not term.with_contact or _advertised(text, start, end)


def _warned(text: str, start: int, end: int) -> bool:
    return warning_pattern().search(sentence_around(text, start, end)) is not None


def _advertised(text: str, start: int, end: int) -> bool:
    return _CONTACT.search(sentence_around(text, start, end)) is not None


def _longest(hits: list[TermHit]) -> list[TermHit]:
    """Drop hits inside a longer hit (必威 inside 必威体育); join touching hits of
    one list into one (永利皇宫娱乐城官网 is one advert, not two)."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[TermHit] = []
    for hit in hits:
        last = kept[-1] if kept else None
        if last is not None and hit.start <= last.end and hit.term.list_name == last.term.list_name:
            kept[-1] = TermHit(last.term, last.start, max(last.end, hit.end))
        elif last is None or hit.end > last.end:
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
