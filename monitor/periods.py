"""Reporting periods: a month, a quarter, a year or an inclusive custom range."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


class PeriodError(ValueError):
    """A period string that cannot be read."""


@dataclass(frozen=True)
class Period:
    """An inclusive date range with the kind of period it was named as."""

    start: date
    end: date
    kind: str  # month | quarter | year | range

    @property
    def months(self) -> int:
        """Calendar months the period touches: the quota is annual/12 for each."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def year_start(self) -> date:
        return date(self.end.year, 1, 1)

    def previous(self) -> "Period":
        """The period before this one, of the same kind and length (for 环比)."""
        if self.kind == "range":
            length = self.end - self.start
            end = self.start - timedelta(days=1)
            return Period(end - length, end, "range")
        first = _add_months(self.start, -self.months)
        return Period(first, self.start - timedelta(days=1), self.kind)

    def label(self) -> str:
        """Chinese name of the period as a bulletin writes it."""
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月份"
        if self.kind == "quarter":
            quarter = "一二三四"[(self.start.month - 1) // 3]
            return f"{self.start.year}年第{quarter}季度"
        if self.kind == "year":
            return f"{self.start.year}年"
        return f"{cn_date(self.start)}至{cn_date(self.end)}"

    def short_label(self) -> str:
        """Column-header form: 2月, 二季度, 2024年, or the range."""
        if self.kind == "month":
            return f"{self.start.month}月"
        if self.kind == "quarter":
            return f"{'一二三四'[(self.start.month - 1) // 3]}季度"
        return self.label()

    def key(self) -> str:
        """The period as :func:`parse_period` reads it (2024-02, 2024-Q2, 2024, a..b), to name files."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def cn_date(day: date) -> str:
    """2024年2月5日: how official Chinese text writes a date."""
    return f"{day.year}年{day.month}月{day.day}日"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(year: int, month: int) -> date:
    return _add_months(date(year, month, 1), 1) - timedelta(days=1)


def parse_period(text: str) -> Period:
    """Read ``2024-02``, ``2024-Q2``, ``2024`` or ``2022-02-23..2022-05-23``."""
    text = text.strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(m[1]), int(m[2])
            return Period(date(year, month, 1), _month_end(year, month), "month")
        if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text):
            year, first = int(m[1]), (int(m[2]) - 1) * 3 + 1
            return Period(date(year, first, 1), _month_end(year, first + 2), "quarter")
        if m := re.fullmatch(r"(\d{4})", text):
            year = int(m[1])
            return Period(date(year, 1, 1), date(year, 12, 31), "year")
        if m := re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})\.\.(\d{4}-\d{1,2}-\d{1,2})", text):
            start, end = (date(*map(int, part.split("-"))) for part in (m[1], m[2]))
            if end < start:
                raise PeriodError(f"period {text!r}: the end is before the start")
            if start.year != end.year:
                raise PeriodError(f"period {text!r}: a range must stay within one year")
            return Period(start, end, "range")
    except ValueError as exc:
        if isinstance(exc, PeriodError):
            raise
        raise PeriodError(f"period {text!r}: {exc}") from None
    raise PeriodError(
        f"period {text!r} not understood: use 2024-02, 2024-Q2, 2024 or 2024-02-01..2024-03-15"
    )
