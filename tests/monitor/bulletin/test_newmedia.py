"""政务新媒体和互动交流情况 in the bulletin: the accounts' table after the key areas, and the two paragraphs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from monitor.bulletin import BulletinOptions, build_bulletin
from monitor.bulletin.newmedia import interaction_paragraphs, newmedia_paragraphs
from monitor.bulletin.problems import ProblemFacts, problem_paragraphs
from monitor.newmedia.model import (AccountStats, BackOfficeFigure, InteractionStats, LetterFigures, NewMediaStats,
                                    OverdueLetter, WeekCount)
from monitor.periods import parse_period
from monitor.stats_model import KeyAreaStats, PeriodStats, Totals, UnitStats

JUNE = parse_period("2024-06")
AS_OF = date(2024, 6, 30)


def account(name, platform, unit, count, counts, newest=None, status="active", readable=True, stale=False,
            live=False):
    weeks = tuple(WeekCount(date(2024, 6, 3 + 7 * i), n, n < 2) for i, n in enumerate(counts))
    return AccountStats(name, platform, unit, status, readable, count, weeks, newest, stale, live)


ACCOUNTS = (account("定南发布", "wechat", "融媒体中心", 9, (2, 2, 3, 2), date(2024, 6, 29)),
            account("定南林业", "douyin", "林业局", 3, (2, 1, 0, 0), date(2024, 6, 11), stale=True),
            account("历市发布", "weibo", "历市镇政府", 2, (1, 0, 1, 0), date(2024, 6, 20), "to_close", live=True),
            account("定南便民", "app", None, 0, (0, 0, 0, 0), readable=False))
MEDIA = NewMediaStats(2, 14, AS_OF, ACCOUNTS)
BOXES = (LetterFigures("县长信箱", 4, 2, 1, 1, 1, (2, 6)), LetterFigures("咨询投诉", 3, 1, 1, 1, 0, (1,)))
LETTERS = InteractionStats(5, AS_OF, BOXES, LetterFigures("合计", 7, 3, 2, 2, 1, (2, 6, 1)), (
    OverdueLetter("县长信箱", "端午前来信", "http://x/l3.html", "林业局", date(2024, 6, 6), date(2024, 6, 14)),
    OverdueLetter("咨询投诉", "询问补贴", "http://x/l6.html", None, date(2024, 6, 20), date(2024, 6, 27))))


def stats(media=MEDIA, letters=LETTERS, areas=()):
    units = [UnitStats("林业局", "department", 120, 10, 60, 1), UnitStats("历市镇政府", "township", 120, 5, 50, 1)]
    return PeriodStats("定南县人民政府门户网站", JUNE, Totals(15, 110, 900, 12), units, 0, key_areas=list(areas),
                       newmedia=media, interaction=letters)


def bulletin(**kwargs):
    return build_bulletin(stats(**kwargs), BulletinOptions(issue_date=date(2024, 7, 5)))


def test_the_accounts_table_follows_the_key_areas():
    doc = bulletin(areas=[KeyAreaStats("财政资金", "http://x/czzj/", "财政局", 2, 9)])
    assert [(a.label, a.title) for a in doc.attachments][:4] == [
        ("附件1", "县直部门政府信息公开情况"), ("附件2", "乡镇政府信息公开情况"), ("附件3", "重点领域信息发布情况统计表"),
        ("附件4", "政务新媒体检查情况")]  # then the completion charts
    table = doc.attachments[3]
    assert table.header == ["序号", "账号", "平台", "主办单位", "发表文章数量", "是否达到每周更新两次要求"]
    assert table.rows == [["1", "定南发布", "微信公众号", "融媒体中心", "9", "是"], ["2", "定南林业", "抖音", "林业局", "3", "否"],
                          ["3", "历市发布", "微博", "历市镇政府", "2", "否"], ["4", "定南便民", "移动客户端", "—", "0", "—"]]
    assert table.values[0] == [1, "定南发布", "微信公众号", "融媒体中心", 9, "是"]  # numbers stay numbers in the .xlsx
    assert sum(table.widths) == 156


def test_the_header_says_the_profiles_weekly_requirement():
    doc = bulletin(media=replace(MEDIA, per_week=3))
    assert doc.attachments[2].header[-1] == "是否达到每周更新三次要求"


def test_a_county_without_accounts_has_no_table():
    assert "政务新媒体检查情况" not in [a.title for a in bulletin(media=NewMediaStats()).attachments]


def test_the_section_comes_after_disclosure():
    doc = bulletin()
    assert [s.heading for s in doc.sections] == ["一、政府门户网站内容保障情况", "二、政府信息公开情况",
                                                 "三、政务新媒体和互动交流情况", "四、工作要求"]
    assert doc.sections[2].paragraphs == [newmedia_paragraphs(MEDIA, JUNE, "附件3")[0],
                                          interaction_paragraphs(LETTERS, JUNE)[0]]
    without = bulletin(media=NewMediaStats(), letters=InteractionStats())
    assert [s.heading for s in without.sections] == ["一、政府门户网站内容保障情况", "二、政府信息公开情况", "三、工作要求"]


def test_newmedia_paragraph_names_who_falls_short_who_is_silent_and_who_should_be_closed():
    assert newmedia_paragraphs(MEDIA, JUNE, "附件3") == [
        "●2024年6月份，全县纳入检查的政务新媒体账号4个，共发表文章14条（详见附件3）。"
        "“定南林业”（林业局）、“历市发布”（历市镇政府）未达到每周更新两次要求。"
        "“定南林业”（林业局）超过两周未更新（单项否决）。"
        "已申请关停的“历市发布”（历市镇政府）仍在发布信息（单项否决）。"
        "“定南便民”未能读取发布数据，本期未作评价。"]


def test_newmedia_paragraph_when_all_is_well():
    good = NewMediaStats(2, 10, AS_OF, ACCOUNTS[:1])
    assert newmedia_paragraphs(good, JUNE, "附件") == [
        "●2024年6月份，全县纳入检查的政务新媒体账号1个，共发表文章9条（详见附件）。各账号均达到每周更新两次要求。"]
    assert newmedia_paragraphs(NewMediaStats(), JUNE, "附件") == []


def test_interaction_paragraph():
    assert interaction_paragraphs(LETTERS, JUNE) == [
        "●2024年6月份，政府网站县长信箱、咨询投诉共收到群众来信7件，已办结3件，办结率42.9%。"
        "平均答复用时3个工作日，最长6个工作日。其中1件超过答复期限（5个工作日）才答复。"
        "截至2024年6月30日，超过答复期限仍未答复的来信2件（林业局1件、未明确承办单位1件）。另有2件尚在答复期限内。"]


def test_interaction_paragraph_with_back_office_figures_and_no_letters():
    figures = (BackOfficeFigure("", "依申请公开收到", 6), BackOfficeFigure("", "依申请公开答复", 6),
               BackOfficeFigure("林业局", "依申请公开收到", 2), BackOfficeFigure("林业局", "报送信息数", 12),
               BackOfficeFigure("财政局", "报送信息数", 8))
    quiet = InteractionStats(5, AS_OF, BOXES[:1], LetterFigures("合计", 0, 0, 0, 0, 0, ()), (), figures)
    assert interaction_paragraphs(quiet, JUNE) == [
        "●2024年6月份，政府网站县长信箱未收到群众来信。"
        "据后台统计，依申请公开收到6件、依申请公开答复6件、报送信息数为20。"]  # the county's own figure, else the units'
    office_only = InteractionStats(5, AS_OF, back_office=figures[:1])
    assert interaction_paragraphs(office_only, JUNE) == ["●2024年6月份，据后台统计，依申请公开收到6件。"]
    assert interaction_paragraphs(InteractionStats(), JUNE) == []


def problem(category, unit, place="letter"):
    return {"category": category, "severity": "deduct", "status": "open", "unit": unit, "place": place,
            "column": None, "count": 1, "evidence": "", "detail": ""}


def test_problems_name_the_owners_of_accounts_and_letters():
    rows = [problem("interaction_overdue", "水利局"), problem("interaction_overdue", None),
            problem("interaction_overdue", None), problem("newmedia_stale", "住建局", "account"),
            problem("newmedia_closed_active", None, "account")]
    assert problem_paragraphs(ProblemFacts(rows), "附件7") == [
        "政务新媒体“不更新”问题依然存在。经检查发现，住建局主办的政务新媒体账号超过规定期限未更新（单项否决），共1个。"
        "具体问题详见附件7。",
        "已申请关停的政务新媒体仍在发布信息。经检查发现，1个仍在发布信息的已申请关停账号未明确主办单位。具体问题详见附件7。",
        "群众来信答复不及时。经检查发现，水利局承办的来信超过答复期限仍未答复，共1件。"
        "另有2件逾期未答复的来信未明确承办单位。具体问题详见附件7。"]
