"""The completion chart as a PNG for the .docx: horizontal bars, one row per unit.

Drawn 1:1 for its place in the document: 156 mm (the A4 text width) at
200 dpi, about 6 mm a row, so forty units stay legible. The document prints the
title above the picture. Without a Chinese font each row is labelled with the
unit's 序号 from the attachment table; Pillow would draw 汉字 as boxes.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from monitor.bulletin.chart import Frame, Bar, Chart, axis, bar_label, colour, pace_label, tick_label
from monitor.bulletin.fonts import FontRef
from monitor.numbers import percent

DPI = 200
WIDTH = 1228  # 156 mm at 200 dpi
ROW = 47  # 6 mm
BAR = 28
TOP = 60  # room for the 序时进度 label
BOTTOM = 56  # room for the tick labels
PAD = 12
TEXT_PX, SMALL_PX = 24, 20  # about 8.5 pt and 7 pt when printed at 156 mm
NAME_SHARE = 0.36  # of the width at most for unit names; longer ones are cut with …
INK, MUTED, GRID, BASE, PACE = (38, 38, 38), (128, 128, 128), (229, 229, 229), (166, 166, 166), (64, 64, 64)
DASH, GAP = 10, 6


@dataclass(frozen=True)
class _Pen:
    """The fonts and whether they have 汉字 (else labels are numbers)."""

    text: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont
    cjk: bool


def render_png(chart: Chart, font: FontRef | None) -> bytes:
    """The chart as PNG bytes, ``WIDTH`` pixels wide and ``height(len(chart.bars))`` high."""
    pen = _pen(font)
    image = Image.new("RGB", (WIDTH, height(len(chart.bars))), "white")
    draw = ImageDraw.Draw(image)
    frame = _frame(chart, pen, draw)
    _grid(draw, frame, pen, len(chart.bars))
    for row, bar in enumerate(chart.bars):
        _bar(draw, frame, row, bar, chart.pace)
    if chart.pace is not None:
        _pace(draw, frame, pen, chart.pace, len(chart.bars))
    for row, bar in enumerate(chart.bars):  # last, on white: the pace line passes behind them
        _labels(draw, frame, pen, row, bar)
    out = BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def _x(frame: Frame, value: Fraction) -> int:
    return round(frame.x(value))


def height(bars: int) -> int:
    return TOP + bars * ROW + BOTTOM


def row_label(bar: Bar, cjk: bool) -> str:
    """The unit's name, or its 序号 when no Chinese font is at hand."""
    return bar.name if cjk else str(bar.number)


def _pen(font: FontRef | None) -> _Pen:
    if font is None:
        return _Pen(ImageFont.load_default(TEXT_PX), ImageFont.load_default(SMALL_PX), False)
    return _Pen(_load(font, TEXT_PX), _load(font, SMALL_PX), True)


@lru_cache(maxsize=8)
def _load(font: FontRef, size: int) -> ImageFont.FreeTypeFont:
    return font.load(size)


def _frame(chart: Chart, pen: _Pen, draw: ImageDraw.ImageDraw) -> Frame:
    """Names take what the longest needs (up to NAME_SHARE); percents need room after a full bar."""
    names = [draw.textlength(row_label(bar, pen.cjk), font=pen.text) for bar in chart.bars]
    left = PAD + min(max(names, default=0), WIDTH * NAME_SHARE) + PAD
    labels = [draw.textlength(bar_label(bar), font=pen.text) for bar in chart.bars if bar.value is not None]
    right = WIDTH - PAD - max([draw.textlength(tick_label(Fraction(1)), font=pen.small), *labels]) - PAD
    return Frame(round(left), round(right), axis(chart))


def _grid(draw: ImageDraw.ImageDraw, frame: Frame, pen: _Pen, bars: int) -> None:
    bottom = TOP + bars * ROW
    for tick in frame.axis.ticks:
        x = _x(frame, tick)
        draw.line((x, TOP, x, bottom), fill=GRID, width=1)
        draw.line((x, bottom, x, bottom + 6), fill=BASE, width=2)
        draw.text((x, bottom + 10), tick_label(tick), font=pen.small, fill=MUTED, anchor="mt")
    draw.line((frame.left, bottom, frame.right, bottom), fill=BASE, width=2)


def _middle(row: int) -> int:
    return TOP + row * ROW + ROW // 2


def _bar(draw: ImageDraw.ImageDraw, frame: Frame, row: int, bar: Bar, pace: Fraction | None) -> None:
    if bar.value is not None and _x(frame, bar.value) > frame.left:
        top = _middle(row) - BAR // 2
        draw.rectangle((frame.left, top, _x(frame, bar.value), top + BAR - 1), fill=colour(bar, pace))


def _labels(draw: ImageDraw.ImageDraw, frame: Frame, pen: _Pen, row: int, bar: Bar) -> None:
    """The name before the plot; the percent after the bar (无任务数 where a bar would start)."""
    middle = _middle(row)
    name = _fit(draw, row_label(bar, pen.cjk), pen.text, frame.left - 2 * PAD)
    draw.text((frame.left - PAD, middle), name, font=pen.text, fill=INK, anchor="rm")
    if bar.value is None:
        label, x, fill = bar_label(bar) if pen.cjk else "-", frame.left + PAD, MUTED
    else:
        label, x, fill = bar_label(bar), _x(frame, bar.value) + PAD // 2, INK
    left, top, right, bottom = draw.textbbox((x, middle), label, font=pen.text, anchor="lm")
    draw.rectangle((left - GAP // 2, top - GAP // 2, right + GAP // 2, bottom + GAP // 2), fill="white")
    draw.text((x, middle), label, font=pen.text, fill=fill, anchor="lm")


def _pace(draw: ImageDraw.ImageDraw, frame: Frame, pen: _Pen, pace: Fraction, bars: int) -> None:
    """A dashed line over the bars, labelled above the plot (kept inside the picture)."""
    x, bottom = _x(frame, pace), TOP + bars * ROW
    for y in range(TOP - 8, bottom, DASH + GAP):
        draw.line((x, y, x, min(y + DASH, bottom)), fill=PACE, width=3)
    label = pace_label(pace) if pen.cjk else percent(pace)
    half = draw.textlength(label, font=pen.text) / 2
    centre = min(max(x, half + PAD), WIDTH - half - PAD)
    draw.text((centre, TOP - 14), label, font=pen.text, fill=PACE, anchor="md")


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: float) -> str:
    """``text`` cut to ``width`` with … (only names longer than NAME_SHARE of the picture)."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"
