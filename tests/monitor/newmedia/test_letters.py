"""互动交流 figures: letters received in the period, 办结率, reply times in working days, overdue, back office."""
from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from monitor.newmedia import interaction_stats
from monitor.newmedia.letters import workdays_between
from monitor.numbers import percent, plain
from monitor.periods import parse_period
from monitor.rectification import add_workdays
from storage.media import BackOfficeCount

AS_OF = date(2024, 6, 30)


def figures(world, period: str):
    return interaction_stats(world.session, world.site.id, world.profile, parse_period(period), AS_OF)


def row(f):
    return (f.name, f.received, f.answered, f.pending, f.overdue, f.late, f.reply_times)


@pytest.mark.parametrize("start, end, days", [
    (date(2024, 6, 7), date(2024, 6, 11), 1),  # Friday to Tuesday over 端午 (8–10 June off)
    (date(2024, 6, 6), date(2024, 6, 17), 6),
    (date(2024, 6, 3), date(2024, 6, 3), 0),  # answered the day it came
    (date(2024, 9, 27), date(2024, 10, 10), 5),  # Sunday 29 September worked, 国庆 off
])
def test_reply_time_counts_working_days(start, end, days):
    assert workdays_between(start, end) == days


def test_the_deadline_skips_duanwu():
    assert add_workdays(date(2024, 6, 6), 5) == date(2024, 6, 14)  # not the 13th, as calendar days would say


def test_june_per_box_and_overall(world):
    letters = figures(world, "2024-06")
    assert [row(f) for f in letters.boxes] == [
        ("县长信箱", 4, 2, 1, 1, 1, (2, 6)),
        ("咨询投诉", 3, 1, 1, 1, 0, (1,)),  # the answer of 1 July is after the day judged: pending
    ]
    total = letters.total
    assert row(total) == ("合计", 7, 3, 2, 2, 1, (2, 6, 1))
    assert (total.done_ratio, percent(total.done_ratio), total.average_days, total.longest_days) == (
        Fraction(3, 7), "42.9%", Fraction(3), 6)
    assert [(o.box, o.title, o.unit, o.received, o.deadline) for o in letters.overdue_letters] == [
        ("县长信箱", "端午前来信未答复", "林业局", date(2024, 6, 6), date(2024, 6, 14)),
        ("咨询投诉", "询问补贴发放 电话13812345678", None, date(2024, 6, 20), date(2024, 6, 27))]
    assert (letters.reply_days, letters.as_of, letters.back_office, letters.empty) == (5, AS_OF, (), False)


def test_second_quarter(world):
    letters = figures(world, "2024-Q2")
    assert [row(f) for f in letters.boxes] == [
        ("县长信箱", 4, 2, 1, 1, 1, (2, 6)),
        ("咨询投诉", 5, 2, 1, 2, 0, (2, 1))]  # May: 2 working days; April: still unanswered
    assert row(letters.total) == ("合计", 9, 4, 2, 3, 1, (2, 2, 6, 1))
    assert (percent(letters.total.done_ratio), plain(letters.total.average_days, 1)) == ("44.4%", "2.8")
    assert [o.title for o in letters.overdue_letters] == ["四月来信未答复", "端午前来信未答复",
                                                          "询问补贴发放 电话13812345678"]


def test_a_box_without_letters_has_no_ratio(world):
    letters = figures(world, "2024-03")
    assert [row(f) for f in letters.boxes] == [("县长信箱", 0, 0, 0, 0, 0, ()), ("咨询投诉", 0, 0, 0, 0, 0, ())]
    assert (letters.total.done_ratio, letters.total.average_days, letters.total.longest_days) == (None, None, None)


def test_back_office_figures_of_exactly_the_period(world):
    site = world.site.id
    world.session.add_all([
        BackOfficeCount(site_id=site, period="2024-06", unit="林业局", metric="报送信息数", value=12),
        BackOfficeCount(site_id=site, period="2024-06", unit="", metric="依申请公开收到", value=6),
        BackOfficeCount(site_id=site, period="2024-06", unit="", metric="依申请公开答复", value=5),
        BackOfficeCount(site_id=site, period="2024-Q2", unit="", metric="依申请公开收到", value=15)])
    world.session.flush()
    assert [(b.unit, b.metric, b.value) for b in figures(world, "2024-06").back_office] == [
        ("", "依申请公开收到", 6), ("", "依申请公开答复", 5), ("林业局", "报送信息数", 12)]
    assert [(b.unit, b.metric, b.value) for b in figures(world, "2024-Q2").back_office] == [
        ("", "依申请公开收到", 15)]
