"""``stats`` gains the new-media and interaction sections, in JSON (every figure) and as two short text tables."""
from __future__ import annotations

import pytest

from monitor.newmedia.report import times
from monitor.periods import parse_period
from monitor.profile import parse_profile
from monitor.stats import compute_stats, stats_json
from monitor.table import stats_table
from storage.media import BackOfficeCount


def june(world):
    world.session.add(BackOfficeCount(site_id=world.site.id, period="2024-06", unit="", metric="依申请公开收到",
                                      value=6))
    world.session.flush()
    return compute_stats(world.session, world.profile, parse_period("2024-06"))


def week(name, start, count, short):
    return {"week": name, "start": start, "count": count, "short": short}


def weeks(*counts):
    starts = ("2024-06-03", "2024-06-10", "2024-06-17", "2024-06-24")
    return [week(f"2024-W{23 + i}", start, n, n < 2) for i, (start, n) in enumerate(zip(starts, counts))]


def test_stats_json_newmedia(world):
    media = stats_json(june(world))["newmedia"]
    assert {k: v for k, v in media.items() if k != "accounts"} == {
        "per_week": 2, "stale_days": 14, "as_of": "2024-06-30", "period_count": 14,
        "units": [{"unit": "林业局", "accounts": 2, "period_count": 4},
                  {"unit": "住建局", "accounts": 1, "period_count": 8},
                  {"unit": "历市镇政府", "accounts": 1, "period_count": 2},
                  {"unit": None, "accounts": 1, "period_count": 0}]}
    assert media["accounts"][0] == {
        "name": "定南林业", "platform": "douyin", "unit": "林业局", "status": "active", "readable": True,
        "period_count": 4, "meets": False, "newest": "2024-06-05", "stale": True, "closed_active": False,
        "weeks": weeks(2, 0, 0, 0)}
    assert [(a["name"], a["meets"], a["newest"], a["stale"], a["closed_active"], a["readable"], a["weeks"])
            for a in media["accounts"][1:]] == [
        ("定南住建", True, "2024-06-30", False, False, True, weeks(2, 2, 2, 2)),
        ("历市发布", False, "2024-06-20", False, True, True, weeks(0, 1, 1, 0)),
        ("定南便民", None, None, False, False, False, weeks(0, 0, 0, 0)),
        ("林业科普", False, None, True, False, True, weeks(0, 0, 0, 0))]


def test_stats_json_interaction(world):
    letters = stats_json(june(world))["interaction"]
    assert letters == {
        "reply_days": 5, "as_of": "2024-06-30",
        "boxes": [
            {"name": "县长信箱", "received": 4, "answered": 2, "done_ratio": 0.5, "average_reply_days": 4.0,
             "longest_reply_days": 6, "pending": 1, "overdue": 1, "late": 1},
            {"name": "咨询投诉", "received": 3, "answered": 1, "done_ratio": 1 / 3, "average_reply_days": 1.0,
             "longest_reply_days": 1, "pending": 1, "overdue": 1, "late": 0}],
        "total": {"name": "合计", "received": 7, "answered": 3, "done_ratio": 3 / 7, "average_reply_days": 3.0,
                  "longest_reply_days": 6, "pending": 2, "overdue": 2, "late": 1},
        "overdue_letters": [
            {"box": "县长信箱", "title": "端午前来信未答复", "url": "http://portal.example/letters/l3.html",
             "unit": "林业局", "received": "2024-06-06", "deadline": "2024-06-14"},
            {"box": "咨询投诉", "title": "询问补贴发放 电话13812345678", "url": "http://portal.example/letters/l6.html",
             "unit": None, "received": "2024-06-20", "deadline": "2024-06-27"}],
        "back_office": [{"unit": "", "metric": "依申请公开收到", "value": 6}]}


def test_stats_text_gains_two_short_tables(world):
    text = stats_table(june(world))
    assert text.split("\n\n")[1:] == [
        "政务新媒体        平台    主办单位  6月发表  每周两次    最近发布              问题\n"
        "定南林业          抖音      林业局        4        否  2024-06-05    超过14天未更新\n"
        "定南住建    微信公众号      住建局        8        是  2024-06-30\n"
        "历市发布          微博  历市镇政府        2        否  2024-06-20  申请关停仍在发布\n"
        "定南便民    移动客户端           —        0         —           —          未能读取\n"
        "林业科普      今日头条      林业局        0        否           —    超过14天未更新",
        "信箱      6月收到  办结  办结率  平均答复工作日  最长  期限内待答复  逾期未答复  超期答复\n"
        "县长信箱        4     2   50.0%               4     6             1           1         1\n"
        "咨询投诉        3     1   33.3%               1     1             1           1         0\n"
        "合计            7     3   42.9%               3     6             2           2         1",
        "后台统计：全县依申请公开收到 6"]


def test_without_accounts_or_boxes_nothing_is_added(world):
    bare = parse_profile(_bare_profile(world))  # the same site, without [[accounts]] and [[letters]]
    stats = compute_stats(world.session, bare, parse_period("2024-06"))
    assert stats.newmedia.accounts == () and stats.interaction.total is None
    assert len(stats_table(stats).split("\n\n")) == 1
    document = stats_json(stats)
    assert (document["newmedia"]["accounts"], document["interaction"]["boxes"], document["interaction"]["total"]) == (
        [], [], None)


def _bare_profile(world) -> str:
    units = "".join(f'[[units]]\nname = "{u.name}"\nkind = "{u.kind}"\n\n' for u in world.profile.units)
    return (f'[site]\nname = "{world.site.name}"\nregion = "定南县"\nstart_url = "http://portal.example/"\n\n{units}'
            '[[columns]]\nurl = "http://portal.example/gzdt/"\n')


@pytest.mark.parametrize("n, word", [(1, "一次"), (2, "两次"), (3, "三次"), (10, "十次"), (12, "12次")])
def test_the_weekly_requirement_in_words(n, word):
    assert times(n) == word
