"""Evidence snippets: the matched text with about 20 characters either side.

Personal numbers are masked everywhere in evidence, not only in privacy
findings: a snippet around a typo must not republish the ID number beside it.
A number is masked when :mod:`rules.personal` says it could be personal, so
索引号, order numbers and dates stay readable. Masking errs toward privacy
where the privacy rules need context a snippet may not hold: a 15-digit ID
is masked without its 身份证 label, a card whatever its issuer prefix and
label, a mobile even when it is an office's published line.
"""
from __future__ import annotations

import re

from rules.personal import CARD_NUMBER, ID_NUMBER, MOBILE, digits_of, id15_valid, id18_valid, luhn_valid

WIDTH = 20


def mask_personal(text: str) -> str:
    """3604**********1234 for ID numbers, 138****5678 for mobiles, 6222********1234 for cards."""
    text = ID_NUMBER.sub(_mask_id, text)
    text = CARD_NUMBER.sub(_mask_card, text)
    return MOBILE.sub(lambda m: m.group()[:3] + "****" + m.group()[-4:], text)


def _mask_id(match: re.Match) -> str:
    number = match.group()
    if id18_valid(number) or id15_valid(number):
        return number[:4] + "*" * (len(number) - 8) + number[-4:]
    return number


def _mask_card(match: re.Match) -> str:
    digits = digits_of(match.group())
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:] if luhn_valid(digits) else match.group()


def context(text: str, start: int, end: int, width: int = WIDTH) -> str:
    """``…before【match】after…`` on one line, personal data masked."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    # A number cut by the window is too short to be recognised: hide the stub.
    if start > width and text[start - width - 1].isdigit():
        before = _STUB_START.sub(lambda m: "*" * len(m.group()), before)
    if end + width < len(text) and text[end + width].isdigit():
        after = _STUB_END.sub(lambda m: "*" * len(m.group()), after)
    snippet = (("…" if start > width else "") + before + "【" + text[start:end] + "】" + after
               + ("…" if end + width < len(text) else ""))
    return mask_personal(re.sub(r"\s+", " ", snippet))


_STUB_START = re.compile(r"^[0-9Xx]+")
_STUB_END = re.compile(r"[0-9]+$")
