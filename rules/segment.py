"""jieba, used only around candidate matches: word boundaries and people's names.

Segmenting a whole page costs far more than all the matching, so the fast
multi-pattern pass finds candidates and only a small window around each is
segmented. One tokenizer per process, with the product's own words added
(terms, region and leader names) so they stay whole.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

WINDOW = 5  # characters either side: jieba's words are rarely longer
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def add_words(words, freq: int = 50) -> None:
    """Keep the product's own words whole; tagged ``nz`` so none is taken for a name."""
    tok = tokenizer()
    for word in words:
        if tok.FREQ.get(word, 0) < freq:
            tok.add_word(word, freq, tag="nz")


def _window(text: str, start: int, end: int) -> tuple[str, int]:
    left = max(0, start - WINDOW)
    return text[left:end + WINDOW], left


def on_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` starts and ends between words, not inside one.

    Tried with the checks' words added, then with jieba's own dictionary: two
    listed terms that overlap (专业办证, 办证刻章) must not hide each other."""
    window, left = _window(text, start, end)
    return any(_cuts_at(tok, window, start - left, end - left) for tok in (tokenizer(), plain_tokenizer()))


def _cuts_at(tok: jieba.Tokenizer, window: str, start: int, end: int) -> bool:
    cuts, position = {0}, 0
    for word in tok.cut(window, HMM=False):
        position += len(word)
        cuts.add(position)
    return start in cuts and end in cuts


@lru_cache(maxsize=1)
def plain_tokenizer() -> jieba.Tokenizer:
    """jieba's own dictionary, nothing added."""
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def in_person_name(text: str, start: int, end: int) -> bool:
    """True when the span lies inside a longer word jieba tags as a person's name.

    Only strictly inside: jieba's dictionary tags some phrases ``nr`` that
    are not names at all, and a term is never its own person."""
    window, left = _window(text, start, end)
    position = 0
    for pair in _pos_tokenizer().cut(window):
        word_start, position = position, position + len(pair.word)
        inside = word_start <= start - left and end - left <= position and position - word_start > end - start
        if pair.flag in _NAME_TAGS and inside:
            return True
    return False


@lru_cache(maxsize=1)
def _pos_tokenizer():
    return jieba.posseg.POSTokenizer(tokenizer())
