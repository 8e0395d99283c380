"""expression.leader-title — a leader's name with a wrong title, or misspelt.

Leaders are the national ones in ``rules/data/leaders.toml`` (with the date
the list was last checked) and the county's own from the profile. Catches a
known name directly followed or preceded by a title that is not theirs
(李强总书记, 副总理李强), and a three-character name one character off a
leader's name next to one of that leader's titles (习近萍总书记).

Deliberately not: a title the leader held when the page was published
(``former`` … ``former_until``), a local title next to a national leader's
name (a 局长 may be called 李强), names without an adjacent title,
two-character names for the near-miss test (too many real people differ by
one character), and titles the vocabulary does not know.
Compliant: 习近平总书记, 国务院总理李强, 县长张三 as the list gives them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import ahocorasick_rs

from rules.base import Finding, Rule
from rules.normalize import fold
from rules.page import PageContent
from rules.resources import Leader, load_toml


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    word: str


class LeaderIndex:
    def __init__(self, leaders: tuple[Leader, ...], vocabulary: frozenset[str], national: frozenset[str]):
        self.leaders = {leader.name: leader for leader in leaders}
        self.national_titles = national
        self.titles = vocabulary | {t for leader in leaders for t in (*leader.titles, *leader.former)}
        self.words = sorted({*self.leaders, *self.titles})
        self.automaton = ahocorasick_rs.AhoCorasick([fold(word) for word in self.words])

    def scan(self, folded: str) -> tuple[list[_Hit], dict[int, _Hit], dict[int, _Hit]]:
        """Name hits, and the longest title starting / ending at each offset."""
        names, starts, ends = [], {}, {}
        for index, start, end in self.automaton.find_matches_as_indexes(folded, overlapping=True):
            word = self.words[index]
            hit = _Hit(start, end, word)
            if word in self.leaders:
                names.append(hit)
            if word in self.titles:
                _keep_longest(starts, hit.start, hit)
                _keep_longest(ends, hit.end, hit)
        return names, starts, ends


def _keep_longest(table: dict[int, _Hit], key: int, hit: _Hit) -> None:
    if key not in table or len(table[key].word) < len(hit.word):
        table[key] = hit


@lru_cache(maxsize=8)
def leader_index(county: tuple[Leader, ...]) -> LeaderIndex:
    data = load_toml("leaders.toml")
    national = tuple(Leader(e["name"], tuple(e["titles"]), tuple(e.get("former", ())), e.get("former_until"),
                            national=True) for e in data["leaders"])
    return LeaderIndex(national + county, frozenset(data.get("titles_vocabulary", ())),
                       frozenset(data.get("national_titles", ())))


class LeaderTitleRule(Rule):
    id = "expression.leader-title"
    name = "领导人姓名职务错误"
    category = "expression"
    severity = "veto"

    def check(self, page: PageContent) -> Iterator[Finding]:
        index = leader_index(self.context.leaders)
        for place, text, normal in page.texts():
            names, starts, ends = index.scan(normal.folded)
            for name in names:
                leader = index.leaders[name.word]
                yield from self._wrong_titles(page, place, text, leader, _held(leader, page, index), name,
                                              starts, ends)
            for title in starts.values():
                yield from self._near_misses(page, place, text, normal.folded, index, title)

    def _wrong_titles(self, page, place, text, leader: Leader, held: frozenset[str], name: _Hit,
                      starts, ends) -> Iterator[Finding]:
        detail = f"{leader.name}的职务应为：{'、'.join(leader.titles)}"
        after, before = starts.get(name.end), ends.get(name.start)
        if after is not None and after.word not in held:
            yield self.finding(page, place, text, name.start, after.end, detail)
        if before is not None and before.word not in held:
            yield self.finding(page, place, text, before.start, name.end, detail)

    def _near_misses(self, page, place, text, folded: str, index, title: _Hit) -> Iterator[Finding]:
        for start, end in ((title.start - 3, title.start), (title.end, title.end + 3)):
            leader = _one_off(folded[max(start, 0):end], index, title.word) if start >= 0 else None
            if leader is not None:
                yield self.finding(page, place, text, start, end, f"疑为“{leader.name}”之误（{title.word}）")


def _held(leader: Leader, page: PageContent, index: LeaderIndex) -> frozenset[str]:
    """Titles that are right for this leader on this page; for a national leader,
    every local title too (a 局长 may share 李强's name)."""
    held = set(leader.titles)
    if leader.former and (page.date is None or leader.former_until is None or page.date <= leader.former_until):
        held.update(leader.former)
    if leader.national:
        held.update(index.titles - index.national_titles)
    return frozenset(held)


def _one_off(candidate: str, index: LeaderIndex, title: str) -> Leader | None:
    if len(candidate) != 3 or candidate in index.leaders or not _all_chinese(candidate):
        return None
    for leader in index.leaders.values():
        if len(leader.name) == 3 and title in leader.titles:
            if sum(a != b for a, b in zip(candidate, leader.name)) == 1:
                return leader
    return None


def _all_chinese(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)
