"""On the crawled sample portal, each planted account and letter state is reported exactly as its truth says:
in ``stats --json`` for 2024-06 and 2024-Q2, in the findings, and in the bulletin's table and paragraphs."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from fractions import Fraction

import pytest
from docx import Document
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

import media_truth as truth
from crawler.urls import canonical
from monitor.findings import query_findings
from monitor.newmedia import CATEGORIES
from monitor.numbers import percent, plain
from monitor.periods import cn_date, parse_period
from monitor.profile_newmedia import PLATFORMS
from monitor.profile import load_profile
from storage.repository import find_site
from support import run_cli

PERIODS = ("2024-06", "2024-Q2")


@pytest.fixture(scope="module")
def stats(sqlite_db, profile_path) -> dict[str, dict]:
    return {period: json.loads(run_cli("--db", sqlite_db, "stats", str(profile_path), "--period", period,
                                       "--json").stdout) for period in PERIODS}


@pytest.fixture(scope="module")
def bulletins(sqlite_db, profile_path, tmp_path_factory) -> dict[str, Document]:
    """Written from a copy: issuing a quarter on the shared database would renumber others' 月报."""
    out = tmp_path_factory.mktemp("media-bulletin")
    shutil.copy(sqlite_db.removeprefix("sqlite:///"), out / "copy.sqlite")
    for period in PERIODS:
        run_cli("--db", f"sqlite:///{out / 'copy.sqlite'}", "bulletin", str(profile_path), "--period", period,
                "--out", str(out))
    return {period: Document(out / f"bulletin-{period}.docx") for period in PERIODS}


def test_the_sample_plants_every_state(sample_site):
    """One account meeting the requirement, one lagging, one silent, one to be closed still posting; letters overdue."""
    june, as_of = parse_period("2024-06"), sample_site.as_of
    accounts = [truth.account_json(a, june, as_of) for a in sample_site.media.accounts]
    assert sorted((a["meets"], a["stale"], a["closed_active"]) for a in accounts) == [
        (False, False, False), (False, False, True), (False, True, False), (True, False, False)]
    assert sum(truth.is_overdue(x, as_of) for x in sample_site.media.letters) >= 3


@pytest.mark.parametrize("period", PERIODS)
def test_stats_newmedia_equal_truth(stats, sample_site, period):
    span, media = parse_period(period), stats[period]["newmedia"]
    expected = [truth.account_json(a, span, sample_site.as_of) for a in sample_site.media.accounts]
    assert media["accounts"] == expected
    assert media["period_count"] == sum(a["period_count"] for a in expected)
    owners = Counter(a.unit for a in sample_site.media.accounts)
    assert {u["unit"]: (u["accounts"], u["period_count"]) for u in media["units"]} == {
        unit: (n, sum(a["period_count"] for a in expected if a["unit"] == unit)) for unit, n in owners.items()}
    assert (media["per_week"], media["stale_days"], media["as_of"]) == (2, 14, sample_site.as_of.isoformat())


@pytest.mark.parametrize("period", PERIODS)
def test_stats_interaction_equal_truth(stats, sample_site, portal, period):
    span, letters, as_of = parse_period(period), stats[period]["interaction"], sample_site.as_of
    every = sample_site.media.letters
    assert letters["boxes"] == [truth.box_json(name, [x for x in every if x.box == name], span, as_of)
                                for name, _ in sample_site.media.boxes]
    assert letters["total"] == truth.box_json("合计", every, span, as_of)
    assert letters["overdue_letters"] == [
        {"box": x.box, "title": x.title, "url": canonical(portal.base_url + x.path), "unit": x.unit,
         "received": x.received.isoformat(), "deadline": truth.deadline(x).isoformat()}
        for x in truth.received_in(every, span) if truth.is_overdue(x, as_of)]
    assert (letters["reply_days"], letters["back_office"]) == (5, [])


