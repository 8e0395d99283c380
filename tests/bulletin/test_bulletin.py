"""The bulletin's wording and tables, checked cell by cell in the model, the .docx and the .html.

Figures are taken from the 定南 2024-02 seed where they exist (金融服务中心:
51 of 240 = 21.25%, printed 21.3% as office software rounds), with ties
added at the top and bottom cut to check 含并列.
"""
from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from monitor.bulletin import BulletinOptions, build_bulletin, short_site_name, write_bulletin
from monitor.bulletin.chart import Bar
from monitor.periods import parse_period
from monitor.stats_model import PeriodStats, Totals, UnitStats

SITE = "定南县人民政府门户网站"
ISSUED = date(2024, 3, 15)


def unit(name, kind, quota, period, ytd, months=1):
    return UnitStats(name=name, kind=kind, annual_quota=quota, period_count=period, ytd_count=ytd, months=months)


FEBRUARY_UNITS = [
    unit("融媒体中心", "department", 240, 81, 156),
    unit("消防大队", "department", 180, 45, 100),
    unit("金融服务中心", "department", 240, 22, 51),
    unit("档案馆", "department", 90, 6, 15),
    unit("审计局", "department", 180, 0, 17),
    unit("发改委", "department", 360, 24, 32),
    unit("财政局", "department", 360, 26, 32),
    unit("市场监管局", "department", 360, 10, 29),
    unit("公路发展分中心", "department", 180, 2, 6),
    unit("人民银行", "department", None, 0, 3),
    unit("老城镇政府", "township", 600, 101, 266),
    unit("龙塘镇政府", "township", 600, 116, 266),
    unit("天九镇政府", "township", 600, 0, 147),
]

MONTH_HEADER = ["序号", "责任单位", "当年任务数", "每月任务数", "2月发布数", "2月完成比", "当年完成数", "当年完成比例"]
DEPARTMENT_ROWS = [
    ["1", "融媒体中心", "240", "20", "81", "405.0%", "156", "65.0%"],
    ["2", "消防大队", "180", "15", "45", "300.0%", "100", "55.6%"],
    ["3", "金融服务中心", "240", "20", "22", "110.0%", "51", "21.3%"],
    ["4", "档案馆", "90", "7.5", "6", "80.0%", "15", "16.7%"],
    ["5", "审计局", "180", "15", "0", "0.0%", "17", "9.4%"],
    ["6", "发改委", "360", "30", "24", "80.0%", "32", "8.9%"],
    ["7", "财政局", "360", "30", "26", "86.7%", "32", "8.9%"],
    ["8", "市场监管局", "360", "30", "10", "33.3%", "29", "8.1%"],
    ["9", "公路发展分中心", "180", "15", "2", "13.3%", "6", "3.3%"],
    ["10", "人民银行", "—", "—", "0", "—", "3", "—"],
    # 216 / 182.5 and 441 / 2190: the ratios of the cells shown
    ["", "合计", "2190", "182.5", "216", "118.4%", "441", "20.1%"],
]
TOWNSHIP_ROWS = [
    ["1", "老城镇政府", "600", "50", "101", "202.0%", "266", "44.3%"],
    ["2", "龙塘镇政府", "600", "50", "116", "232.0%", "266", "44.3%"],
    ["3", "天九镇政府", "600", "50", "0", "0.0%", "147", "24.5%"],
    ["", "合计", "1800", "150", "217", "144.7%", "679", "37.7%"],
]
RANKING = ("政府信息公开当年总进度列前三位的单位是（含并列）：融媒体中心、消防大队、老城镇政府、龙塘镇政府。"
           "列后三位的单位是（含并列）：公路发展分中心、市场监管局、发改委、财政局。")
ZERO = "本期发布信息为零的单位有：审计局、人民银行、天九镇政府。"
KINDS = "其中，县直部门10个，发布信息216条；乡镇3个，发布信息217条。"


def february(previous=400, unattributed=3, units=FEBRUARY_UNITS):
    totals = Totals(period_count=446, ytd_count=1000, cumulative_count=94276, previous_period_count=previous)
    return PeriodStats(site=SITE, period=parse_period("2024-02"), totals=totals, units=list(units),
                       unattributed_count=unattributed)


