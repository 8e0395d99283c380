"""个人手机号码泄露: a citizen's mobile number published on a page.

Pages also publish mobiles on purpose: a unit's contact or hotline, the
contact person of a 采购公告. Those are labelled as such, and are not leaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from rules.base import Finding, Rule, option_field
from rules.page import PageContent
from rules.personal import MOBILE, beside_id_number, digits_of, label_before

CONTACT_LABELS = ("联系电话", "联系方式", "咨询电话", "办公电话", "监督电话", "举报电话", "投诉电话",
                  "服务热线", "热线", "值班电话", "传真", "联系人")
LABEL_REACH = 12
# A landline with its area code, then only separators: 0797-4282950，138…
_LANDLINE_BEFORE = re.compile(r"(?:0[0-9]{2,3}[-－—]?|[(（]0[0-9]{2,3}[)）])[0-9]{7,8}[ 、，,/；;或]*$")
# A short note in brackets right after the number: 138…（值班电话）
_NOTE_AFTER = re.compile(r" ?[（(]([^（）()]{1,10})[）)]")


class MobileRule(Rule):
    """Unmasked mainland mobile numbers that are not a published contact line.

    Catches 1[3-9] followed by nine digits, also written 138-0797-1234 or
    138 0797 1234, optionally after +86 or 86.

    Deliberately not caught: numbers inside longer runs of digits (ID and card
    numbers, 索引号), masked numbers (138****5678), landlines, and a mobile
    presented as a unit's contact, office or service line: labelled
    (联系电话, 热线, 联系人…) within about twelve characters before it in the
    same line and sentence, not counting other phone numbers in between
    (电话：0797-4282345、138…); labelled in brackets right after it
    (138…（值班电话）); or listed right after a landline with its area code
    (0797-4282950，138…), which citizens' records do not carry. A table's
    联系电话 header is not such a label: its cells are lines of their own.
    Nor is a mobile within a row or record of an ID number a contact line:
    that is a person's record (姓名、身份证号、联系电话), whatever its column
    is called.
    """

    id = "privacy.mobile"
    name = "个人手机号码泄露"
    category = "privacy"
    severity = "deduct"

    @dataclass(frozen=True)
    class Options:
        contact_labels: tuple[str, ...] = option_field(
            CONTACT_LABELS, "words that mark a mobile as a published contact line when they stand just before it")
        min_count: int = option_field(1, "report a page only when it shows at least this many distinct mobiles")

    def check(self, page: PageContent) -> Iterator[Finding]:
        leaks = list(self._leaks(page))
        if len({number for number, _ in leaks}) >= self.options.min_count:
            yield from (finding for _, finding in leaks)

    def _leaks(self, page: PageContent) -> Iterator[tuple[str, Finding]]:
        """(number, finding) for each distinct unlabelled mobile of each place."""
        for place, text, _ in page.texts():
            seen: set[str] = set()
            for match in MOBILE.finditer(text):
                number = digits_of(match.group())
                if number not in seen and not self._contact_line(text, *match.span()):
                    seen.add(number)
                    yield number, self.finding(page, place, text, *match.span(),
                                               detail="公开了个人手机号码，应删除或隐藏处理（如138****5678）")

    def _contact_line(self, text: str, start: int, end: int) -> bool:
        labels = self.options.contact_labels
        note = _NOTE_AFTER.match(text, end)
        return ((label_before(text, start, labels, LABEL_REACH)
                 or bool(note and any(label in note.group(1) for label in labels))
                 or bool(_LANDLINE_BEFORE.search(text, max(0, start - 20), start)))
                and not beside_id_number(text, start, end))
