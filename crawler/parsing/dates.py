"""Dates as county portals print them: 2024-02-15, 2024年02月15日, 2024/2/15, 2024.2.15."""
from __future__ import annotations

import re
from datetime import date

DATE_PATTERN = (
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)\s*日?"
)
_DATE = re.compile(DATE_PATTERN)
_PARTS = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def parse_date(text: str | None) -> date | None:
    """The first valid date in ``text`` (times after it are ignored), or None."""
    if not text:
        return None
    for match in _PARTS.finditer(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def find_dates(text: str) -> list[str]:
    """Every date-looking string in ``text``, in order."""
    return _DATE.findall(text)
