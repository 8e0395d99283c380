"""typo.confusion — common misspellings (错别字) in government writing.

Catches the wrong forms of ``rules/data/typos.toml`` (再接再励, 布署,
截止目前 …) as whole words: a candidate counts only when it starts and ends
on a jieba word boundary, so 按装 inside 请按装修标准 is not a hit.

Deliberately not: pairs where both forms are accepted (其它/其他,
制定/制订), words that are right in some contexts (登陆, 截止 alone),
people's names, and the profile's allow-list. Precision first: a false
alarm sent to a unit costs trust.
Compliant: the standard form (再接再厉, 部署, 截至目前).
"""
from __future__ import annotations

from rules.word_rule import WordRule


class TypoRule(WordRule):
    id = "typo.confusion"
    name = "错别字"
    category = "typo"
    severity = "deduct"
    file = "typos.toml"
    table = "typos"
