"""公民身份号码泄露: an ID number published on a page is a 单项否决 in the national inspection.

Subsidy lists (低保、临时救助、高龄补贴名单) are the usual source: the list is
meant to be public, its ID numbers are not.
"""
from __future__ import annotations

import re
from typing import Iterator

from rules.base import Finding, Rule
from rules.page import PageContent
from rules.personal import ID_NUMBER, id15_valid, id18_valid, label_before

ID_LABELS = ("身份证", "身份号码", "证件号")
LABEL_REACH = 10


class IdNumberRule(Rule):
    """Unmasked 18-digit ID numbers, and 15-digit ones labelled as such.

    Catches an 18-character number (last character a digit or X) with a valid
    province code, a real birth date from 1900 to today and a correct ISO 7064
    MOD 11-2 check character; and a 15-digit pre-1999 number (province code,
    19YYMMDD birth date) when 身份证/身份号码/证件号 stands within about ten
    characters before it: many other 15-digit numbers look the same.

    Deliberately not caught: masked numbers (3607**********1234), numbers
    inside longer runs of digits or letters (统一社会信用代码, 索引号
    11360728MB1234567X/2024-00012, 360728-2024-000123), numbers with a wrong
    check character or an impossible birth date, and unlabelled 15-digit
    numbers. A 15-digit ID in a table whose 身份证号 header is more than a
    row away is missed; an 18-digit one in the same table is not.
    """

    id = "privacy.id-number"
    name = "公民身份号码泄露"
    category = "privacy"
    severity = "veto"

    def check(self, page: PageContent) -> Iterator[Finding]:
        for place, text, _ in page.texts():
            seen: set[str] = set()
            for match in ID_NUMBER.finditer(text):
                number = match.group().upper()
                if number not in seen and self._is_id(text, match):
                    seen.add(number)
                    yield self.finding(page, place, text, *match.span(),
                                       detail="公开了公民身份号码，应删除或隐藏处理")

    @staticmethod
    def _is_id(text: str, match: re.Match) -> bool:
        number = match.group()
        if len(number) == 18:
            return id18_valid(number)
        return id15_valid(number) and label_before(text, match.start(), ID_LABELS, LABEL_REACH)