def test_findings_equal_truth(sqlite_db, profile_path, sample_site, portal):
    engine = create_engine(sqlite_db)
    with Session(engine) as session:
        rows = query_findings(session, find_site(session, load_profile(profile_path)), as_of=sample_site.as_of)
    engine.dispose()
    as_of, base = sample_site.as_of, portal.base_url
    expected = [("interaction_overdue", "deduct", x.unit, canonical(base + x.path),
                 f"来信“{x.title}”于{x.received}收到，答复期限{truth.deadline(x)}（5个工作日），截至{as_of}仍未答复")
                for x in sample_site.media.letters if truth.is_overdue(x, as_of)]
    for a in sample_site.media.accounts:
        name = f"账号“{a.name}”（{PLATFORMS[a.platform]}）"
        if truth.is_stale(a, as_of):
            expected.append(("newmedia_stale", "veto", a.unit, base + a.path,
                             f"{name}最近一次发布于{truth.newest(a, as_of)}，已超过14天未更新"))
        if truth.is_closed_active(a, as_of):
            last = max((t for t in a.articles if t.pub_date <= as_of), key=lambda t: t.pub_date)
            expected.append(("newmedia_closed_active", "veto", a.unit, base + a.path,
                             f"{name}已申请关停，仍于{last.pub_date}发布《{last.title}》"))
    got = [(r["category"], r["severity"], r["unit"], r["url"], r["evidence"])
           for r in rows if r["category"] in CATEGORIES]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert all(r["status"] == "open" for r in rows if r["category"] in CATEGORIES)


def section(document: Document, heading: str) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    start = texts.index(heading)
    return texts[start + 1:start + 3]


def listed_as(document: Document, title: str) -> str:
    """附件N: the number the bulletin's own attachment list gives the table."""
    lines = [p.text.removeprefix("附件：") for p in document.paragraphs if p.text.startswith(("附件：", *"123456789"))]
    number = next(line.split(".", 1)[0] for line in lines if line.split(".", 1)[-1] == title)
    return f"附件{number}"


@pytest.mark.parametrize("period", PERIODS)
def test_bulletin_table_equals_truth(bulletins, sample_site, period):
    document, span = bulletins[period], parse_period(period)
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "账号")
    expected = [truth.account_json(a, span, sample_site.as_of) for a in sample_site.media.accounts]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["序号", "账号", "平台", "主办单位", "发表文章数量", "是否达到每周更新两次要求"]] + [
        [str(i), a["name"], PLATFORMS[a["platform"]], a["unit"], str(a["period_count"]),
         {True: "是", False: "否", None: "—"}[a["meets"]]] for i, a in enumerate(expected, 1)]
    assert listed_as(document, "政务新媒体检查情况") == f"附件{int(listed_as(document, '重点领域信息发布情况统计表')[2:]) + 1}"


@pytest.mark.parametrize("period", PERIODS)
def test_bulletin_paragraphs_equal_truth(bulletins, sample_site, period):
    document, span, as_of = bulletins[period], parse_period(period), sample_site.as_of
    accounts = [(a, truth.account_json(a, span, as_of)) for a in sample_site.media.accounts]

    def names(key, value=True) -> str:
        return "、".join(f"“{a.name}”（{a.unit}）" for a, figures in accounts if figures[key] is value)

    media = (f"●{span.label()}，全县纳入检查的政务新媒体账号{len(accounts)}个，"
             f"共发表文章{sum(f['period_count'] for _, f in accounts)}条"
             f"（详见{listed_as(document, '政务新媒体检查情况')}）。{names('meets', False)}未达到每周更新两次要求。"
             f"{names('stale')}超过两周未更新（单项否决）。已申请关停的{names('closed_active')}仍在发布信息（单项否决）。")
    total = truth.box_json("合计", sample_site.media.letters, span, as_of)
    overdue = [x for x in truth.received_in(sample_site.media.letters, span) if truth.is_overdue(x, as_of)]
    units = Counter(x.unit for x in overdue)
    parts = [f"{unit}{n}件" for unit, n in units.items() if unit] + (
        [f"未明确承办单位{units[None]}件"] if units[None] else [])
    times = [truth.working_days(x.received, x.answered) for x in sample_site.media.letters
             if span.start <= x.received <= span.end and truth.answered(x, as_of)]
    letters = (f"●{span.label()}，政府网站县长信箱、咨询投诉共收到群众来信{total['received']}件，"
               f"已办结{total['answered']}件，办结率{percent(Fraction(total['answered'], total['received']))}。"
               f"平均答复用时{plain(Fraction(sum(times), len(times)), 1)}个工作日，最长{max(times)}个工作日。"
               f"其中{total['late']}件超过答复期限（5个工作日）才答复。"
               f"截至{cn_date(as_of)}，超过答复期限仍未答复的来信{total['overdue']}件（{'、'.join(parts)}）。"
               f"另有{total['pending']}件尚在答复期限内。")
    assert section(document, "三、政务新媒体和互动交流情况") == [media, letters]
