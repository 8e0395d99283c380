"""Working days (工作日) on the mainland China calendar, for rectification deadlines.

Holidays and the adjusted working weekends (调休上班) are announced by the
State Council year by year, so they come from the maintained
``chinesecalendar`` package, never a hand-kept list. A year the package does
not know yet is refused with a clear message rather than guessed at.
"""
from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


class CalendarError(ValueError):
    """A day outside the years the holiday calendar knows; the message is one line for the user."""


def is_workday(day: date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        first, last = known_years()
        raise CalendarError(
            f"working days of {day.year} are unknown: chinesecalendar {chinese_calendar.__version__} "
            f"covers {first}–{last}; upgrade it (pip install -U chinesecalendar)") from None


def known_years() -> tuple[int, int]:
    """The first and last year whose holidays the installed package knows."""
    days = chinese_calendar.constants.holidays
    return min(days).year, max(days).year


def add_workdays(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted).

    Notified on Friday 2024-09-27 with 5 working days: Sunday 9-29 (调休上班),
    9-30, then 10-08, 10-09, 10-10 after 国庆 (1–7 October off) → 2024-10-10.
    """
    day, left = start, count
    while left > 0:
        day += timedelta(days=1)
        left -= is_workday(day)
    return day
