"""The figures of one reporting period, as the bulletin and ``stats --json`` show them.

Ratios are kept as exact fractions; only presentation rounds them
(see :mod:`monitor.numbers`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from monitor.newmedia.model import InteractionStats, NewMediaStats
from monitor.numbers import ratio
from monitor.periods import Period

# Every post of a period falls in one class, as bulletins split the total: 政务公开类, 动态类, neither.
POST_CLASSES = ("disclosure", "dynamic", "other")
CLASS_NAMES = {"disclosure": "政务公开类", "dynamic": "动态类", "other": "其他"}


@dataclass(frozen=True)
class UnitStats:
    """One responsible unit's posts against its quota."""

    name: str
    kind: str  # department | township
    annual_quota: int | None
    period_count: int
    ytd_count: int
    months: int  # calendar months the period covers
    class_counts: dict[str, int] = field(default_factory=dict)  # POST_CLASSES -> posts; empty if not computed

    @property
    def monthly_quota(self) -> Fraction | None:
        return None if self.annual_quota is None else Fraction(self.annual_quota, 12)

    @property
    def period_quota(self) -> Fraction | None:
        return None if self.annual_quota is None else Fraction(self.annual_quota * self.months, 12)

    @property
    def period_ratio(self) -> Fraction | None:
        return ratio(self.period_count, self.period_quota)

    @property
    def ytd_ratio(self) -> Fraction | None:
        return ratio(self.ytd_count, self.annual_quota)


@dataclass(frozen=True)
class Totals:
    period_count: int
    ytd_count: int
    cumulative_count: int
    previous_period_count: int  # the period before, for 环比

    @property
    def change(self) -> Fraction | None:
        """Month-over-month (环比) change as a fraction of the previous period."""
        if not self.previous_period_count:
            return None
        return Fraction(self.period_count - self.previous_period_count, self.previous_period_count)


@dataclass(frozen=True)
class KeyAreaStats:
    """One key-area column (重点领域栏目) with its lead unit (牵头责任单位) and distinct posts listed."""

    column: str
    url: str
    lead: str | None
    period_count: int
    ytd_count: int


@dataclass(frozen=True)
class PeriodStats:
    site: str
    period: Period
    totals: Totals
    units: list[UnitStats]
    unattributed_count: int
    by_category: dict[str, int] = field(default_factory=dict)
    unattributed_classes: dict[str, int] = field(default_factory=dict)  # like UnitStats.class_counts
    key_areas: list[KeyAreaStats] = field(default_factory=list)
    newmedia: NewMediaStats = field(default_factory=NewMediaStats)  # empty: no accounts in the profile
    interaction: InteractionStats = field(default_factory=InteractionStats)
