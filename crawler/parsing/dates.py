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


_MONTH_DAY = re.compile(r"(?<![\d\-/.])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d\-/.:])")


def find_month_days(text: str) -> list[str]:
    """Year-less list dates (``06-28``), as home pages print them, in ISO's ``--06-28`` form."""
    return [f"--{month}-{day}" for month, day in _MONTH_DAY.findall(_DATE.sub(" ", text))]


def resolve_month_day(value: str, as_of: date) -> date | None:
    """``2024-06-28`` as is; ``--06-28`` in the latest year that puts it on or before ``as_of``."""
    if not value.startswith("--"):
        return date.fromisoformat(value)
    month, day = int(value[2:4]), int(value[5:7])
    for year in (as_of.year, as_of.year - 1):
        try:
            if (candidate := date(year, month, day)) <= as_of:
                return candidate
        except ValueError:  # 29 February of a common year
            continue
    return None
