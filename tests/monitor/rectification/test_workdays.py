"""Deadlines count 工作日 on the mainland calendar: holidays skipped, adjusted working weekends counted."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.rectification import CalendarError, add_workdays
from monitor.rectification.workdays import known_years


@pytest.mark.parametrize("notified, days, deadline", [
    # an ordinary week: Monday + 5 → next Monday
    (date(2024, 6, 3), 5, date(2024, 6, 11)),  # Dragon Boat Festival: Monday 6-10 off
    (date(2024, 6, 17), 5, date(2024, 6, 24)),
    # 国庆 2024: Sunday 9-29 worked, 10-1..10-7 off, Saturday 10-12 worked
    (date(2024, 9, 27), 5, date(2024, 10, 10)),
    (date(2024, 9, 30), 1, date(2024, 10, 8)),
    (date(2024, 10, 10), 2, date(2024, 10, 12)),  # the adjusted working Saturday counts
    # 春节 2025: Sunday 1-26 worked, 1-28..2-4 off, Saturday 2-8 worked
    (date(2025, 1, 24), 5, date(2025, 2, 7)),
    (date(2025, 1, 27), 1, date(2025, 2, 5)),
    # notified on a holiday or weekend: the count starts on the next working day
    (date(2024, 10, 3), 1, date(2024, 10, 8)),
    (date(2024, 6, 29), 1, date(2024, 7, 1)),
])
def test_deadline_in_working_days(notified, days, deadline):
    assert add_workdays(notified, days) == deadline


def test_a_year_the_calendar_does_not_know_is_refused_clearly():
    last = known_years()[1]
    with pytest.raises(CalendarError, match=rf"working days of {last + 1} are unknown: .*covers 2004–{last}; upgrade"):
        add_workdays(date(last, 12, 28), 10)
    with pytest.raises(CalendarError, match="working days of 2003"):
        add_workdays(date(2003, 12, 1), 1)
