"""Percentages round half up on the exact value; ranked lists include ties."""
from fractions import Fraction

import pytest

from monitor.numbers import bottom, percent, plain, ratio, top


@pytest.mark.parametrize("count,quota,expected", [
    (51, 240, "21.3%"),   # 21.25 exactly: half up, where float rounding gives 21.2
    (32, 30, "106.7%"), (6, 180, "3.3%"), (81, 20, "405.0%"), (0, 15, "0.0%"),
    (1, 8, "12.5%"), (1, 16, "6.3%"),
])
def test_percent_half_up(count, quota, expected):
    assert percent(ratio(count, quota)) == expected


def test_no_quota_has_no_ratio():
    assert ratio(5, None) is None and ratio(5, 0) is None and percent(None) == "—"


def test_plain_quota():
    assert plain(Fraction(360, 12)) == "30" and plain(Fraction(90, 12)) == "7.5" and plain(None) == "—"


def test_top_and_bottom_include_ties():
    scores = {"a": 5, "b": 4, "c": 3, "d": 3, "e": 1, "f": 1, "g": 2}
    assert top(scores, key=scores.get) == ["a", "b", "c", "d"]
    assert bottom(scores, key=scores.get) == ["e", "f", "g"]
    assert bottom({"x": 1, "y": 1, "z": 1, "w": 1}, key=lambda k: 1) == ["x", "y", "z", "w"]
