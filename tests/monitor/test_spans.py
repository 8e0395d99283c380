"""Spans as the office writes them; months are calendar months."""
from datetime import date

import pytest

from monitor.spans import Span, SpanError


@pytest.mark.parametrize("text,start,after", [
    ("14d", date(2024, 6, 16), date(2024, 6, 30)), ("2w", date(2024, 6, 16), date(2024, 6, 30)),
    ("6m", date(2024, 8, 31), date(2025, 2, 28)), ("1y", date(2024, 2, 29), date(2025, 2, 28)),
])
def test_after(text, start, after):
    assert Span.parse(text).after(start) == after


def test_before_is_the_inverse_and_names_are_chinese():
    assert Span.parse("6m").before(date(2024, 6, 30)) == date(2023, 12, 30)
    assert str(Span.parse("6m")) == "6个月" and str(Span.parse("14d")) == "14天"


@pytest.mark.parametrize("text", ["14", "two weeks", "1.5m", "", "-3d"])
def test_not_a_span(text):
    with pytest.raises(SpanError):
        Span.parse(text)
