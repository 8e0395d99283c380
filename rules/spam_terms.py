"""spam.terms — injected gambling, pornography and fraud advertising.

Catches the brand names and ad phrases of the gambling, porn and fraud term
lists (``rules/data/terms``) in a page's title, body and attachment names,
also when disguised with full-width letters, traditional characters, or
spaces and symbols between characters (必 威 体 育, 澳*门).

Deliberately not: a term that only appears across a word boundary (口交 in
路口交通), inside a person's name, or covered by the profile's allow-list;
nor the words anti-gambling or anti-fraud publicity quotes (网络赌博,
刷单返利) when the sentence warns against them (严厉打击, 警惕 …).
Compliant: the text carries no advertising of gambling, porn or fraud.
"""
from __future__ import annotations

from dataclasses import dataclass

from rules.base import option_field
from rules.term_rule import TermRule


class SpamTermsRule(TermRule):
    id = "spam.terms"
    name = "赌博色情诈骗广告"
    category = "spam"
    severity = "veto"
    verb = "出现"

    @dataclass(frozen=True)
    class Options:
        lists: tuple[str, ...] = option_field(("gambling", "porn", "fraud"), "term lists scanned")
