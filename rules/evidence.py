"""Evidence snippets: the matched text with about 20 characters either side.

Personal numbers are masked everywhere in evidence, not only in privacy
findings: a snippet around a typo must not republish the ID number beside it.
"""
from __future__ import annotations

import re

WIDTH = 20
_ID18 = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{3})\d{10}(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{3})\d{7}(\d{4})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)[ -]?\d{4}[ -]?(\d{4})(?!\d)")
_CARD = re.compile(r"(?<!\d)(\d{4})(?:[ -]?\d){8,11}[ -]?(\d{4})(?!\d)")


def mask_personal(text: str) -> str:
    """3604**********1234 for ID numbers, 138****5678 for mobiles, 6222********1234 for cards."""
    text = _ID18.sub(lambda m: m.group(1) + "*" * 10 + m.group(2), text)
    text = _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
    text = _CARD.sub(lambda m: m.group(1) + "*" * (len(re.sub(r"\D", "", m.group(0))) - 8) + m.group(2), text)
    return _ID15.sub(lambda m: m.group(1) + "*" * 7 + m.group(2), text)


def context(text: str, start: int, end: int, width: int = WIDTH) -> str:
    """``…before【match】after…`` on one line, personal data masked."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    snippet = (("…" if start > width else "") + before + "【" + text[start:end] + "】" + after
               + ("…" if end + width < len(text) else ""))
    return mask_personal(re.sub(r"\s+", " ", snippet))
