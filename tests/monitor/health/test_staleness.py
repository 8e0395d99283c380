"""Judging one column or the home page: deadlines, the warning band, the veto counts."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.health.staleness import ColumnFacts, Standing, count_findings, home_finding, judge
from monitor.profile_freshness import FreshnessSettings
from monitor.spans import Span

AS_OF = date(2024, 6, 30)
SETTINGS = FreshnessSettings()


def facts(category: str, newest: date | None, limit: str = "") -> ColumnFacts:
    span = Span.parse(limit) if limit else SETTINGS.limits[category]
    return ColumnFacts("http://x.gov.cn/c/", "栏目", category, "由栏目名称推断", newest, span)


@pytest.mark.parametrize("category,newest,limit,state", [
    ("dynamic", date(2024, 6, 16), "", "due_soon"),   # 14 days: the deadline is today
    ("dynamic", date(2024, 6, 15), "", "overdue"),    # 15 days
    ("dynamic", date(2024, 6, 20), "", "due_soon"),   # 4 days left: in the warning band
    ("dynamic", date(2024, 6, 21), "", "ok"),         # 5 days left
    ("notice", date(2023, 12, 30), "", "due_soon"),   # 6 calendar months to the day
    ("notice", date(2023, 12, 29), "", "overdue"),
    ("disclosure", date(2024, 1, 31), "", "due_soon"),  # due 2024-07-31: a month's band starts today
    ("disclosure", date(2024, 2, 1), "", "ok"),
    ("other", None, "", "blank"),
    ("dynamic", date(2024, 6, 1), "30d", "due_soon"),  # a column's own limit wins over its category's
])
def test_column_standing(category, newest, limit, state):
    assert judge(facts(category, newest, limit), SETTINGS, AS_OF).state == state


def test_long_stale_is_over_a_year():
    assert judge(facts("other", date(2023, 6, 29)), SETTINGS, AS_OF).long_stale
    assert not judge(facts("other", date(2023, 6, 30)), SETTINGS, AS_OF).long_stale


def standings(state: str, n: int, category: str = "dynamic") -> list[Standing]:
    return [Standing(facts(category, None if state == "blank" else date(2024, 1, 1)), state)] * n


@pytest.mark.parametrize("stale,severity", [(2, None), (3, "notice"), (4, "notice"), (5, "veto")])
def test_stale_count_warns_then_vetoes(stale, severity):
    found = [f for f in count_findings(standings("overdue", stale), SETTINGS, "http://x/") if f.matched == "不更新栏目"]
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_key_area_columns_do_not_count_toward_the_national_stale_veto():
    found = count_findings(standings("overdue", 6, "key_area"), SETTINGS, "http://x/")
    assert [f.matched for f in found] == []


def test_blank_columns_count():
    found = count_findings(standings("blank", 5), SETTINGS, "http://x/")
    assert [(f.category, f.severity, f.evidence.endswith("共5个")) for f in found] == [("empty_column", "veto", True)]


@pytest.mark.parametrize("dates,rule", [
    ([date(2024, 6, 21)], None),
    ([date(2024, 6, 20), date(2024, 5, 1)], "site_stale.home-due-soon"),
    ([date(2024, 6, 15)], "site_stale.home"),
    ([date(2024, 7, 3)], "site_stale.home"),  # only a date after the day judged: nothing shown before it
    ([], "site_stale.home"),                   # no date at all counts as not updated
])
def test_home_page(dates, rule):
    found = home_finding(dates, SETTINGS, AS_OF, "http://x/")
    assert (found.rule if found else None) == rule
