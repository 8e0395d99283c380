"""The profile's ``[freshness]`` table: when a column or the home page counts as not updated.

Defaults are the national inspection's (动态/要闻 2 weeks, 通知公告/政策文件
6 months, 5 stale / 10 long-stale / 5 blank columns fail the site), with a
warning band before each deadline so units hear of it before the veto::

    [freshness]
    as_of = 2024-06-30            # judge as of this day (a snapshot); default: the crawl's day
    home = "14d"                  # home page
    long_stale = "1y"             # 长期未更新
    [freshness.limits]            # per column category; a [[columns]] stale_after wins
    key_area = "3m"
    [freshness.warn]              # 即将超期: this long before the deadline
    dynamic = "4d"
    [freshness.veto]              # column counts that fail the site
    stale = 5
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Callable

from monitor.spans import Span, SpanError

_S = Span.parse
LIMITS = {"dynamic": _S("14d"), "notice": _S("6m"), "disclosure": _S("6m"), "key_area": _S("1y"), "other": _S("1y")}
WARN = {"dynamic": _S("4d"), "notice": _S("1m"), "disclosure": _S("1m"), "key_area": _S("1m"), "other": _S("1m")}
VETO = {"stale": 5, "long_stale": 10, "blank": 5}
VETO_WARN = {"stale": 3, "long_stale": 7, "blank": 3}
_SPAN_KEYS = ("home", "home_warn", "long_stale")
_TABLES = {"limits": LIMITS, "warn": WARN, "veto": VETO, "veto_warn": VETO_WARN}


@dataclass(frozen=True)
class FreshnessSettings:
    as_of: date | None = None
    home: Span = _S("14d")
    home_warn: Span = _S("4d")
    long_stale: Span = _S("1y")
    limits: dict[str, Span] = field(default_factory=lambda: dict(LIMITS))
    warn: dict[str, Span] = field(default_factory=lambda: dict(WARN))
    veto: dict[str, int] = field(default_factory=lambda: dict(VETO))
    veto_warn: dict[str, int] = field(default_factory=lambda: dict(VETO_WARN))


class FreshnessReader:
    """Validates ``[freshness]``; ``fail(table, index, key, message)`` raises ProfileError."""

    def __init__(self, fail: Callable[..., None]):
        self.fail = fail

    def read(self, raw: Any) -> FreshnessSettings:
        if not isinstance(raw, dict):
            self.fail("freshness", None, None, "must be a table")
        settings = FreshnessSettings()
        for key, value in raw.items():
            settings = replace(settings, **{key: self.value(key, value)})
        return settings

    def value(self, key: str, value: Any):
        if key == "as_of":
            if not isinstance(value, date) or hasattr(value, "hour"):
                self.fail("freshness", None, key, "must be a date such as 2024-06-30 (no quotes)")
            return value
        if key in _SPAN_KEYS:
            return self.span(key, value)
        if key in _TABLES:
            return self.table(key, value)
        self.fail("freshness", None, key, f"unknown key; expected one of as_of, {', '.join(_SPAN_KEYS + tuple(_TABLES))}")

    def span(self, key: str, value: Any) -> Span:
        try:
            return Span.parse(value)
        except SpanError as exc:
            self.fail("freshness", None, key, str(exc))

    def table(self, name: str, raw: Any) -> dict:
        defaults = _TABLES[name]
        if not isinstance(raw, dict):
            self.fail("freshness", None, name, "must be a table")
        merged = dict(defaults)
        for key, value in raw.items():
            if key not in defaults:
                self.fail("freshness", None, name, f"{key!r} unknown; expected one of {', '.join(defaults)}")
            counts = name in ("veto", "veto_warn")
            if counts and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                self.fail("freshness", None, name, f"{key} must be a positive whole number")
            merged[key] = value if counts else self.span(name, value)
        return merged
