"""基本情况 by class of column and the 重点领域 paragraph and table, worded from hand-made figures."""
from __future__ import annotations

from datetime import date

from monitor.bulletin import BulletinOptions, build_bulletin
from monitor.bulletin.wording import class_sentence, key_area_paragraphs
from monitor.periods import parse_period
from monitor.stats_model import KeyAreaStats, PeriodStats, Totals, UnitStats


def unit(name, kind, period, classes):
    counts = dict(zip(("disclosure", "dynamic", "other"), classes))
    return UnitStats(name, kind, 120, period, period, 1, class_counts=counts)


UNITS = [unit("财政局", "department", 30, (20, 10, 0)), unit("民政局", "department", 12, (2, 9, 1)),
         unit("龙塘镇", "township", 8, (3, 5, 0))]
AREAS = [KeyAreaStats("财政资金", "https://x/czzj/", "县财政局", 6, 40),
         KeyAreaStats("社会救助", "https://x/shjz/", "县民政局", 0, 12),
         KeyAreaStats("重大建设项目", "https://x/zdxm/", None, 0, 0)]


def stats(units=UNITS, unattributed=(0, 0, 0), areas=()):
    classes = dict(zip(("disclosure", "dynamic", "other"), unattributed))
    return PeriodStats("定南县人民政府门户网站", parse_period("2024-06"), Totals(50 + sum(unattributed), 50, 900, 40),
                       list(units), sum(unattributed), unattributed_classes=classes, key_areas=list(areas))


def test_each_class_split_by_kind_of_unit_and_the_unattributed():
    assert class_sentence(stats(unattributed=(0, 4, 0))) == [
        "按栏目类别分，发布政务公开类信息25条（县直部门22条、乡镇3条），"
        "动态类信息28条（县直部门19条、乡镇5条、未归属单位4条），其他信息1条。"]


def test_a_class_from_one_kind_only_needs_no_split():
    departments = UNITS[:2]
    assert class_sentence(stats(departments)) == [
        "按栏目类别分，发布政务公开类信息22条，动态类信息19条，其他信息1条。"]


def test_no_class_counts_no_sentence():
    assert class_sentence(stats([UnitStats("财政局", "department", 120, 0, 0, 1)])) == []


def test_key_areas_total_and_the_idle_columns_with_their_leads():
    assert key_area_paragraphs(AREAS, "附件3") == [
        "重点领域3个栏目本期发布信息6条，当年累计52条（详见附件3）。"
        "本期发布为零的重点领域栏目有：社会救助（县民政局）、重大建设项目。"]
    assert key_area_paragraphs([], "附件3") == []


def test_key_area_table_follows_the_unit_tables_and_the_paragraph_points_to_it():
    doc = build_bulletin(stats(areas=AREAS), BulletinOptions(issue_date=date(2024, 7, 5)))
    table = next(t for t in doc.tables if t.title == "重点领域信息发布情况统计表")
    assert table.label == "附件3"  # after the department and township tables
    assert table.header == ["序号", "重点领域栏目", "牵头责任单位", "6月发布数", "当年发布数"]
    assert table.rows == [["1", "财政资金", "县财政局", "6", "40"], ["2", "社会救助", "县民政局", "0", "12"],
                          ["3", "重大建设项目", "—", "0", "0"], ["", "合计", "", "6", "52"]]
    assert doc.sections[1].paragraphs[-1].startswith("重点领域3个栏目本期发布信息6条，当年累计52条（详见附件3）。")
    assert doc.sections[0].paragraphs[-1].startswith("按栏目类别分，发布政务公开类信息25条")
