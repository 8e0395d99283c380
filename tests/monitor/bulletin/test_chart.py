"""The completion chart: the same bars, percents and 序时进度 line in the .docx picture (PNG)
and the .html (SVG); a font with 汉字 found for Pillow, or the rows labelled by 序号."""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from fractions import Fraction
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from monitor.bulletin.chart import BLUE, RED, Axis, Bar, Chart, axis, hex_colour
from monitor.bulletin.chart_png import ROW, TOP, WIDTH, height, render_png, row_label
from monitor.bulletin.chart_svg import render_svg
from monitor.bulletin.fonts import FontRef, find_cjk_font, has_cjk_glyph
from support import require_programs

NS = {"svg": "http://www.w3.org/2000/svg"}
NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # Debian fonts-noto-cjk
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CHART = Chart("县直部门当年信息公开完成比例", (
    Bar(3, "县发改委", Fraction(1)),
    Bar(1, "县教育局", Fraction(1, 2)),  # exactly on pace: not behind
    Bar(2, "县<财政&局>", Fraction(51, 240)),  # 21.25%: 21.3% half up
    Bar(4, "县信访局", None)), Fraction(6, 12))


@pytest.fixture(scope="module")
def cjk_font() -> FontRef:
    require_programs("fc-list", install="apt-get install fonts-noto-cjk")
    font = find_cjk_font()
    if font is None:
        message = "no font with Chinese glyphs (apt-get install fonts-noto-cjk)"
        if os.environ.get("CI"):
            raise AssertionError(message)
        pytest.skip(message)
    return font


def bars(count: int) -> tuple[Bar, ...]:
    return tuple(Bar(n, f"县第{n}局", Fraction(n, count)) for n in range(1, count + 1))


def svg(chart: Chart = CHART) -> ET.Element:
    return ET.fromstring(render_svg(chart))


def of_class(root: ET.Element, tag: str, kind: str) -> list[ET.Element]:
    return [e for e in root.iterfind(f".//svg:{tag}", NS) if e.get("class") == kind]


def png(chart: Chart, font: FontRef | None) -> Image.Image:
    image = Image.open(BytesIO(render_png(chart, font)))
    image.load()
    return image


