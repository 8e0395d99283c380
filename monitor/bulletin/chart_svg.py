"""The completion chart as one inline ``<svg>`` for the .html: the PNG's layout, the browser's fonts.

It scales to the page (``width="100%"`` over a fixed viewBox). Nothing
external, no ``<style>`` (it would leak into the page), every text escaped:
unit names come from a profile anyone may edit.
"""
from __future__ import annotations

import unicodedata
from fractions import Fraction
from html import escape

from monitor.bulletin.chart import Frame, Bar, Chart, axis, bar_label, colour, hex_colour, pace_label, tick_label

WIDTH = 800
ROW, BAR = 24, 15
TOP, BOTTOM, PAD = 34, 30, 8
TEXT, SMALL = 13, 11
NAME_SHARE = 0.36  # of the width at most for names; longer ones are squeezed (textLength)
FONTS = "'黑体', SimHei, 'Noto Sans CJK SC', sans-serif"
INK, MUTED, GRID, BASE, PACE = "#262626", "#808080", "#e5e5e5", "#a6a6a6", "#404040"


def render_svg(chart: Chart) -> str:
    """One ``<svg>`` element; its ``<title>`` is the chart's title, for screen readers."""
    frame = _frame(chart)
    height = TOP + len(chart.bars) * ROW + BOTTOM
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
             f'role="img" font-family="{FONTS}" font-size="{TEXT}">', f"<title>{escape(chart.title)}</title>",
             f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>']
    parts += _grid(frame, len(chart.bars))
    parts += [_bar(frame, row, bar, chart.pace) for row, bar in enumerate(chart.bars) if bar.value is not None]
    if chart.pace is not None:
        parts += _pace(frame, chart.pace, len(chart.bars))
    for row, bar in enumerate(chart.bars):  # last, on white: the pace line passes behind them
        parts += _labels(frame, row, bar)
    return "\n".join(parts + ["</svg>"])


def text_width(text: str, size: float) -> float:
    """An estimate: 汉字 (and full-width forms) one em, everything else 0.6 em."""
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text) * size


def _frame(chart: Chart) -> Frame:
    names = max((text_width(bar.name, TEXT) for bar in chart.bars), default=0)
    left = PAD + min(names, WIDTH * NAME_SHARE) + PAD
    labels = [text_width(bar_label(bar), TEXT) for bar in chart.bars if bar.value is not None]
    right = WIDTH - PAD - max([text_width("100%", SMALL), *labels]) - PAD
    return Frame(left, right, axis(chart))


def _grid(frame: Frame, bars: int) -> list[str]:
    bottom, parts = TOP + bars * ROW, []
    for tick in frame.axis.ticks:
        x = _n(frame.x(tick))
        parts.append(f'<line class="grid" x1="{x}" y1="{TOP}" x2="{x}" y2="{bottom}" stroke="{GRID}"/>')
        parts.append(f'<text class="tick" x="{x}" y="{bottom + 16}" text-anchor="middle" '
                     f'font-size="{SMALL}" fill="{MUTED}">{tick_label(tick)}</text>')
    parts.append(f'<line class="axis" x1="{_n(frame.left)}" y1="{bottom}" x2="{_n(frame.right)}" '
                 f'y2="{bottom}" stroke="{BASE}" stroke-width="1.5"/>')
    return parts


def _middle(row: int) -> float:
    return TOP + row * ROW + ROW / 2


def _bar(frame: Frame, row: int, bar: Bar, pace: Fraction | None) -> str:
    return (f'<rect class="bar" x="{_n(frame.left)}" y="{_n(_middle(row) - BAR / 2)}" '
            f'width="{_n(frame.x(bar.value) - frame.left)}" height="{BAR}" fill="{hex_colour(colour(bar, pace))}"/>')


def _labels(frame: Frame, row: int, bar: Bar) -> list[str]:
    """The name before the plot; the percent after the bar (无任务数 where a bar would start)."""
    middle = _middle(row)
    if bar.value is None:
        x, fill = frame.left + PAD, MUTED
    else:
        x, fill = frame.x(bar.value) + PAD / 2, INK
    label = bar_label(bar)
    backing = (f'<rect x="{_n(x - 2)}" y="{_n(middle - TEXT / 2 - 2)}" width="{_n(text_width(label, TEXT) + 4)}" '
               f'height="{TEXT + 4}" fill="#fff"/>')
    return [_name(frame, middle, bar.name), backing, _text("value", x, middle, label, fill)]


def _name(frame: Frame, middle: float, name: str) -> str:
    """Right-aligned before the plot; a name wider than its column is squeezed to fit."""
    room = frame.left - 2 * PAD
    squeeze = (f' textLength="{_n(room)}" lengthAdjust="spacingAndGlyphs"'
               if text_width(name, TEXT) > room else "")
    return (f'<text class="name" x="{_n(frame.left - PAD)}" y="{_n(middle)}" text-anchor="end" '
            f'dominant-baseline="central" fill="{INK}"{squeeze}>{escape(name)}</text>')


def _pace(frame: Frame, pace: Fraction, bars: int) -> list[str]:
    """A dashed line over the bars, labelled above the plot (kept inside the viewBox)."""
    x, label = frame.x(pace), pace_label(pace)
    half = text_width(label, TEXT) / 2
    centre = min(max(x, half + PAD), WIDTH - half - PAD)
    return [f'<line class="pace" x1="{_n(x)}" y1="{TOP - 4}" x2="{_n(x)}" y2="{TOP + bars * ROW}" '
            f'stroke="{PACE}" stroke-width="1.5" stroke-dasharray="5 3"/>',
            f'<text class="pace" x="{_n(centre)}" y="{TOP - 9}" text-anchor="middle" '
            f'fill="{PACE}">{escape(label)}</text>']


def _text(kind: str, x: float, y: float, text: str, fill: str) -> str:
    return (f'<text class="{kind}" x="{_n(x)}" y="{_n(y)}" dominant-baseline="central" '
            f'fill="{fill}">{escape(text)}</text>')


def _n(value: float) -> str:
    """Coordinates to 0.01 of a unit: "96", "212.5"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
