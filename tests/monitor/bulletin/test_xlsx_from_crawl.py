"""The .xlsx of a crawled period: one sheet per table, Chinese headers, and every
number equal to ``stats --json`` (ratios stored rounded half up, shown as 0.0%)."""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from docx import Document
from openpyxl import load_workbook

from monitor.profile_newmedia import PLATFORMS
from support import run_cli


def half_up(value: Fraction, step: str) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(step), rounding=ROUND_HALF_UP)


def expected(name, annual, period_quota, period_count, ytd_count) -> list:
    return [name, annual, half_up(period_quota, "0.01"), period_count, half_up(period_count / period_quota, "0.001"),
            ytd_count, half_up(Fraction(ytd_count, annual), "0.001")]


@pytest.fixture(scope="module")
def written(sqlite_db, profile_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx")
    stats = json.loads(run_cli("--db", sqlite_db, "stats", str(profile_path), "--period", "2024-06", "--json").stdout)
    printed = run_cli("--db", sqlite_db, "bulletin", str(profile_path), "--period", "2024-06", "--out", str(out)).stdout
    assert f"xlsx: {out / 'bulletin-2024-06.xlsx'}" in printed
    return load_workbook(out / "bulletin-2024-06.xlsx"), stats, Document(out / "bulletin-2024-06.docx")


def test_one_sheet_per_table_of_the_docx(written):
    book, _, document = written
    assert book.sheetnames == ["附件1 县直部门政府信息公开情况", "附件2 乡镇政府信息公开情况",
                               "附件3 重点领域信息发布情况统计表", "附件4 政务新媒体检查情况",
                               "附件7 网站检查发现问题清单"]  # 附件5, 6: charts
    for sheet, table in zip(book.worksheets, document.tables):
        assert [[str(c) for c in row] for row in sheet.iter_rows(min_row=2, values_only=True)][:1] == \
            [[c.text for c in table.rows[0].cells]]
        assert sheet.max_row - 2 == len(table.rows) - 1  # title, header, then every row of the printed table
    problems = book.worksheets[4]
    assert [row[0] for row in problems.iter_rows(min_row=3, values_only=True)] == list(range(1, problems.max_row - 1))


def test_every_number_equals_stats(written):
    book, stats, _ = written
    for sheet, kind in zip(book.worksheets, ("department", "township")):
        units = [u for u in stats["units"] if u["kind"] == kind]
        rows = list(sheet.iter_rows(min_row=3))
        assert (sheet["A2"].value, sheet["B2"].value, sheet["F2"].value) == ("序号", "责任单位", "6月完成比")
        for number, unit, row in zip(range(1, len(units) + 1), units, rows):
            assert row[0].value == number
            row = row[1:]
            quota = Fraction(unit["annual_quota"])
            assert unit["period_quota"] == float(quota / 12)
            got = [cell.value for cell in row]
            assert all(isinstance(v, (int, float)) for v in got[1:])
            assert [got[0], *map(Decimal, map(str, got[1:]))] == expected(
                unit["name"], unit["annual_quota"], quota / 12, unit["period_count"], unit["ytd_count"])
            assert (row[4].number_format, row[6].number_format) == ("0.0%", "0.0%")
        assert rows[-1][0].value is None
        total = [cell.value for cell in rows[-1][1:]]
        annual = sum(u["annual_quota"] for u in units)
        assert [total[0], *map(Decimal, map(str, total[1:]))] == expected(
            "合计", annual, Fraction(annual, 12), sum(u["period_count"] for u in units), sum(u["ytd_count"] for u in units))
        assert len(rows) == len(units) + 1


def test_new_media_counts_are_numbers(written):
    book, stats, _ = written
    rows = list(book["附件4 政务新媒体检查情况"].iter_rows(min_row=3, values_only=True))
    assert rows == [(i, a["name"], PLATFORMS[a["platform"]], a["unit"], a["period_count"],
                     {True: "是", False: "否", None: "—"}[a["meets"]])
                    for i, a in enumerate(stats["newmedia"]["accounts"], 1)]
