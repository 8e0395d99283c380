"""The bulletin written from a crawled database shows exactly the figures of ``stats``."""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from fractions import Fraction
from math import ceil

from bs4 import BeautifulSoup
from docx import Document

from monitor.numbers import percent, plain, ratio
from support import run_cli, truth_counts


def docx_tables(path) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(path).tables]


def html_tables(path) -> list[list[list[str]]]:
    soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
    return [[[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]
            for table in soup.find_all("table")]


def expected_row(number: int, unit: dict) -> list[str]:
    quota = unit["annual_quota"]
    return [str(number), unit["name"], plain(quota), plain(Fraction(quota, 12)), str(unit["period_count"]),
            percent(ratio(unit["period_count"], Fraction(quota, 12))), str(unit["ytd_count"]),
            percent(ratio(unit["ytd_count"], quota))]


def test_bulletin_tables_equal_stats(sqlite_db, profile_path, sample_site, tmp_path):
    stats = json.loads(run_cli("--db", sqlite_db, "stats", str(profile_path), "--period", "2024-06", "--json").stdout)
    printed = run_cli("--db", sqlite_db, "bulletin", str(profile_path), "--period", "2024-06", "--out", str(tmp_path)).stdout
    docx_path, html_path = tmp_path / "bulletin-2024-06.docx", tmp_path / "bulletin-2024-06.html"
    assert f"docx: {docx_path}" in printed and f"html: {html_path}" in printed

    tables = docx_tables(docx_path)
    assert tables == html_tables(html_path)
    departments, townships, key_areas, _newmedia, _problems = tables  # new media: tests/monitor/newmedia
    assert departments[0] == ["序号", "责任单位", "当年任务数", "每月任务数", "6月发布数", "6月完成比", "当年完成数",
                              "当年完成比例"]
    by_kind = {kind: [expected_row(i, u) for i, u in enumerate([u for u in stats["units"] if u["kind"] == kind], 1)]
               for kind in ("department", "township")}
    assert departments[1:-1] == by_kind["department"]
    assert townships[1:-1] == by_kind["township"]
    assert departments[-1][1] == townships[-1][1] == "合计"
    assert int(departments[-1][4]) + int(townships[-1][4]) == stats["totals"]["period_count"] - stats["unattributed_count"]
    assert key_areas[1:] == [[str(i), k["column"], k["lead"] or "—", str(k["period_count"]), str(k["ytd_count"])]
                             for i, k in enumerate(stats["key_areas"], 1)] + [
        ["", "合计", "", str(sum(k["period_count"] for k in stats["key_areas"])),
         str(sum(k["ytd_count"] for k in stats["key_areas"]))]]
    assert len(stats["key_areas"]) == 16


def test_bulletin_counts_by_class_equal_stats(sqlite_db, profile_path, tmp_path):
    stats = json.loads(run_cli("--db", sqlite_db, "stats", str(profile_path), "--period", "2024-06", "--json").stdout)
    run_cli("--db", sqlite_db, "bulletin", str(profile_path), "--period", "2024-06", "--out", str(tmp_path))
    text = "\n".join(p.text for p in Document(tmp_path / "bulletin-2024-06.docx").paragraphs)

    def posts(key, kind=None):
        return sum(u["classes"][key] for u in stats["units"] if kind in (None, u["kind"])) + (
            stats["unattributed_classes"][key] if kind is None else 0)

    disclosure = (f"政务公开类信息{posts('disclosure')}条（县直部门{posts('disclosure', 'department')}条、"
                  f"乡镇{posts('disclosure', 'township')}条")
    dynamic = f"动态类信息{posts('dynamic')}条（县直部门{posts('dynamic', 'department')}条"
    assert disclosure in text and dynamic in text
    assert posts("disclosure") + posts("dynamic") + posts("other") == stats["totals"]["period_count"]
    areas = stats["key_areas"]
    assert (f"重点领域{len(areas)}个栏目本期发布信息{sum(k['period_count'] for k in areas)}条，"
            f"当年累计{sum(k['ytd_count'] for k in areas)}条（详见附件3）。") in text


def test_bulletin_text_names_totals_and_tied_leaders(sqlite_db, profile_path, sample_site, tmp_path):
    run_cli("--db", sqlite_db, "bulletin", str(profile_path), "--period", "2024-06", "--out", str(tmp_path))
    text = "\n".join(p.text for p in Document(tmp_path / "bulletin-2024-06.docx").paragraphs)
    start, end = date(2024, 6, 1), date(2024, 6, 30)
    total = sum(truth_counts(sample_site.truth, start, end).values())
    cumulative = sum(1 for p in sample_site.truth if p.pub_date <= end)
    assert f"共计发布信息{total}条" in text and f"历年累计发布信息{cumulative}条" in text
    leaders = re.search(r"列前三位的单位是（含并列）：(.*?)。", text)[1].split("、")
    assert {"老城镇政府", "岭北镇政府"} <= set(leaders)   # tied on 57 of 600
    trailers = re.search(r"列后三位的单位是（含并列）：(.*?)。", text)[1].split("、")
    assert {"审计局", "公路发展分中心"} <= set(trailers)  # tied on 1 of 180
    assert "第6期" in text


def test_demo_prints_where_everything_is(tmp_path):
    out = tmp_path / "demo"
    result = run_cli("demo", "--out", str(out))
    assert f"bulletin (docx): {out / 'bulletin-2024-06.docx'}" in result.stdout
    assert f"bulletin (html): {out / 'bulletin-2024-06.html'}" in result.stdout
    assert f"profile:  {out / 'profile.toml'}" in result.stdout
    document = Document(out / "bulletin-2024-06.docx")
    assert len(document.tables) == 5  # departments, townships, key areas, new-media accounts, problems
    units = json.loads(run_cli("--db", f"sqlite:///{out / 'demo.sqlite'}", "stats", str(out / "profile.toml"),
                               "--period", "2024-06", "--json").stdout)["units"]
    kinds = Counter(u["kind"] for u in units)
    assert len(document.inline_shapes) == sum(ceil(n / 28) for n in kinds.values())  # 28 bars a picture
    found = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert {r["category"] for r in found} == {
        "sensitive", "spam", "hidden_link", "expression", "typo", "wrong_region", "privacy",
        "broken_link", "stale_column", "empty_column",  # the home page is fresh on the sample's day
        "newmedia_stale", "newmedia_closed_active", "interaction_overdue"}  # a silent account, one to be closed
    # still posting, letters past their answer's deadline: tests/monitor/newmedia/test_from_crawl.py
    assert f"共 {len(found)} 条" in result.stdout
