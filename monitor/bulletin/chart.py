"""The completion-ratio bar chart as plain values, drawn by :mod:`chart_png` and :mod:`chart_svg`.

Both drawings take their scale, labels and colours from here, so the picture
in the .docx and the one in the .html cannot disagree on a figure.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction

from monitor.numbers import percent

NO_QUOTA = "无任务数"
PACE = "序时进度"
STEPS = tuple(Fraction(step, 100) for step in (10, 20, 50, 100, 200, 500, 1000))
MAX_INTERVALS = 12  # more tick labels than this crowd the axis
BLUE = (47, 85, 151)  # on or ahead of 序时进度
RED = (192, 80, 77)  # behind 序时进度


@dataclass(frozen=True)
class Bar:
    number: int  # the unit's 序号 in its attachment table (1-based)
    name: str  # unit name, e.g. "县发改委"
    value: Fraction | None  # completion ratio (ytd_count / annual_quota); None = no quota


@dataclass(frozen=True)
class Chart:
    title: str  # e.g. "县直部门当年信息公开完成比例"; printed by the document, not the picture
    bars: tuple[Bar, ...]  # in the order to draw, top to bottom (the caller sorts)
    pace: Fraction | None  # 序时进度, e.g. Fraction(6, 12); a dashed line labelled "序时进度 50.0%"
    reach: Fraction | None = None  # a part of a longer chart keeps the whole chart's scale

    def parts(self, size: int) -> list["Chart"]:
        """At most ``size`` bars each (one printed page), all on the scale of the whole."""
        largest = max((bar.value for bar in self.bars if bar.value is not None), default=None)
        return [replace(self, bars=self.bars[i:i + size], reach=largest)
                for i in range(0, len(self.bars), size)] or [self]


@dataclass(frozen=True)
class Axis:
    """0 … ``top`` in ticks of ``step``; ``top`` is a whole number of steps."""

    top: Fraction
    step: Fraction

    @property
    def ticks(self) -> tuple[Fraction, ...]:
        return tuple(self.step * i for i in range(int(self.top / self.step) + 1))

    def share(self, value: Fraction) -> Fraction:
        """Where ``value`` sits on the axis, 0 at the start and 1 at the end."""
        return value / self.top


@dataclass(frozen=True)
class Frame:
    """The plot area of a drawing: ``left``…``right`` (pixels or viewBox units) is 0…axis top."""

    left: float
    right: float
    axis: Axis

    def x(self, value: Fraction) -> float:
        return self.left + (self.right - self.left) * float(self.axis.share(value))


def axis(chart: Chart) -> Axis:
    """At least 100%, so a full bar reads as done; ticks every 10% (20%, 50%… for outliers)."""
    largest = max([Fraction(1), *(bar.value for bar in chart.bars if bar.value is not None),
                   *(value for value in (chart.pace, chart.reach) if value is not None)])
    step = next((s for s in STEPS if math.ceil(largest / s) <= MAX_INTERVALS), STEPS[-1])
    return Axis(step * math.ceil(largest / step), step)


def tick_label(value: Fraction) -> str:
    """Ticks are whole percents: "20%"."""
    return percent(value, digits=0)


def bar_label(bar: Bar) -> str:
    """"21.3%" (half up, as the tables print it), or 无任务数 without a quota."""
    return NO_QUOTA if bar.value is None else percent(bar.value)


def pace_label(pace: Fraction) -> str:
    return f"{PACE} {percent(pace)}"


def colour(bar: Bar, pace: Fraction | None) -> tuple[int, int, int]:
    """Red only for a bar behind 序时进度; without a pace every bar is blue."""
    behind = pace is not None and bar.value is not None and bar.value < pace
    return RED if behind else BLUE


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)
