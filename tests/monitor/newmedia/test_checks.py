"""Findings after a crawl: silent accounts, closed accounts still posting, letters past their answer's deadline.

Each once, with its unit and evidence in Chinese; a re-run refreshes them and
turns fixed what is no longer so; the page attribution run by the site checks
does not take their units away.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, select

from monitor import health
from monitor.cli import build_parser
from monitor.findings import findings_text, query_findings
from monitor.newmedia import CATEGORIES, after_crawl
from storage.media import Account, AccountArticle, Letter
from storage.models import CrawlRun, FindingRecord

AS_OF = date(2024, 6, 30)
FEED = "http://feeds.example/"
LETTER = "http://portal.example/letters/"
EXPECTED = [
    ("interaction_overdue", "deduct", "林业局", f"{LETTER}l3.html", "端午前来信未答复",
     "来信“端午前来信未答复”于2024-06-06收到，答复期限2024-06-14（5个工作日），截至2024-06-30仍未答复",
     "县长信箱来信超过5个工作日未答复"),
    ("interaction_overdue", "deduct", None, f"{LETTER}l6.html", "询问补贴发放 电话138****5678",
     "来信“询问补贴发放 电话138****5678”于2024-06-20收到，答复期限2024-06-27（5个工作日），截至2024-06-30仍未答复",
     "咨询投诉来信超过5个工作日未答复"),
    ("interaction_overdue", "deduct", "住建局", f"{LETTER}l8.html", "四月来信未答复",
     "来信“四月来信未答复”于2024-04-10收到，答复期限2024-04-17（5个工作日），截至2024-06-30仍未答复",
     "咨询投诉来信超过5个工作日未答复"),
    ("newmedia_closed_active", "veto", "历市镇政府", f"{FEED}ls.xml", "历市发布",
     "账号“历市发布”（微博）已申请关停，仍于2024-06-20发布《历市发布第2篇》", "申请关停的政务新媒体仍在发布信息"),
    ("newmedia_stale", "veto", "林业局", f"{FEED}kp.xml", "林业科普", "账号“林业科普”（今日头条）未发布任何文章",
     "政务新媒体超过14天未更新"),
    ("newmedia_stale", "veto", "林业局", f"{FEED}ly.xml", "定南林业",
     "账号“定南林业”（抖音）最近一次发布于2024-06-05，已超过14天未更新", "政务新媒体超过14天未更新"),
]


def judged(world, run=None) -> list[tuple]:
    after_crawl(world.session, world.site.id, world.profile, (run or world.run).id, datetime(2024, 6, 30, 9))
    return rows(world)


def rows(world, status: str | None = "open") -> list[tuple]:
    found = query_findings(world.session, world.site, status=status, as_of=AS_OF)
    return [(r["category"], r["severity"], r["unit"], r["url"], r["title"], r["evidence"], r["detail"])
            for r in found]


def test_each_planted_state_is_one_finding_with_its_unit(world):
    assert judged(world) == EXPECTED
    places = world.session.execute(select(FindingRecord.place, FindingRecord.matched).order_by(FindingRecord.id))
    assert [tuple(p) for p in places] == [("account", "定南林业"), ("account", "历市发布"), ("account", "林业科普"),
                                          ("letter", "端午前来信未答复"), ("letter", "询问补贴发放 电话138****5678"),
                                          ("letter", "四月来信未答复")]


def test_a_rerun_refreshes_and_what_was_put_right_turns_fixed(world):
    judged(world)
    session, later = world.session, CrawlRun(site_id=world.site.id, started_at=datetime(2024, 6, 30, 20), status="ok")
    session.add(later)
    forestry = session.scalar(select(Account).where(Account.name == "定南林业"))
    session.add(AccountArticle(account_id=forestry.id, key="new", title="新的一篇", pub_date=date(2024, 6, 28)))
    session.scalar(select(Letter).where(Letter.url == f"{LETTER}l3.html")).answered = date(2024, 6, 29)
    session.flush()
    assert judged(world, later) == [EXPECTED[i] for i in (1, 2, 3, 4)]
    assert [r[3] for r in rows(world, "fixed")] == [f"{LETTER}l3.html", f"{FEED}ly.xml"]
    assert session.scalar(select(func.count()).select_from(FindingRecord)) == 6  # nothing doubled


def test_site_checks_run_them_last_so_they_keep_their_units(world):
    health.after_crawl(world.session, world.site, world.profile, world.run.id, datetime(2024, 6, 30, 9))
    assert [r for r in rows(world) if r[0] in CATEGORIES] == EXPECTED


def test_the_findings_command_lists_and_filters_them(world):
    judged(world)
    text = findings_text(query_findings(world.session, world.site, as_of=AS_OF))
    assert ("[newmedia_stale] 单项否决 · 林业局 · 待通知 · newmedia_stale.silent\n"
            f"  页面：定南林业 {FEED}ly.xml\n"
            "  位置：政务新媒体账号　问题：政务新媒体超过14天未更新\n"
            "  证据：账号“定南林业”（抖音）最近一次发布于2024-06-05，已超过14天未更新") in text
    assert text.endswith("共 6 条（newmedia_stale 2，newmedia_closed_active 1，interaction_overdue 3）")
    for category in CATEGORIES:
        assert build_parser().parse_args(["findings", "p.toml", "--category", category]).category == category


def test_a_box_the_profile_no_longer_names_is_not_judged(world):
    judged(world)
    boxes = world.profile.interaction.boxes[:1]  # 县长信箱 only
    world.profile = replace(world.profile, interaction=replace(world.profile.interaction, boxes=boxes))
    assert [r[3] for r in judged(world) if r[0] == "interaction_overdue"] == [f"{LETTER}l3.html"]
    assert [r[3] for r in rows(world, "fixed")] == [f"{LETTER}l6.html", f"{LETTER}l8.html"]