def second_quarter():
    units = [unit("金融服务中心", "department", 240, 51, 100, months=3),
             unit("档案馆", "department", 90, 9, 30, months=3)]
    totals = Totals(period_count=60, ytd_count=130, cumulative_count=5000, previous_period_count=0)
    return PeriodStats(site=SITE, period=parse_period("2024-Q2"), totals=totals, units=units, unattributed_count=0)


@pytest.fixture
def doc():
    return build_bulletin(february(), BulletinOptions(issue_date=ISSUED))


def test_title_issue_and_imprint(doc):
    assert doc.title == "定南县政府门户网站内容保障暨政府信息公开月报"
    assert doc.issue == "第2期"
    assert doc.compiled_by == "政府门户网站建设和内容保障工作领导小组办公室编"
    assert doc.recipients == "县四套班子领导，各乡镇人民政府，县直、驻县各单位"
    assert doc.issued_on == "2024年3月15日"
    assert [s.heading for s in doc.sections] == ["一、政府门户网站内容保障情况", "二、政府信息公开情况", "三、工作要求"]
    assert doc.attachment_lines == ["附件：1.县直部门政府信息公开情况", "2.乡镇政府信息公开情况",
                                    "3.县直部门当年信息公开完成比例", "4.乡镇当年信息公开完成比例"]


def test_portal_sentence_with_growth_and_unattributed(doc):
    assert doc.sections[0].paragraphs == [
        "●2024年2月份，各单位在政府网站共计发布信息446条，环比增长11.5%，历年累计发布信息94276条。"
        "当年累计发布1000条。另有3条信息未能归属到责任单位，未计入附件统计。", KINDS]


@pytest.mark.parametrize("previous, expected", [
    (500, "●2024年2月份，各单位在政府网站共计发布信息446条，环比下降10.8%，历年累计发布信息94276条。当年累计发布1000条。"),
    (446, "●2024年2月份，各单位在政府网站共计发布信息446条，环比持平，历年累计发布信息94276条。当年累计发布1000条。"),
    (0, "●2024年2月份，各单位在政府网站共计发布信息446条，历年累计发布信息94276条。当年累计发布1000条。"),
])
def test_change_against_previous_period(previous, expected):
    doc = build_bulletin(february(previous=previous, unattributed=0), BulletinOptions(issue_date=ISSUED))
    assert doc.sections[0].paragraphs == [expected, KINDS]


def test_ranking_includes_ties_and_zero_units(doc):
    assert doc.sections[1].paragraphs == [RANKING, ZERO]


def test_no_zero_sentence_when_every_unit_published():
    busy = [u for u in FEBRUARY_UNITS if u.period_count]
    doc = build_bulletin(february(units=busy), BulletinOptions(issue_date=ISSUED, top_n=2))
    assert doc.sections[1].paragraphs == [
        "政府信息公开当年总进度列前二位的单位是（含并列）：融媒体中心、消防大队。"
        "列后二位的单位是（含并列）：公路发展分中心、市场监管局。"]


def test_issue_with_its_total_and_praise_and_criticism_by_posts_a_month():
    options = BulletinOptions(issue_date=ISSUED, issue_number=2, issue_total=136, praise_at=24, criticise_below=5)
    doc = build_bulletin(february(), options)
    assert doc.issue == "第2期（总第136期）"
    assert doc.sections[1].paragraphs == [RANKING, ZERO,
        "本期发布信息达到24条及以上、予以表扬的单位有：融媒体中心、消防大队、发改委、财政局、老城镇政府、龙塘镇政府。",
        "本期发布信息少于5条、予以通报批评的单位有：审计局、公路发展分中心、人民银行、天九镇政府。"]


def test_thresholds_scale_with_the_quarter_and_unmet_ones_say_nothing():
    options = BulletinOptions(issue_date=date(2024, 7, 10), praise_at=24, criticise_below=5)
    paragraphs = build_bulletin(second_quarter(), options).sections[1].paragraphs
    assert paragraphs[1:] == ["本期发布信息少于15条、予以通报批评的单位有：档案馆。"]  # nobody reached 72


def test_tables_split_departments_then_townships(doc):
    assert [(t.label, t.title) for t in doc.tables] == [
        ("附件1", "县直部门政府信息公开情况"), ("附件2", "乡镇政府信息公开情况")]
    assert [t.header for t in doc.tables] == [MONTH_HEADER, MONTH_HEADER]
    assert doc.tables[0].rows == DEPARTMENT_ROWS
    assert doc.tables[1].rows == TOWNSHIP_ROWS