def row_colours(image: Image.Image, row: int) -> set[tuple[int, int, int]]:
    return {image.getpixel((x, TOP + row * ROW + ROW // 2)) for x in range(WIDTH)}


# --- the scale both drawings share

def test_the_axis_runs_to_100_percent_in_ticks_of_10():
    assert axis(CHART) == Axis(Fraction(1), Fraction(1, 10))
    assert axis(CHART).ticks == tuple(Fraction(i, 10) for i in range(11))


@pytest.mark.parametrize("largest, expected", [
    (Fraction(21, 20), Axis(Fraction(11, 10), Fraction(1, 10))),  # 105%: to 110%
    (Fraction(3, 2), Axis(Fraction(8, 5), Fraction(1, 5))),  # 150%: 20% ticks to 160%
    (Fraction(5), Axis(Fraction(5), Fraction(1, 2))),  # an outlier at 500%: 50% ticks
])
def test_the_axis_reaches_past_the_largest_value_on_a_tick(largest, expected):
    chart = Chart("", (Bar(1, "县发改委", largest), Bar(2, "县教育局", None)), None)
    assert axis(chart) == expected


# --- SVG, for the .html

def test_svg_draws_one_bar_per_unit_with_a_quota_proportional_to_its_ratio():
    root = svg()
    line = of_class(root, "line", "axis")[0]
    left, right = float(line.get("x1")), float(line.get("x2"))
    rects = of_class(root, "rect", "bar")
    assert [float(r.get("x")) for r in rects] == [left] * 3
    plot = right - left  # 100% on this axis
    widths = [float(r.get("width")) for r in rects]
    assert widths == [round(plot, 2), round(plot / 2, 2), round(plot * 51 / 240, 2)]  # coordinates to 0.01
    assert [r.get("fill") for r in rects] == [hex_colour(BLUE), hex_colour(BLUE), hex_colour(RED)]


def test_svg_labels_percents_as_the_tables_print_them_and_no_quota_as_such():
    root = svg()
    assert [t.text for t in of_class(root, "text", "value")] == ["100.0%", "50.0%", "21.3%", "无任务数"]
    assert [t.text for t in of_class(root, "text", "name")] == ["县发改委", "县教育局", "县<财政&局>", "县信访局"]
    assert [t.text for t in of_class(root, "text", "tick")] == [f"{i}%" for i in range(0, 101, 10)]
    assert root.find("svg:title", NS).text == "县直部门当年信息公开完成比例"


def test_svg_draws_the_pace_as_a_labelled_dashed_line_at_its_place_on_the_axis():
    root = svg()
    line = of_class(root, "line", "axis")[0]
    middle = (float(line.get("x1")) + float(line.get("x2"))) / 2
    pace = of_class(root, "line", "pace")[0]
    assert (float(pace.get("x1")), float(pace.get("x2"))) == (middle, middle)
    assert pace.get("stroke-dasharray") == "5 3"
    assert [t.text for t in of_class(root, "text", "pace")] == ["序时进度 50.0%"]


def test_svg_without_a_pace_has_no_pace_line_and_every_bar_blue():
    root = svg(Chart(CHART.title, CHART.bars, None))
    assert of_class(root, "line", "pace") == [] and of_class(root, "text", "pace") == []
    assert {r.get("fill") for r in of_class(root, "rect", "bar")} == {hex_colour(BLUE)}


def test_svg_escapes_names_and_needs_nothing_external():
    text = render_svg(CHART)
    assert "县&lt;财政&amp;局&gt;" in text and "<财政" not in text
    assert text.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 160" width="100%"')
    assert "href" not in text and "url(" not in text and "<style" not in text


# --- PNG, for the .docx

def test_png_is_156_mm_at_200_dpi_and_grows_6_mm_a_unit(cjk_font):
    image = png(CHART, cjk_font)
    assert (image.format, image.size) == ("PNG", (1228, 304))
    assert tuple(round(d) for d in image.info["dpi"]) == (200, 200)
    assert png(Chart("", bars(8), None), cjk_font).size == (1228, 304 + 4 * 47)
    assert height(40) == 1996


def test_png_bars_on_pace_are_blue_and_behind_pace_red(cjk_font):
    image = png(CHART, cjk_font)
    assert (BLUE in row_colours(image, 0), RED in row_colours(image, 0)) == (True, False)
    assert (BLUE in row_colours(image, 1), RED in row_colours(image, 1)) == (True, False)
    assert (BLUE in row_colours(image, 2), RED in row_colours(image, 2)) == (False, True)
    assert (BLUE in row_colours(image, 3), RED in row_colours(image, 3)) == (False, False)


def test_png_without_a_chinese_font_labels_rows_by_number():
    image = png(CHART, None)
    assert (image.format, image.size) == ("PNG", (1228, 304))
    assert (RED in row_colours(image, 2), BLUE in row_colours(image, 0)) == (True, True)
    assert row_label(Bar(7, "县发改委", None), cjk=False) == "7"
    assert row_label(Bar(7, "县发改委", None), cjk=True) == "县发改委"


# --- a font with 汉字 for Pillow

def test_a_chinese_font_is_found(cjk_font):
    assert has_cjk_glyph(cjk_font.load(24)) is True


def test_in_a_collection_the_simplified_chinese_face_is_taken():
    if not NOTO.is_file():
        pytest.skip(f"{NOTO} not installed (apt-get install fonts-noto-cjk)")
    assert find_cjk_font(NOTO) == FontRef(NOTO, 2)
    assert FontRef(NOTO, 2).load(24).getname() == ("Noto Sans CJK SC", "Regular")


def test_a_configured_font_that_is_missing_is_a_one_line_error(tmp_path):
    missing = tmp_path / "msyh.ttc"
    with pytest.raises(ValueError) as error:
        find_cjk_font(missing)
    assert str(error.value) == f"chart font {missing} does not exist or is not a file"


def test_a_configured_file_that_is_no_font_is_a_one_line_error(tmp_path):
    bogus = tmp_path / "simhei.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(ValueError) as error:
        find_cjk_font(bogus)
    assert str(error.value) == f"chart font {bogus} cannot be loaded by Pillow (not a TrueType/OpenType font?)"


def test_a_configured_font_without_chinese_glyphs_is_rejected():
    if not DEJAVU.is_file():
        pytest.skip(f"{DEJAVU} not installed")
    assert has_cjk_glyph(FontRef(DEJAVU).load(24)) is False
    with pytest.raises(ValueError) as error:
        find_cjk_font(DEJAVU)
    assert str(error.value) == f"chart font {DEJAVU} has no Chinese glyphs (no 县); choose a CJK font"
