"""The 政务新媒体 and 互动交流 figures of one period, as ``stats`` and the bulletin show them.

Plain data: :mod:`monitor.newmedia.accounts` and :mod:`monitor.newmedia.letters`
fill it from the database; ratios stay exact fractions until printed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from monitor.numbers import ratio


@dataclass(frozen=True)
class WeekCount:
    """One ISO week lying wholly inside the period (and not after the day judged)."""

    start: date  # its Monday
    count: int
    short: bool  # fewer articles than the weekly requirement

    @property
    def name(self) -> str:
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class AccountStats:
    name: str
    platform: str  # wechat | weibo | …
    unit: str | None  # the owner (主办单位), a profile unit name
    status: str  # active | to_close
    readable: bool  # read successfully at least once: an account never read is not judged
    period_count: int
    weeks: tuple[WeekCount, ...]
    newest: date | None  # its newest article up to the day judged
    stale: bool  # active and silent longer than allowed (单项否决)
    closed_active: bool  # to be closed and still posting

    @property
    def meets(self) -> bool | None:
        """Every full week reached the requirement; None (—) without a read or a full week to judge."""
        if not self.readable or not self.weeks:
            return None
        return not any(week.short for week in self.weeks)


@dataclass(frozen=True)
class UnitMediaStats:
    unit: str | None  # None: accounts the profile gives no owner
    accounts: int
    period_count: int


@dataclass(frozen=True)
class NewMediaStats:
    per_week: int = 2
    stale_days: int = 14
    as_of: date | None = None
    accounts: tuple[AccountStats, ...] = ()
    units: tuple[UnitMediaStats, ...] = ()

    @property
    def period_count(self) -> int:
        return sum(a.period_count for a in self.accounts)


@dataclass(frozen=True)
class LetterFigures:
    """Letters received in the period (one box, or all of them) and how their answers went."""

    name: str  # the box, or 合计
    received: int
    answered: int  # answered by the day judged
    pending: int  # not answered, still within the limit
    overdue: int  # not answered, past the limit
    late: int  # answered, after the limit
    reply_times: tuple[int, ...]  # 工作日 each answer took

    @property
    def done_ratio(self) -> Fraction | None:
        """办结率: answered of received (None when nothing came in)."""
        return ratio(self.answered, self.received)

    @property
    def average_days(self) -> Fraction | None:
        return Fraction(sum(self.reply_times), len(self.reply_times)) if self.reply_times else None

    @property
    def longest_days(self) -> int | None:
        return max(self.reply_times, default=None)


@dataclass(frozen=True)
class OverdueLetter:
    box: str
    title: str
    url: str
    unit: str | None  # the unit answering, as matched to the profile
    received: date
    deadline: date


@dataclass(frozen=True)
class BackOfficeFigure:
    """A figure only the back office has, imported from CSV for this period."""

    unit: str  # "" for the county as a whole
    metric: str  # the column header: 依申请公开收到 …
    value: int


@dataclass(frozen=True)
class InteractionStats:
    reply_days: int = 5
    as_of: date | None = None
    boxes: tuple[LetterFigures, ...] = ()
    total: LetterFigures | None = None  # None: no letter box in the profile
    overdue_letters: tuple[OverdueLetter, ...] = ()  # received in the period, still unanswered past the limit
    back_office: tuple[BackOfficeFigure, ...] = ()

    @property
    def empty(self) -> bool:
        return self.total is None and not self.back_office