def test_options_override_defaults():
    options = BulletinOptions(issuer="县政务公开办", recipients="各单位", issue_date=ISSUED,
                              requirements=["一要整改。", "二要复核。"], issue_number=7)
    doc = build_bulletin(february(), options)
    assert doc.issue == "第7期"
    assert doc.compiled_by == "县政务公开办编"
    assert doc.recipients == "各单位"
    assert doc.sections[2].paragraphs == ["一要整改。", "二要复核。"]


def test_quarter_labels_and_single_table():
    doc = build_bulletin(second_quarter(), BulletinOptions(issue_date=date(2024, 7, 10)))
    assert doc.title == "定南县政府门户网站内容保障暨政府信息公开季报"
    assert doc.issue == "第2期"
    assert doc.key == "2024-Q2"
    assert doc.sections[0].paragraphs == [
        "●2024年第二季度，各单位在政府网站共计发布信息60条，历年累计发布信息5000条。当年累计发布130条。",
        "其中，县直部门2个，发布信息60条。"]
    assert doc.attachment_lines == ["附件：1.责任单位政府信息公开情况", "2.责任单位当年信息公开完成比例"]
    (table,) = doc.tables
    assert (table.label, table.title) == ("附件1", "责任单位政府信息公开情况")
    assert table.header == ["序号", "责任单位", "当年任务数", "本期任务数", "二季度发布数", "二季度完成比", "当年完成数", "当年完成比例"]
    assert table.rows == [
        ["1", "金融服务中心", "240", "60", "51", "85.0%", "100", "41.7%"],
        ["2", "档案馆", "90", "22.5", "9", "40.0%", "30", "33.3%"],
        ["", "合计", "330", "82.5", "60", "72.7%", "130", "39.4%"],
    ]


def test_year_and_range_periods():
    units = [unit("金融服务中心", "department", 240, 51, 51, months=12)]
    year = PeriodStats(SITE, parse_period("2023"), Totals(51, 51, 900, 40), units, 0)
    doc = build_bulletin(year, BulletinOptions(issue_date=ISSUED))
    assert (doc.title, doc.issue) == ("定南县政府门户网站内容保障暨政府信息公开报告", None)
    assert doc.sections[0].paragraphs == ["●2023年，各单位在政府网站共计发布信息51条，比上年增长27.5%，历年累计发布信息900条。",
                                          "其中，县直部门1个，发布信息51条。"]
    span = PeriodStats(SITE, parse_period("2024-02-01..2024-03-15"), Totals(5, 5, 900, 0),
                       [unit("档案馆", "department", 90, 5, 5, months=2)], 0)
    doc = build_bulletin(span, BulletinOptions(issue_date=ISSUED))
    assert doc.key == "2024-02-01..2024-03-15"
    assert doc.tables[0].header[3:6] == ["本期任务数", "本期发布数", "本期完成比"]
    assert doc.tables[0].rows[0] == ["1", "档案馆", "90", "15", "5", "33.3%", "5", "5.6%"]


def test_short_site_name():
    assert short_site_name("定南县人民政府门户网站") == "定南县政府门户网站"
    assert short_site_name("莒南县人民政府") == "莒南县政府门户网站"


def test_docx_tables_text_and_look(doc, tmp_path):
    paths = write_bulletin(doc, tmp_path / "out")
    assert paths["docx"] == tmp_path / "out" / "bulletin-2024-02.docx"
    document = Document(str(paths["docx"]))
    cells = [[[c.text for c in row.cells] for row in table.rows] for table in document.tables]
    assert cells == [[MONTH_HEADER, *DEPARTMENT_ROWS], [MONTH_HEADER, *TOWNSHIP_ROWS]]
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["定南县政府门户网站内容保障暨", "政府信息公开月报"]
    assert RANKING in texts and ZERO in texts and "领导批示：" in texts
    assert "主送：县四套班子领导，各乡镇人民政府，县直、驻县各单位" in texts
    assert "政府门户网站建设和内容保障工作领导小组办公室\t2024年3月15日印发" in texts

    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    body = next(p for p in document.paragraphs if p.text == RANKING)
    assert body.style.name == "通报正文"  # the office restyles every paragraph at once
    assert body.style.font.size.pt == 16
    assert body.style.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert body.style.element.pPr.ind.get(qn("w:firstLineChars")) == "200"
    heading = next(p for p in document.paragraphs if p.text == "一、政府门户网站内容保障情况")
    assert heading.style.element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    title = document.paragraphs[0]
    assert title.style.font.color.rgb == RGBColor(0xFF, 0, 0)
    header_row = document.tables[0].rows[0]
    assert header_row._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(p.runs[0].font.bold for c in header_row.cells for p in c.paragraphs)


