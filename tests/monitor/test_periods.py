"""Periods: month, quarter, year and custom ranges, with their previous period."""
from datetime import date

import pytest

from monitor.periods import PeriodError, parse_period


@pytest.mark.parametrize("text,start,end,months,label", [
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), 1, "2024年2月份"),
    ("2024-Q2", date(2024, 4, 1), date(2024, 6, 30), 3, "2024年第二季度"),
    ("2024", date(2024, 1, 1), date(2024, 12, 31), 12, "2024年"),
    ("2022-02-23..2022-05-23", date(2022, 2, 23), date(2022, 5, 23), 4, "2022年2月23日至2022年5月23日"),
])
def test_parse(text, start, end, months, label):
    period = parse_period(text)
    assert (period.start, period.end, period.months, period.label()) == (start, end, months, label)


def test_previous_periods():
    assert parse_period("2024-01").previous().start == date(2023, 12, 1)
    assert parse_period("2024-03").previous().end == date(2024, 2, 29)
    q = parse_period("2024-Q1").previous()
    assert (q.start, q.end) == (date(2023, 10, 1), date(2023, 12, 31))
    r = parse_period("2024-03-11..2024-03-20").previous()
    assert (r.start, r.end) == (date(2024, 3, 1), date(2024, 3, 10))


@pytest.mark.parametrize("text", ["2024-13", "24-02", "2024-Q5", "2024-03-01..2024-02-01", "2023-12-01..2024-01-31", "soon"])
def test_bad_periods(text):
    with pytest.raises(PeriodError):
        parse_period(text)
