"""sensitive.terms — violent, extremist and politically wrong wording.

Catches the terms of the violence and political lists (``rules/data/terms``)
in a page's title, body and attachment names, with the same evasion folding
as the spam check: weapon and drug sales adverts, terrorist propaganda,
separatist advocacy.

Deliberately not: drug names in 禁毒 publicity, or separatist words in a
sentence condemning them (坚决反对“台独”) — those terms are listed as
``unless_warning``; nor hits across word boundaries or inside names.
Compliant: such wording appears only where the text warns against it.
"""
from __future__ import annotations

from dataclasses import dataclass

from rules.base import option_field
from rules.term_rule import TermRule


class SensitiveTermsRule(TermRule):
    id = "sensitive.terms"
    name = "敏感信息"
    category = "sensitive"
    severity = "veto"
    verb = "出现"

    @dataclass(frozen=True)
    class Options:
        lists: tuple[str, ...] = option_field(("violence", "political"), "term lists scanned")
