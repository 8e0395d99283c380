"""Printed unit names match the profile's unit in all their usual forms, and nothing else."""
import pytest

from monitor.profile import ProfileError, parse_profile
from monitor.units import UnitMatcher

PROFILE = """
[site]
name = "定南县人民政府门户网站"
region = "定南县"
start_url = "http://x.gov.cn/"
[[units]]
name = "林业局"
kind = "department"
[[units]]
name = "历市镇政府"
kind = "township"
[[units]]
name = "政府办公室"
kind = "department"
aliases = ["县政府办"]
[[units]]
name = "教科体局"
kind = "department"
aliases = ["教育科技体育局"]
[[units]]
name = "城市社区管委会"
kind = "township"
"""


@pytest.fixture(scope="module")
def matcher():
    return UnitMatcher(parse_profile(PROFILE))


@pytest.mark.parametrize("printed,unit", [
    ("定南县林业局", "林业局"), ("县林业局", "林业局"), ("林业局", "林业局"), (" 定南县 林业局 ", "林业局"),
    ("历市镇人民政府", "历市镇政府"), ("历市镇政府", "历市镇政府"), ("历市镇", "历市镇政府"),
    ("定南县历市镇人民政府", "历市镇政府"), ("县人民政府办公室", "政府办公室"), ("定南县人民政府办公室", "政府办公室"),
    ("县政府办", "政府办公室"), ("定南县教育科技体育局", "教科体局"), ("定南县城市社区管委会", "城市社区管委会"),
    ("本网", None), ("新华社", None), ("县委宣传部", None), ("赣州市林业局长", None), ("", None), (None, None),
])
def test_forms(matcher, printed, unit):
    assert matcher.match(printed) == unit


def test_units_that_read_alike_are_refused():
    text = PROFILE + '[[units]]\nname = "定南县林业局"\nkind = "department"\n'
    with pytest.raises(ProfileError, match="cannot be told apart"):
        UnitMatcher(parse_profile(text))