def test_docx_carries_one_completion_chart_per_kind_of_unit(doc, tmp_path):
    document = Document(str(write_bulletin(doc, tmp_path)["docx"]))
    pictures = document.inline_shapes
    assert len(pictures) == 2
    assert all(round(p.width.mm) == 156 for p in pictures)  # the A4 text width
    titles = [p.text for p in document.paragraphs if p.style.name == "附件标题"]
    assert titles == ["县直部门政府信息公开情况", "乡镇政府信息公开情况",
                      "县直部门当年信息公开完成比例", "乡镇当年信息公开完成比例"]


def test_chart_bars_are_the_year_ratios_best_first_with_the_pace_of_the_months_gone(doc):
    departments, townships = doc.figures
    assert departments.label == "附件3" and townships.label == "附件4"
    chart = departments.chart
    assert chart.pace == Fraction(2, 12)
    assert [(b.number, b.name) for b in chart.bars][:3] == [(1, "融媒体中心"), (2, "消防大队"), (3, "金融服务中心")]
    assert chart.bars[2].value == Fraction(51, 240)
    assert chart.bars[-1] == Bar(10, "人民银行", None)  # no quota: listed last, without a bar


def test_html_has_same_rows_and_escapes(doc, tmp_path):
    html = write_bulletin(doc, tmp_path)["html"]
    assert html.name == "bulletin-2024-02.html"
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "zh-CN"
    tables = [[[c.get_text() for c in tr.find_all(["th", "td"])] for tr in t.find_all("tr")]
              for t in soup.find_all("table")]
    assert tables == [[MONTH_HEADER, *DEPARTMENT_ROWS], [MONTH_HEADER, *TOWNSHIP_ROWS]]
    paragraphs = [p.get_text() for p in soup.find_all("p")]
    assert RANKING in paragraphs and ZERO in paragraphs
    assert [h.get_text() for h in soup.find_all("h2")] == ["一、政府门户网站内容保障情况", "二、政府信息公开情况", "三、工作要求"]


def test_html_escapes_unit_names(tmp_path):
    odd = [unit("科技<创新>&中心", "department", 120, 0, 10)]
    text = write_bulletin(build_bulletin(february(units=odd), BulletinOptions(issue_date=ISSUED)), tmp_path)["html"]
    raw = text.read_text(encoding="utf-8")
    assert "科技&lt;创新&gt;&amp;中心" in raw and "<创新>" not in raw
    soup = BeautifulSoup(raw, "html.parser")
    assert soup.find_all("td")[1].get_text() == "科技<创新>&中心"


def test_docx_keeps_odd_unit_names_as_text(tmp_path):
    odd = [unit("科技<创新>&中心", "department", 120, 0, 10)]
    path = write_bulletin(build_bulletin(february(units=odd), BulletinOptions(issue_date=ISSUED)), tmp_path)["docx"]
    document = Document(str(path))
    assert document.tables[0].rows[1].cells[1].text == "科技<创新>&中心"
    assert "本期发布信息为零的单位有：科技<创新>&中心。" in [p.text for p in document.paragraphs]


def test_xlsx_holds_numbers_rounded_as_office_software_does(doc, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(write_bulletin(doc, tmp_path)["xlsx"])
    assert book.sheetnames == ["附件1 县直部门政府信息公开情况", "附件2 乡镇政府信息公开情况"]
    sheet = book.worksheets[0]
    assert (sheet["A1"].value, [c.value for c in sheet[2]]) == ("县直部门政府信息公开情况", MONTH_HEADER)
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=3)}
    assert [c.value for c in rows["金融服务中心"]] == [3, "金融服务中心", 240, 20, 22, 1.1, 51, 0.213]  # 21.25% half up
    assert [c.value for c in rows["档案馆"]][:4] == [4, "档案馆", 90, 7.5]
    assert [c.value for c in rows["人民银行"]] == [10, "人民银行", "—", "—", 0, "—", 3, "—"]
    assert [c.value for c in rows["合计"]] == [None, "合计", 2190, 182.5, 216, 1.184, 441, 0.201]
    assert rows["金融服务中心"][7].number_format == "0.0%"
