"""银行卡号泄露: a citizen's bank card number published on a page.

Subsidy lists paid through 惠民惠农"一卡通" often carry the card number of
each recipient. Card numbers are long digit runs like many others, so a
number must look like a card and also be presented as one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from rules.base import Finding, Rule, option_field
from rules.page import PageContent
from rules.personal import (CARD_NUMBER, CARD_PREFIXES, ROW_REACH, beside_id_number, digits_of, id18_valid,
                            label_before, luhn_valid)

CARD_LABELS = ("卡号", "银行卡", "账号", "帐号", "存折", "开户行", "开户银行")
UNIT_WORDS = ("保证金", "对公", "基本户", "专户", "公司", "中心", "委员会", "财政局", "人民政府")
LABEL_REACH = 12


class BankCardRule(Rule):
    """Unmasked bank card numbers presented as a person's card.

    A candidate has 16 to 19 digits (plain, or in groups of four separated by
    spaces or dashes), starts with an issuer prefix (62, 4, 5, 3, 9) and
    passes the Luhn check. One random number in ten passes Luhn, so the number
    must also be presented as a card: a card label (卡号, 银行卡, 账号, 存折,
    开户行…) within about twelve characters before it, or, in the same table
    row (about 40 characters either side, across line breaks, since table
    cells are lines), a valid ID number or the character 卡 (一卡通, 社保卡);
    or it fills a whole table cell (its line, or a tab-separated cell) on a
    page that has a card label somewhere, such as the column's 银行卡号 header.

    Deliberately not caught: valid 18-digit ID numbers, numbers failing Luhn
    (most 订单号 and 流水号), Luhn-valid numbers presented as nothing in
    particular, masked cards, numbers inside longer runs of digits or letters
    (索引号), and a unit's public account (保证金账户, 对公账户, a company's or
    centre's account) unless an ID number shares its row.
    """

    id = "privacy.bank-card"
    name = "银行卡号泄露"
    category = "privacy"
    severity = "veto"

    @dataclass(frozen=True)
    class Options:
        prefixes: tuple[str, ...] = option_field(CARD_PREFIXES, "issuer prefixes a card number may start with")
        labels: tuple[str, ...] = option_field(CARD_LABELS, "words that mark the number after them as a card")
        unit_words: tuple[str, ...] = option_field(
            UNIT_WORDS, "words shortly before a number that make it a unit's public account, not a person's")

    def check(self, page: PageContent) -> Iterator[Finding]:
        for place, text, _ in page.texts():
            card_table = any(label in text for label in self.options.labels)
            seen: set[str] = set()
            for match in CARD_NUMBER.finditer(text):
                digits, span = digits_of(match.group()), match.span()
                if digits not in seen and self._is_card(digits) and self._personal(text, *span, card_table):
                    seen.add(digits)
                    yield self.finding(page, place, text, *span, detail="公开了个人银行卡号，应删除或隐藏处理")

    def _is_card(self, digits: str) -> bool:
        return digits.startswith(self.options.prefixes) and luhn_valid(digits) and not id18_valid(digits)

    def _personal(self, text: str, start: int, end: int, card_table: bool) -> bool:
        """Presented as a person's card: in a row with an ID number; else not a unit's account,
        and labelled, in a row with 卡, or a whole table cell on a page with a card column."""
        if beside_id_number(text, start, end):
            return True
        if any(word in text[max(0, start - ROW_REACH):start] for word in self.options.unit_words):
            return False
        return ("卡" in text[max(0, start - ROW_REACH):end + ROW_REACH]
                or label_before(text, start, self.options.labels, LABEL_REACH)
                or card_table and _whole_cell(text, start, end))


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The number is all of its line or tab-separated cell."""
    return (start == 0 or text[start - 1] in "\n\t") and (end == len(text) or text[end] in "\n\t")
