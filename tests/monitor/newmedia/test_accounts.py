"""New-media figures per account and unit: ISO weeks wholly inside the period, silent and still-live accounts."""
from __future__ import annotations

from datetime import date

import pytest

from monitor.newmedia import newmedia_stats
from monitor.newmedia.accounts import AccountFacts, full_weeks
from monitor.periods import parse_period
from monitor.profile_newmedia import AccountSettings
from storage.media import AccountArticle

AS_OF = date(2024, 6, 30)


def figures(world, period: str, as_of: date = AS_OF):
    return newmedia_stats(world.session, world.site.id, world.profile, parse_period(period), as_of)


def test_june_per_account_in_the_profiles_order(world):
    media = figures(world, "2024-06")
    assert [(a.name, a.period_count, [w.count for w in a.weeks], a.meets, a.newest, a.stale, a.closed_active,
             a.readable) for a in media.accounts] == [
        ("定南林业", 4, [2, 0, 0, 0], False, date(2024, 6, 5), True, False, True),  # 1–2 June: week 22, not judged
        ("定南住建", 8, [2, 2, 2, 2], True, date(2024, 6, 30), False, False, True),
        ("历市发布", 2, [0, 1, 1, 0], False, date(2024, 6, 20), False, True, True),
        ("定南便民", 0, [0, 0, 0, 0], None, None, False, False, False),  # never read: not judged
        ("林业科普", 0, [0, 0, 0, 0], False, None, True, False, True),  # read, never posted
    ]
    assert [(w.name, w.start, w.short) for w in media.accounts[1].weeks] == [
        ("2024-W23", date(2024, 6, 3), False), ("2024-W24", date(2024, 6, 10), False),
        ("2024-W25", date(2024, 6, 17), False), ("2024-W26", date(2024, 6, 24), False)]
    assert [(u.unit, u.accounts, u.period_count) for u in media.units] == [
        ("林业局", 2, 4), ("住建局", 1, 8), ("历市镇政府", 1, 2), (None, 1, 0)]
    assert (media.period_count, media.per_week, media.stale_days, media.as_of) == (14, 2, 14, AS_OF)


def test_a_quarter_judges_its_thirteen_weeks(world):
    media = figures(world, "2024-Q2")
    assert [(a.name, a.period_count, len(a.weeks), a.meets) for a in media.accounts] == [
        ("定南林业", 5, 13, False), ("定南住建", 9, 13, False),  # nothing in April
        ("历市发布", 2, 13, False), ("定南便民", 0, 13, None), ("林业科普", 0, 13, False)]
    assert media.accounts[0].weeks[0].start == date(2024, 4, 1)


def test_weeks_after_the_day_judged_are_not_judged(world):
    media = figures(world, "2024-06", as_of=date(2024, 6, 20))
    assert [len(a.weeks) for a in media.accounts] == [2, 2, 2, 2, 2]  # W25 ends on the 23rd
    assert [(a.name, a.newest, a.stale, a.closed_active) for a in media.accounts] == [
        ("定南林业", date(2024, 6, 5), True, False), ("定南住建", date(2024, 6, 20), False, False),
        ("历市发布", date(2024, 6, 20), False, True), ("定南便民", None, False, False), ("林业科普", None, True, False)]


@pytest.mark.parametrize("start, end, mondays", [
    (date(2024, 6, 1), date(2024, 6, 30), [date(2024, 6, 3), date(2024, 6, 10), date(2024, 6, 17), date(2024, 6, 24)]),
    (date(2024, 7, 1), date(2024, 7, 31), [date(2024, 7, 1), date(2024, 7, 8), date(2024, 7, 15), date(2024, 7, 22)]),
    (date(2024, 6, 1), date(2024, 6, 22), [date(2024, 6, 3), date(2024, 6, 10)]),
    (date(2024, 2, 1), date(2024, 2, 4), []),  # no full week: 是否达到 is —
])
def test_full_weeks_lie_wholly_inside_the_range(start, end, mondays):
    assert full_weeks(start, end) == mondays


def test_a_year_has_the_weeks_it_holds_whole():
    weeks = full_weeks(date(2024, 1, 1), date(2024, 12, 31))
    assert (len(weeks), weeks[0], weeks[-1]) == (52, date(2024, 1, 1), date(2024, 12, 23))  # 30–31 Dec: 2025-W01


def facts(status: str, newest: date | None, readable: bool = True) -> AccountFacts:
    settings = AccountSettings("定南林业", "douyin", "林业局", status, "feed", "http://feeds.example/ly.xml")
    article = newest and AccountArticle(key="k", title="一篇", pub_date=newest)
    return AccountFacts(settings, 1, 1, readable, article, AS_OF, 14)


@pytest.mark.parametrize("newest, stale", [(date(2024, 6, 16), False), (date(2024, 6, 15), True), (None, True)])
def test_silent_means_more_than_stale_days(newest, stale):
    assert facts("active", newest).stale is stale
    assert facts("active", newest, readable=False).stale is False


@pytest.mark.parametrize("newest, live", [(date(2024, 6, 16), True), (date(2024, 6, 15), False), (None, False)])
def test_to_close_and_posting_within_stale_days(newest, live):
    assert facts("to_close", newest).closed_active is live
    assert facts("to_close", newest).stale is False
