"""Spans of time as an office writes them: ``14d``, ``2w``, ``6m``, ``1y``.

Months and years are calendar ones (6 months after 31 August is 28 or 29
February), as inspectors count them; days and weeks are exact.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_SPAN = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
UNIT_NAMES = {"d": "天", "w": "周", "m": "个月", "y": "年"}


class SpanError(ValueError):
    """Not a span; the message says what is expected."""


@dataclass(frozen=True)
class Span:
    count: int
    unit: str  # d | w | m | y

    @classmethod
    def parse(cls, text: str) -> "Span":
        match = _SPAN.match(text) if isinstance(text, str) else None
        if match is None:
            raise SpanError(f"{text!r} is not a span such as \"14d\", \"2w\", \"6m\" or \"1y\"")
        return cls(int(match.group(1)), match.group(2))

    def after(self, day: date) -> date:
        """The day this span after ``day``."""
        if self.unit in "dw":
            return day + timedelta(days=self.count * (7 if self.unit == "w" else 1))
        months = day.month - 1 + self.count * (12 if self.unit == "y" else 1)
        year, month = day.year + months // 12, months % 12 + 1
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

    def before(self, day: date) -> date:
        """The day this span before ``day`` (the inverse of :meth:`after`)."""
        return Span(-self.count, self.unit).after(day)

    def __str__(self) -> str:
        return f"{self.count}{UNIT_NAMES[self.unit]}"
