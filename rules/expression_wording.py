"""expression.wording — wrong or outdated expressions in official writing.

Catches the wrong forms of ``rules/data/expressions.toml``: sovereignty and
political wording (台湾国), organ names abolished by a reform (国土资源局
after 2018-03), malformed names of political concepts (一带一路战略), each
with its correct form.

Deliberately not: an outdated organ name on a page published before the
reform (``since``), a form inside a longer correct word (jieba word
boundaries), or anything in the profile's allow-list.
Compliant: the current, standard form (中国台湾, 自然资源局, “一带一路”倡议).
"""
from __future__ import annotations

from rules.word_rule import WordRule


class ExpressionWordingRule(WordRule):
    id = "expression.wording"
    name = "不规范表述"
    category = "expression"
    severity = "deduct"
    file = "expressions.toml"
    table = "expressions"
